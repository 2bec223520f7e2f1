import { Temporal } from 'temporal-polyfill';
import { convertDaysToCivil, countDaysFromCivil } from '../tracking/instant.js';

const SECONDS_PER_DAY = 86_400;
/** Wider than any UTC offset (-12 h to +14 h): every instant a local time can map to is within it. */
const WINDOW_MARGIN_SECONDS = 26 * 3600;

export interface LocalToUtcResult {
  /** Epoch seconds with Temporal's 'compatible' disambiguation. */
  epochSeconds: number;
  /** In a repeated hour (DST end): the other, later instant; null otherwise. */
  laterEpochSeconds: number | null;
  /** The local time does not exist (DST start) and was moved forward by the gap. */
  isInGap: boolean;
}

export type LocalToUtcConverter = (epochDay: number, secondOfDay: number) => LocalToUtcResult;

/** A year of a zone's offset history: the offset at its start and the transitions within it. */
interface ZoneYear {
  startOffsetSeconds: number;
  transitions: { epochSeconds: number; offsetSeconds: number }[];
}

/**
 * Converts local wall-clock times of an IANA zone to UTC, DST-correct, with Temporal's
 * 'compatible' disambiguation (what calendars do): a time in a DST gap is moved forward by the
 * gap's length (02:30 on the Paris spring-forward night -> 03:30 CEST), a time in a repeated hour
 * takes its first (earlier, summer-time) occurrence; `laterEpochSeconds` then gives the other one.
 *
 * Speed: the Temporal polyfill needs ~100 µs per uncached conversion, 10 s for a 100,000-row
 * file. So Temporal is asked only for the zone's offset transitions, once per calendar year, and
 * each time is resolved against them with arithmetic (tested against Temporal in
 * local-to-utc.test.ts).
 * @throws RangeError when `zone` is not a known IANA time zone.
 */
export function createLocalToUtcConverter(zone: string): LocalToUtcConverter {
  Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
  const years = new Map<number, ZoneYear>();

  function describeYear(year: number): ZoneYear {
    const known = years.get(year);
    if (known) return known;
    // Two days of margin each side, more than any UTC offset can reach from a local date.
    const from = (countDaysFromCivil(year, 1, 1) - 2) * SECONDS_PER_DAY;
    const to = (countDaysFromCivil(year + 1, 1, 1) + 2) * SECONDS_PER_DAY;
    let cursor = Temporal.Instant.fromEpochMilliseconds(from * 1000).toZonedDateTimeISO(zone);
    const described: ZoneYear = { startOffsetSeconds: cursor.offsetNanoseconds / 1e9, transitions: [] };
    for (;;) {
      const next = cursor.getTimeZoneTransition('next');
      if (next === null || next.epochMilliseconds > to * 1000) break;
      described.transitions.push({
        epochSeconds: next.epochMilliseconds / 1000,
        offsetSeconds: next.offsetNanoseconds / 1e9,
      });
      cursor = next;
    }
    years.set(year, described);
    return described;
  }

  // Per local day: the offset in force all day long when no transition comes within the window
  // of any of its times (nearly every day), else null. Files hold a few hundred days.
  const steadyOffsets = new Map<number, number | null>();
  const findSteadyOffset = (epochDay: number): number | null => {
    const known = steadyOffsets.get(epochDay);
    if (known !== undefined) return known;
    const zoneYear = describeYear(convertDaysToCivil(epochDay).year);
    const from = epochDay * SECONDS_PER_DAY - WINDOW_MARGIN_SECONDS;
    const to = (epochDay + 1) * SECONDS_PER_DAY + WINDOW_MARGIN_SECONDS;
    let offset: number | null = zoneYear.startOffsetSeconds;
    for (const transition of zoneYear.transitions) {
      if (transition.epochSeconds > to) break;
      if (transition.epochSeconds >= from) {
        offset = null;
        break;
      }
      offset = transition.offsetSeconds;
    }
    steadyOffsets.set(epochDay, offset);
    return offset;
  };

  return (epochDay, secondOfDay) => {
    const local = epochDay * SECONDS_PER_DAY + secondOfDay;
    const steadyOffset =
      secondOfDay >= 0 && secondOfDay < SECONDS_PER_DAY ? findSteadyOffset(epochDay) : null;
    if (steadyOffset !== null)
      return { epochSeconds: local - steadyOffset, laterEpochSeconds: null, isInGap: false };
    const zoneYear = describeYear(convertDaysToCivil(epochDay).year);
    const offsetAt = (epochSeconds: number): number => {
      let offset = zoneYear.startOffsetSeconds;
      for (const transition of zoneYear.transitions) {
        if (transition.epochSeconds > epochSeconds) break;
        offset = transition.offsetSeconds;
      }
      return offset;
    };
    // Candidate offsets: those in force anywhere within a wider-than-any-offset window.
    const candidateOffsets = [offsetAt(local - WINDOW_MARGIN_SECONDS)];
    for (const transition of zoneYear.transitions) {
      if (Math.abs(transition.epochSeconds - local) <= WINDOW_MARGIN_SECONDS) {
        candidateOffsets.push(transition.offsetSeconds);
      }
    }
    // The common case, no transition near: one offset, no allocation.
    if (candidateOffsets.length === 1) {
      return { epochSeconds: local - (candidateOffsets[0] ?? 0), laterEpochSeconds: null, isInGap: false };
    }
    const instants = [...new Set(candidateOffsets)]
      .map((offset) => local - offset)
      .filter((instant) => offsetAt(instant) === local - instant)
      .sort((left, right) => left - right);
    const [earliest] = instants;
    if (earliest !== undefined) {
      const latest = instants.at(-1) ?? earliest;
      return {
        epochSeconds: earliest,
        laterEpochSeconds: latest === earliest ? null : latest,
        isInGap: false,
      };
    }
    // In a gap: 'compatible' reads the time with the offset in force before the transition.
    for (const transition of zoneYear.transitions) {
      const offsetBefore = offsetAt(transition.epochSeconds - 1);
      if (
        local >= transition.epochSeconds + offsetBefore &&
        local < transition.epochSeconds + transition.offsetSeconds
      ) {
        return { epochSeconds: local - offsetBefore, laterEpochSeconds: null, isInGap: true };
      }
    }
    throw new RangeError(`Cannot resolve local time ${local} in ${zone}`);
  };
}
