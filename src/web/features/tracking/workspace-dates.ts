import { formatLocalDateSpan } from '../../../core/format/date-span.js';
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

export { addDaysToDate, formatLocalDateSpan, localDateOf };

/**
 * A local date for display (the date is a calendar day: formatted at UTC noon, zone-free).
 * `options` name the date fields to show (a kept formatter adds none of its own).
 */
export function formatLocalDate(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** The wall-clock time of an instant in the workspace's zone, e.g. "09:30" or "9:30 AM". */
export function formatInstantTime(instant: string, timeZone: string, language: string): string {
  return dateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}
