import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { getLocalDate } from '../../../core/time/zoned-bounds.js';

/**
 * Dates and times as the WORKSPACE sees them. The device's zone never decides what "today" or
 * "09:00" means: a workspace in Paris shows Paris days to a member travelling in Montréal.
 */

/** Today's local date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string): string {
  return getLocalDate(new Date().toISOString(), timeZone);
}

export { addDaysToDate };

/** A local date for display (the date is a calendar day: formatted at UTC noon, zone-free). */
export function formatLocalDate(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(language, { ...options, timeZone: 'UTC' });
}

/** The wall-clock time of an instant in the workspace's zone, e.g. "09:30" or "9:30 AM". */
export function formatInstantTime(instant: string, timeZone: string, language: string): string {
  return new Date(instant).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', timeZone });
}
