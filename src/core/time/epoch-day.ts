import { Temporal } from 'temporal-polyfill';
import { type LocalDate, parseLocalDate } from './local-values.js';

/*
 * Whole-day arithmetic on dates as integers (days since 1970-01-01). Recurrence maths (weekday,
 * week parity, day ranges) runs in tight loops; integers keep it fast and obviously free of any
 * zone or DST effect.
 */

const EPOCH = Temporal.PlainDate.from('1970-01-01');
const MILLISECONDS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (negative before it). */
export function toEpochDay(date: LocalDate | Temporal.PlainDate): number {
  const plain = typeof date === 'string' ? parseLocalDate(date) : date;
  return Math.round(plain.toZonedDateTime('UTC').epochMilliseconds / MILLISECONDS_PER_DAY);
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(day: number): LocalDate {
  return EPOCH.add({ days: day }).toString();
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
  return parseLocalDate(date).dayOfWeek;
}

/** `date` shifted by whole calendar days. */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  return parseLocalDate(date).add({ days }).toString();
}
