import {
  getLocalDate,
  getLocalWallClockTime,
  type IsoInstant,
  isoWeekdayOf,
  type TimeZoneName,
  zonedWeekStart,
} from '../time/index.js';

/** The weekly digest goes on Friday from 16:00, the reference routine's analysis block. */
export const digestWeekday = 5;
export const digestTime = '16:00';

/**
 * The local week (its Monday) whose digest is due at `now` in the person's zone, or null. Due
 * from Friday 16:00 until the week ends, so an hourly check that missed 16:00 (no worker running)
 * still sends it that evening; the caller keeps one digest per person and week.
 */
export function findDueDigestWeek(now: IsoInstant, zone: TimeZoneName): string | null {
  const today = getLocalDate(now, zone);
  const weekday = isoWeekdayOf(today);
  const isDue =
    weekday > digestWeekday || (weekday === digestWeekday && getLocalWallClockTime(now, zone) >= digestTime);
  return isDue ? zonedWeekStart(today, zone) : null;
}
