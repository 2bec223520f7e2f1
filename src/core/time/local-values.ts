import { Temporal } from 'temporal-polyfill';
import { padNumber } from './civil-calendar.js';
import {
  type IsoInstant,
  isLocalDate,
  isValidTimeZone,
  isWallClockTime,
  type LocalDate,
  type TimeZoneName,
  type WallClockTime,
} from './local-value-checks.js';

export {
  type IsoInstant,
  isLocalDate,
  isValidTimeZone,
  isWallClockTime,
  type LocalDate,
  type TimeZoneName,
  type WallClockTime,
} from './local-value-checks.js';

const MINUTES_PER_DAY = 1440;

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
