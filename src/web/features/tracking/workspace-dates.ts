import { dateTimeFormat } from '../../../core/format/date-time-format.js';
import {
  addDaysToDate,
  fromEpochDay,
  toEpochDay,
  weekStartOfEpochDay,
} from '../../../core/time/epoch-day.js';
import { localDateOf } from '../../../core/time/local-date-of.js';

/**
 * Dates and times as the WORKSPACE sees them. The device's zone never decides what "today" or
 * "09:00" means: a workspace in Paris shows Paris days to a member travelling in Montréal.
 * Intl only, no Temporal: the frame and most pages draw with these (see core/time/local-date-of.ts).
 */

/** Today's local date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string): string {
  return localDateOf(Date.now(), timeZone);
}

/** The Monday that starts the week of a local date (the workspace's weeks start on Monday). */
export function weekStartOf(date: string): string {
  return fromEpochDay(weekStartOfEpochDay(toEpochDay(date)));
}

export { addDaysToDate, localDateOf };

/**
 * A local date for display (the date is a calendar day: formatted at UTC noon, zone-free).
 * `options` name the date fields to show (a kept formatter adds none of its own).
 */
export function formatLocalDate(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * Two local dates of one span, each as a sentence says it with the words between them in the
 * language's strings ("du {{from}} au {{to}}"): what they share said once, where the language puts
 * it. French "7" and "13 décembre", English "December 7" and "13"; across a year both in full.
 */
export function formatLocalDateSpan(
  from: string,
  to: string,
  language: string,
  options: Intl.DateTimeFormatOptions,
): { from: string; to: string } {
  const parts = dateTimeFormat(language, { ...options, timeZone: 'UTC' }).formatRangeToParts(
    new Date(`${from}T12:00:00Z`),
    new Date(`${to}T12:00:00Z`),
  );
  const lastOfStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange');
  // One day (or none of the fields differs): the date once, as both ends.
  if (lastOfStart < 0 || firstOfEnd < 0) {
    const whole = parts.map((part) => part.value).join('');
    return { from: whole, to: whole };
  }
  const text = (slice: Intl.DateTimeRangeFormatPart[]) =>
    slice
      .map((part) => part.value)
      .join('')
      .trim();
  return { from: text(parts.slice(0, lastOfStart + 1)), to: text(parts.slice(firstOfEnd)) };
}

/** The wall-clock time of an instant in the workspace's zone, e.g. "09:30" or "9:30 AM". */
export function formatInstantTime(instant: string, timeZone: string, language: string): string {
  return dateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}
