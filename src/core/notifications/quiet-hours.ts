import {
  addDaysToDate,
  getLocalDate,
  getLocalWallClockTime,
  type IsoInstant,
  resolveWallClock,
  type TimeZoneName,
  type WallClockTime,
} from '../time/index.js';

export interface QuietHours {
  start: WallClockTime;
  end: WallClockTime;
}

/**
 * When a mail held by quiet hours may go: null if `now` is outside them, else the instant they
 * end, in the person's zone. Quiet hours run overnight when `start` is after `end` (22:00–07:00).
 * The end is a wall-clock time resolved by the one DST rule, so 07:00 stays 07:00 across a change.
 */
export function endOfQuietHours(
  now: IsoInstant,
  zone: TimeZoneName,
  quiet: QuietHours | null,
): IsoInstant | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const time = getLocalWallClockTime(now, zone);
  const today = getLocalDate(now, zone);
  const overnight = quiet.start > quiet.end;
  if (!overnight)
    return time >= quiet.start && time < quiet.end ? resolveWallClock(today, quiet.end, zone) : null;
  if (time >= quiet.start) return resolveWallClock(addDaysToDate(today, 1), quiet.end, zone);
  if (time < quiet.end) return resolveWallClock(today, quiet.end, zone);
  return null;
}

/** Whether a wall-clock time falls in quiet hours (overnight when `start` is after `end`). */
export function isInQuietHours(time: WallClockTime, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end
    ? time >= quiet.start && time < quiet.end
    : time >= quiet.start || time < quiet.end;
}
