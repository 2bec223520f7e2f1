import { Temporal } from 'temporal-polyfill';
import { civilFromDays, daysFromCivil, formatEpochDay, padNumber } from './civil-calendar.js';
import type { IsoInstant, LocalDate, TimeZoneName, WallClockTime } from './local-values.js';
import { resolveWallClockToInstant } from './resolve-wall-clock.js';

/*
 * Instants as epoch milliseconds for hot loops (expanding a year of routine, overlap scans).
 * Zone rules still come from Temporal, but each zone's constant-offset periods (between two DST
 * transitions) are memoised, so resolving a wall-clock time far from a transition is arithmetic.
 * Near a transition the exact rule is delegated to resolveWallClockToInstant, so results are
 * identical to the Temporal path by construction (and property-tested).
 */

const MILLISECONDS_PER_MINUTE = 60_000;
const MILLISECONDS_PER_DAY = 86_400_000;
/** Farther than any offset jump plus the longest block (12 h) from a transition: one offset applies. */
const SAFE_DISTANCE_FROM_TRANSITION = 36 * 3_600_000;
/** Memo bound per zone; periods are months long, so this is only reached by pathological inputs. */
const MAX_PERIODS_PER_ZONE = 512;

interface OffsetPeriod {
  startMs: number;
  endMs: number;
  offsetMs: number;
}

/** A memo of a pure function (zone rules are immutable for the life of the process). */
const offsetPeriodsByZone = new Map<TimeZoneName, OffsetPeriod[]>();

function findOffsetPeriod(zone: TimeZoneName, epochMs: number): OffsetPeriod {
  let periods = offsetPeriodsByZone.get(zone);
  if (!periods || periods.length >= MAX_PERIODS_PER_ZONE) {
    periods = [];
    offsetPeriodsByZone.set(zone, periods);
  }
  for (const period of periods) if (period.startMs <= epochMs && epochMs < period.endMs) return period;
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  // 'previous' is strictly before its origin; starting 1 ms later also finds a transition at epochMs itself.
  const previous = zoned.add({ milliseconds: 1 }).getTimeZoneTransition('previous');
  const next = zoned.getTimeZoneTransition('next');
  const period = {
    startMs: previous ? previous.epochMilliseconds : Number.NEGATIVE_INFINITY,
    endMs: next ? next.epochMilliseconds : Number.POSITIVE_INFINITY,
    offsetMs: zoned.offsetNanoseconds / 1_000_000,
  };
  periods.push(period);
  return period;
}

/** UTC offset of `zone` at an instant, in milliseconds (Paris in summer: 7_200_000). */
export function getOffsetMilliseconds(zone: TimeZoneName, epochMs: number): number {
  return findOffsetPeriod(zone, epochMs).offsetMs;
}

/** The local epoch day and minute of the day of an instant in `zone`. */
export function toLocalDayAndMinute(
  zone: TimeZoneName,
  epochMs: number,
): { epochDay: number; minuteOfDay: number } {
  const localMs = epochMs + getOffsetMilliseconds(zone, epochMs);
  const epochDay = Math.floor(localMs / MILLISECONDS_PER_DAY);
  return {
    epochDay,
    minuteOfDay: Math.floor((localMs - epochDay * MILLISECONDS_PER_DAY) / MILLISECONDS_PER_MINUTE),
  };
}

/** resolveWallClock for an epoch day and a minute of the day, returning epoch milliseconds; same rule, faster. */
export function resolveWallClockToEpochMilliseconds(
  epochDay: number,
  minuteOfDay: number,
  zone: TimeZoneName,
): number {
  const localMs = epochDay * MILLISECONDS_PER_DAY + minuteOfDay * MILLISECONDS_PER_MINUTE;
  const guess = findOffsetPeriod(zone, localMs);
  const epochMs = localMs - guess.offsetMs;
  const period = findOffsetPeriod(zone, epochMs);
  const isFarFromTransitions =
    period.offsetMs === guess.offsetMs &&
    epochMs - period.startMs >= SAFE_DISTANCE_FROM_TRANSITION &&
    period.endMs - epochMs >= SAFE_DISTANCE_FROM_TRANSITION;
  if (isFarFromTransitions) return epochMs;
  const [year, month, day] = civilFromDays(epochDay);
  const time = new Temporal.PlainTime(Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  return resolveWallClockToInstant(new Temporal.PlainDate(year, month, day), time, zone).epochMilliseconds;
}

const CANONICAL_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Epoch milliseconds of an ISO instant. `YYYY-MM-DDTHH:MM:SSZ` (what Cadence emits) is read
 * arithmetically; anything else (offsets, fractions) goes through Temporal.
 * @throws RangeError on an invalid instant or one without offset.
 */
export function toEpochMilliseconds(instant: IsoInstant): number {
  const match = CANONICAL_INSTANT.exec(instant);
  if (match) {
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59) {
      const epochDay = daysFromCivil(year, month, day);
      if (formatEpochDay(epochDay) === instant.slice(0, 10)) {
        return epochDay * MILLISECONDS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
      }
    }
  }
  try {
    return Temporal.Instant.from(instant).epochMilliseconds;
  } catch {
    throw new RangeError(`Invalid instant (expected ISO 8601 with Z or an offset): "${instant}"`);
  }
}

/** `YYYY-MM-DDTHH:MM:SSZ` (fractions only when present, as Temporal prints them). */
export function formatEpochMilliseconds(epochMs: number): IsoInstant {
  const epochDay = Math.floor(epochMs / MILLISECONDS_PER_DAY);
  const msOfDay = epochMs - epochDay * MILLISECONDS_PER_DAY;
  const seconds = Math.floor(msOfDay / 1000);
  const fraction = msOfDay % 1000 === 0 ? '' : `.${padNumber(msOfDay % 1000, 3).replace(/0+$/, '')}`;
  const time = `${padNumber(Math.floor(seconds / 3600))}:${padNumber(Math.floor(seconds / 60) % 60)}:${padNumber(seconds % 60)}`;
  return `${formatEpochDay(epochDay)}T${time}${fraction}Z`;
}

/** Local `YYYY-MM-DD` and `HH:MM` of an instant, for building occurrences quickly. */
export function formatLocalDateTime(
  zone: TimeZoneName,
  epochMs: number,
): { localDate: LocalDate; localTime: WallClockTime } {
  const { epochDay, minuteOfDay } = toLocalDayAndMinute(zone, epochMs);
  return {
    localDate: formatEpochDay(epochDay),
    localTime: `${padNumber(Math.floor(minuteOfDay / 60))}:${padNumber(minuteOfDay % 60)}`,
  };
}
