import {
  getLocalDate,
  getLocalWallClockTime,
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

/** Why a morning mail left when it did, for its footer to say so. */
export type MorningSendReason = 'chosen_time' | 'after_quiet_hours' | 'late';

export interface MorningSendExplanation {
  /** The local time the mail actually left, in the person's zone. */
  sentTime: WallClockTime;
  /** The time the person chose. */
  chosenTime: WallClockTime;
  reason: MorningSendReason;
}

/**
 * The check runs every quarter of an hour, so a mail up to this late is on time; beyond it the
 * mail waited for something else (no worker running, SMTP down and the job retried).
 */
const onTimeMarginMilliseconds = 15 * 60_000;

/**
 * Explains the morning mail leaving at `sentAt`: at the chosen time, held until quiet hours
 * ended, or late. The footer says this rather than the chosen time alone, which would be wrong
 * on a day quiet hours moved it.
 */
export function explainMorningSend(
  sentAt: IsoInstant,
  zone: TimeZoneName,
  time: WallClockTime,
  quiet: QuietHours | null,
): MorningSendExplanation {
  const date = getLocalDate(sentAt, zone);
  const sentTime = getLocalWallClockTime(sentAt, zone);
  const planned = morningMailTimeOn(date, time, zone, quiet);
  const isLate = !planned || Date.parse(sentAt) - Date.parse(planned) > onTimeMarginMilliseconds;
  if (isLate) return { sentTime, chosenTime: time, reason: 'late' };
  const heldByQuietHours = planned !== resolveWallClock(date, time, zone);
  return { sentTime, chosenTime: time, reason: heldByQuietHours ? 'after_quiet_hours' : 'chosen_time' };
}
