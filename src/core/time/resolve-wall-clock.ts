import type { Temporal } from 'temporal-polyfill';
import {
  assertTimeZone,
  formatInstant,
  formatWallClockTime,
  type IsoInstant,
  type LocalDate,
  parseLocalDate,
  parseWallClockTime,
  type TimeZoneName,
  type WallClockTime,
} from './local-values.js';

/**
 * How a wall-clock time mapped onto the time line:
 * - `exact`: it exists once;
 * - `shifted-forward`: it falls in a spring-forward gap and was moved later by the gap length;
 * - `ambiguous-earlier`: it exists twice (fall-back) and the earlier instant was taken.
 */
export type WallClockAdjustment = 'exact' | 'shifted-forward' | 'ambiguous-earlier';

export interface ResolvedWallClock {
  instant: IsoInstant;
  /** The local date and time actually shown on a clock at `instant` (differs only when shifted). */
  localDate: LocalDate;
  localTime: WallClockTime;
  adjustment: WallClockAdjustment;
}

/**
 * THE rule for turning a local date + time into an instant, used everywhere in Cadence. It is
 * Temporal's `compatible` disambiguation (also RFC 5545's rule, so the ICS feed agrees):
 * a nonexistent time is pushed forward by the gap length, an ambiguous one takes the earlier
 * instant, so a block happens exactly once either way.
 */
export function resolveWallClockToInstant(
  date: Temporal.PlainDate,
  time: Temporal.PlainTime,
  zone: TimeZoneName,
): Temporal.Instant {
  return date.toPlainDateTime(time).toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant();
}

/**
 * Local `date` at `time` in `zone` as a UTC instant.
 *
 * Nonexistent times move forward by the gap (`2026-03-29` `02:30` Europe/Paris -> 03:30 local,
 * `2026-03-29T01:30:00Z`); ambiguous times take the earlier instant (`2026-10-25` `02:30` ->
 * `2026-10-25T00:30:00Z`, the first 02:30, still in summer time).
 * @throws RangeError on a malformed date, time or zone.
 */
export function resolveWallClock(date: LocalDate, time: WallClockTime, zone: TimeZoneName): IsoInstant {
  assertTimeZone(zone);
  return formatInstant(resolveWallClockToInstant(parseLocalDate(date), parseWallClockTime(time), zone));
}

/** Like {@link resolveWallClock}, and says whether the DST rule had to intervene (for UI hints and tests). */
export function inspectWallClock(
  date: LocalDate,
  time: WallClockTime,
  zone: TimeZoneName,
): ResolvedWallClock {
  assertTimeZone(zone);
  const requested = parseLocalDate(date).toPlainDateTime(parseWallClockTime(time));
  const earlier = requested.toZonedDateTime(zone, { disambiguation: 'compatible' });
  const later = requested.toZonedDateTime(zone, { disambiguation: 'later' });
  let adjustment: WallClockAdjustment = 'exact';
  if (!earlier.toPlainDateTime().equals(requested)) adjustment = 'shifted-forward';
  else if (!earlier.toInstant().equals(later.toInstant())) adjustment = 'ambiguous-earlier';
  return {
    instant: formatInstant(earlier.toInstant()),
    localDate: earlier.toPlainDate().toString(),
    localTime: formatWallClockTime(earlier),
    adjustment,
  };
}
