import { fromEpochDay, toEpochDay, weekStartOfEpochDay } from '../../src/core/time/epoch-day.js';
import { resolveWallClockToEpochMilliseconds } from '../../src/core/time/epoch-milliseconds.js';
import { localDateOf } from '../../src/core/time/local-date-of.js';

/*
 * The week a page shows, from the app's own time functions: tests that place work a few hours or a
 * day in the past use it to know whether that work is in that week (in the first hours of a
 * Monday, it is not).
 */

const weekStartDayOf = (instant: number, timeZone: string) =>
  weekStartOfEpochDay(toEpochDay(localDateOf(instant, timeZone)));

/** The Monday (YYYY-MM-DD) of the week holding `instant` in `timeZone`. */
export function weekMondayOf(instant: number, timeZone: string): string {
  return fromEpochDay(weekStartDayOf(instant, timeZone));
}

/** Whether `instant` falls in the current week of `timeZone`. */
export function isThisWeek(instant: number, timeZone: string): boolean {
  return weekMondayOf(instant, timeZone) === weekMondayOf(Date.now(), timeZone);
}

/** The instant the week holding `instant` begins in `timeZone` (its Monday, 00:00 there). */
export function weekStartsAt(instant: number, timeZone: string): number {
  return resolveWallClockToEpochMilliseconds(weekStartDayOf(instant, timeZone), 0, timeZone);
}
