import { Temporal } from 'temporal-polyfill';
import { padNumber, parseEpochDay } from './civil-calendar.js';

/** An instant as ISO 8601 in UTC, e.g. `2026-03-29T07:00:00Z` (inputs may carry any offset). */
export type IsoInstant = string;
/** A calendar date with no zone, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A 24-hour wall-clock time, `HH:MM` (`00:00`..`23:59`). */
export type WallClockTime = string;
/** An IANA time-zone name, e.g. `Europe/Paris`. */
export type TimeZoneName = string;

const WALL_CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const MINUTES_PER_DAY = 1440;

/** True for a real calendar date in strict `YYYY-MM-DD` form (`2026-02-30` is false). */
export function isLocalDate(value: string): boolean {
  return parseEpochDay(value) !== null;
}

/** True for a strict `HH:MM` 24-hour time; `24:00` is rejected. */
export function isWallClockTime(value: string): boolean {
  return WALL_CLOCK_PATTERN.test(value);
}

/**
 * True for an IANA zone name Temporal knows (`Europe/Paris`, `UTC`). Fixed offsets such as
 * `+02:00` are rejected on purpose: they carry no DST rules, so a routine stored with one would
 * drift by an hour twice a year.
 */
export function isValidTimeZone(zone: string): boolean {
  const known = checkedTimeZones.get(zone);
  if (known !== undefined) return known;
  const valid = /^[A-Za-z]/.test(zone) && intlKnowsTimeZone(zone);
  // Building an Intl formatter costs about half a millisecond, and hot paths (every entry of a
  // report) ask again and again; the answers are few, so they are remembered, within a bound.
  if (checkedTimeZones.size >= MAX_CHECKED_TIME_ZONES) checkedTimeZones.clear();
  checkedTimeZones.set(zone, valid);
  return valid;
}

const MAX_CHECKED_TIME_ZONES = 1000;
const checkedTimeZones = new Map<string, boolean>();

/**
 * Intl accepts exactly the names Temporal does (the polyfill asks Intl too); asking Intl keeps the
 * contracts, which the web app bundles, free of the Temporal polyfill.
 */
function intlKnowsTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of an IANA zone (`europe/paris` -> `Europe/Paris`), or null if invalid. */
export function normaliseTimeZone(zone: string): TimeZoneName | null {
  if (!/^[A-Za-z]/.test(zone)) return null;
  try {
    return new Temporal.ZonedDateTime(0n, zone).timeZoneId;
  } catch {
    return null;
  }
}

/** @throws RangeError when `zone` is not a valid IANA zone name. */
export function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Invalid IANA time zone: "${zone}"`);
}

/** @throws RangeError unless `value` is a strict, real `YYYY-MM-DD` date. */
export function parseLocalDate(value: LocalDate): Temporal.PlainDate {
  if (!isLocalDate(value)) throw new RangeError(`Invalid local date (expected YYYY-MM-DD): "${value}"`);
  return Temporal.PlainDate.from(value, { overflow: 'reject' });
}

/** @throws RangeError unless `value` is a strict `HH:MM` time. */
export function parseWallClockTime(value: WallClockTime): Temporal.PlainTime {
  if (!isWallClockTime(value)) throw new RangeError(`Invalid wall-clock time (expected HH:MM): "${value}"`);
  return Temporal.PlainTime.from(value);
}

/** Accepts an ISO instant with `Z` or an explicit offset; a string without one is ambiguous, so it throws. */
export function parseInstant(value: IsoInstant | Temporal.Instant): Temporal.Instant {
  if (typeof value !== 'string') return value;
  try {
    return Temporal.Instant.from(value);
  } catch {
    throw new RangeError(`Invalid instant (expected ISO 8601 with Z or an offset): "${value}"`);
  }
}

/** Always UTC with `Z`, e.g. `2026-03-29T07:00:00Z`. */
export function formatInstant(instant: Temporal.Instant): IsoInstant {
  return instant.toString();
}

/** `HH:MM` of a time or a zoned date-time (seconds dropped). */
export function formatWallClockTime(time: Temporal.PlainTime | Temporal.ZonedDateTime): WallClockTime {
  return `${padNumber(time.hour)}:${padNumber(time.minute)}`;
}

/**
 * Minutes since midnight of an `HH:MM` time (`09:30` -> 570).
 * @throws RangeError on a malformed time.
 */
export function wallClockToMinutes(time: WallClockTime): number {
  if (!isWallClockTime(time)) throw new RangeError(`Invalid wall-clock time (expected HH:MM): "${time}"`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:MM` for minutes since midnight, wrapping around the day (1500 -> `01:00`). */
export function minutesToWallClock(minutes: number): WallClockTime {
  const wrapped = ((Math.floor(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${padNumber(Math.floor(wrapped / 60))}:${padNumber(wrapped % 60)}`;
}

/** Adds minutes to a wall-clock time on a plain 24-hour dial (no zone, so no DST): `23:30` + 60 -> `00:30`. */
export function addMinutesToWallClock(time: WallClockTime, minutes: number): WallClockTime {
  return minutesToWallClock(wallClockToMinutes(time) + minutes);
}
