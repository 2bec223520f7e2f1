import {
  getLocalDate,
  type IsoInstant,
  type LocalDate,
  resolveWallClock,
  type TimeZoneName,
  type WallClockTime,
} from '../time/index.js';
import { endOfQuietHours, type QuietHours } from './quiet-hours.js';

/** The morning mail's time when a person has not chosen one. */
export const defaultMorningMailTime = '08:00';

/**
 * The instant a person's morning mail for `date` may go: their chosen wall-clock time that day
 * (the one DST rule resolves a time the clocks skip), held to the end of quiet hours when it
 * falls in them. Null when quiet hours last until the day is over: no mail that day.
 */
export function morningMailTimeOn(
  date: LocalDate,
  time: WallClockTime,
  zone: TimeZoneName,
  quiet: QuietHours | null,
): IsoInstant | null {
  const chosen = resolveWallClock(date, time, zone);
  const sendAt = endOfQuietHours(chosen, zone, quiet) ?? chosen;
  return getLocalDate(sendAt, zone) === date ? sendAt : null;
}

/**
 * The local date whose morning mail is due at `now`, or null. Due from its time until the local
 * day ends, so a quarter-hourly check that missed the time (no worker running) still sends it
 * later that day; the caller keeps one mail per person and day.
 */
export function findDueMorningDate(
  now: IsoInstant,
  zone: TimeZoneName,
  time: WallClockTime,
  quiet: QuietHours | null,
): LocalDate | null {
  const today = getLocalDate(now, zone);
  const sendAt = morningMailTimeOn(today, time, zone, quiet);
  return sendAt && Date.parse(sendAt) <= Date.parse(now) ? today : null;
}
