import type { Temporal } from 'temporal-polyfill';
import { daysFromCivil, formatEpochDay, parseEpochDay } from './civil-calendar.js';
import type { LocalDate } from './local-values.js';

/*
 * Whole-day arithmetic on dates as integers (days since 1970-01-01). Recurrence maths (weekday,
 * week parity, day ranges) runs in tight loops; integers keep it fast and obviously free of any
 * zone or DST effect.
 */

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date (negative before it).
 * @throws RangeError on a malformed or unreal date.
 */
export function toEpochDay(date: LocalDate | Temporal.PlainDate): number {
  if (typeof date !== 'string') return daysFromCivil(date.year, date.month, date.day);
  const day = parseEpochDay(date);
  if (day === null) throw new RangeError(`Invalid local date (expected YYYY-MM-DD): "${date}"`);
  return day;
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(day: number): LocalDate {
  return formatEpochDay(day);
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of an epoch day; 1970-01-01 was a Thursday. */
export function isoWeekdayOfEpochDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The epoch day of the first day of the week containing `day`, for a week starting on `weekStartsOn`. */
export function weekStartOfEpochDay(day: number, weekStartsOn = 1): number {
  return day - ((isoWeekdayOfEpochDay(day) - weekStartsOn + 7) % 7);
}

/** ISO weekday of a `YYYY-MM-DD` date. */
export function isoWeekdayOf(date: LocalDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(date));
}

/** `date` shifted by whole calendar days. */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}
