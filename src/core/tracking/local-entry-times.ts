import { Temporal } from 'temporal-polyfill';
import { parseInstant, parseLocalDate, parseWallClockTime } from '../time/local-values.js';
import { resolveWallClockToInstant } from '../time/resolve-wall-clock.js';

/** How a person typed an entry: a local day and start time, then an end time or a duration. */
export interface LocalEntryTimes {
  date: string;
  startTime: string;
  end: { endTime: string } | { durationSeconds: number };
}

/**
 * Turns an entry typed in the WORKSPACE's zone (never the device's: a manager in Montréal entering
 * time for a Paris workspace means Paris hours) into UTC instants.
 *
 * An end time at or before the start time ends on the next local day (22:30 -> 01:00 is 2 h 30).
 * Wall-clock times follow the one DST rule of src/core/time, so 01:00 -> 04:00 on the night clocks
 * go forward lasts 2 h. A duration is real elapsed time from the start.
 * @throws RangeError on a malformed date, time or zone.
 */
export function resolveLocalEntryTimes(
  input: LocalEntryTimes,
  zone: string,
): { startedAt: string; endedAt: string } {
  const date = parseLocalDate(input.date);
  const startTime = parseWallClockTime(input.startTime);
  const start = resolveWallClockToInstant(date, startTime, zone);
  if ('durationSeconds' in input.end) {
    return {
      startedAt: start.toString(),
      endedAt: start.add({ seconds: input.end.durationSeconds }).toString(),
    };
  }
  const endTime = parseWallClockTime(input.end.endTime);
  const endDate = Temporal.PlainTime.compare(endTime, startTime) <= 0 ? date.add({ days: 1 }) : date;
  return {
    startedAt: start.toString(),
    endedAt: resolveWallClockToInstant(endDate, endTime, zone).toString(),
  };
}

/** The local day, start and end (`HH:MM`) of an entry in `zone`, to fill an edit form. */
export function describeLocalEntryTimes(
  startedAt: string,
  endedAt: string,
  zone: string,
): { date: string; startTime: string; endTime: string; durationSeconds: number } {
  const start = parseInstant(startedAt);
  const end = parseInstant(endedAt);
  const localStart = start.toZonedDateTimeISO(zone);
  const localEnd = end.toZonedDateTimeISO(zone);
  return {
    date: localStart.toPlainDate().toString(),
    startTime: localStart.toPlainTime().toString({ smallestUnit: 'minute' }),
    endTime: localEnd.toPlainTime().toString({ smallestUnit: 'minute' }),
    durationSeconds: Math.round(start.until(end).total('seconds')),
  };
}
