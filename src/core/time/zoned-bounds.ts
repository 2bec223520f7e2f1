import type { Temporal } from 'temporal-polyfill';
import { fromEpochDay, toEpochDay, weekStartOfEpochDay } from './epoch-day.js';
import {
  assertTimeZone,
  formatInstant,
  formatWallClockTime,
  type IsoInstant,
  isLocalDate,
  type LocalDate,
  parseInstant,
  parseLocalDate,
  type TimeZoneName,
  type WallClockTime,
} from './local-values.js';

/** A half-open interval `[start, end)` between two UTC instants. */
export interface InstantInterval {
  start: IsoInstant;
  end: IsoInstant;
}

/**
 * The first instant of a local day. Usually local midnight, but a few zones skip midnight on their
 * DST day (e.g. America/Santiago), so the day then starts at 01:00; Temporal knows this.
 */
export function startOfLocalDay(date: Temporal.PlainDate, zone: TimeZoneName): Temporal.Instant {
  return date.toZonedDateTime(zone).toInstant();
}

function assertWeekday(weekday: number, name: string): void {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`${name} must be an ISO weekday 1..7, got ${weekday}`);
  }
}

/** The local date of `instant` in `zone`. */
export function getLocalDate(instant: IsoInstant, zone: TimeZoneName): LocalDate {
  assertTimeZone(zone);
  return parseInstant(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The local `HH:MM` of `instant` in `zone`. */
export function getLocalWallClockTime(instant: IsoInstant, zone: TimeZoneName): WallClockTime {
  assertTimeZone(zone);
  return formatWallClockTime(parseInstant(instant).toZonedDateTimeISO(zone));
}

/**
 * The local date on which the week containing `instantOrDate` starts.
 *
 * `instantOrDate` is either a `YYYY-MM-DD` date (taken as already local; `zone` is then only
 * validated) or an ISO instant, which is first converted to its local date in `zone`: Monday
 * 00:30 in Paris (`Sunday 22:30Z`) belongs to the new Paris week, whatever the process zone.
 * `weekStartsOn` is an ISO weekday (1 = Monday, the default, .. 7 = Sunday).
 */
export function zonedWeekStart(
  instantOrDate: IsoInstant | LocalDate,
  zone: TimeZoneName,
  weekStartsOn = 1,
): LocalDate {
  assertTimeZone(zone);
  assertWeekday(weekStartsOn, 'weekStartsOn');
  // A date needs no zone: integer day arithmetic, ~100x cheaper than Temporal (reports call this
  // once per week shown).
  if (isLocalDate(instantOrDate))
    return fromEpochDay(weekStartOfEpochDay(toEpochDay(instantOrDate), weekStartsOn));
  const date = parseInstant(instantOrDate).toZonedDateTimeISO(zone).toPlainDate();
  return date.subtract({ days: (date.dayOfWeek - weekStartsOn + 7) % 7 }).toString();
}

/**
 * `[start, end)` in UTC of the 7 local days beginning on `weekStartDate` in `zone`. Not always
 * 168 hours: a week containing a DST change lasts 167 (spring) or 169 (autumn) hours.
 */
export function weekBounds(weekStartDate: LocalDate, zone: TimeZoneName): InstantInterval {
  return localDaysBounds(weekStartDate, 7, zone);
}

/** `[start, end)` in UTC of one local day (23, 24 or 25 hours long). */
export function dayBounds(date: LocalDate, zone: TimeZoneName): InstantInterval {
  return localDaysBounds(date, 1, zone);
}

function localDaysBounds(firstDate: LocalDate, days: number, zone: TimeZoneName): InstantInterval {
  const key = `${zone} ${firstDate} ${days}`;
  const known = knownBounds.get(key);
  if (known) return { ...known };
  assertTimeZone(zone);
  const first = parseLocalDate(firstDate);
  const bounds = {
    start: formatInstant(startOfLocalDay(first, zone)),
    end: formatInstant(startOfLocalDay(first.add({ days }), zone)),
  };
  // Each answer costs the polyfill's zone arithmetic (~0.2 ms); requests ask for the same few
  // days and weeks over and over, so the answers are remembered, within a bound.
  if (knownBounds.size >= MAX_KNOWN_BOUNDS) knownBounds.clear();
  knownBounds.set(key, bounds);
  return { ...bounds };
}

const MAX_KNOWN_BOUNDS = 10_000;
const knownBounds = new Map<string, InstantInterval>();
