import { Temporal } from 'temporal-polyfill';
import { convertMsToEpochSeconds, requireInstantMs } from './instant.js';

export interface LocalDaySeconds {
  localDate: string;
  seconds: number;
}

export interface CategoryDaySeconds extends LocalDaySeconds {
  categoryId: string;
}

/**
 * Splits a UTC interval at the local midnights of `zone`, so an entry from 23:00 to 01:00 counts
 * one hour on each day. Day boundaries come from Temporal (`startOfDay`), which handles zones whose
 * midnight is skipped by DST. Seconds are whole and add up to the interval's duration; an empty or
 * reversed interval yields no segment.
 * @throws RangeError on an invalid instant or time zone.
 */
export function splitIntervalByLocalDay(
  interval: { startUtc: string; endUtc: string },
  zone: string,
): LocalDaySeconds[] {
  const startSeconds = convertMsToEpochSeconds(requireInstantMs(interval.startUtc, 'startUtc'));
  const endSeconds = convertMsToEpochSeconds(requireInstantMs(interval.endUtc, 'endUtc'));
  const segments: LocalDaySeconds[] = [];
  let cursorSeconds = startSeconds;
  let day = Temporal.Instant.fromEpochMilliseconds(startSeconds * 1000)
    .toZonedDateTimeISO(zone)
    .toPlainDate();
  while (cursorSeconds < endSeconds) {
    const nextDay = day.add({ days: 1 });
    const nextMidnightSeconds = convertMsToEpochSeconds(
      nextDay.toZonedDateTime({ timeZone: zone }).epochMilliseconds,
    );
    const segmentEnd = Math.min(endSeconds, nextMidnightSeconds);
    segments.push({ localDate: day.toString(), seconds: segmentEnd - cursorSeconds });
    cursorSeconds = segmentEnd;
    day = nextDay;
  }
  return segments;
}

/**
 * Totals entries per category and local day (the input of `buildTimesheetGrid`), splitting entries
 * that cross midnight. Output is sorted by category id then date.
 */
export function aggregateEntriesByLocalDay(
  entries: readonly { categoryId: string; startUtc: string; endUtc: string }[],
  zone: string,
): CategoryDaySeconds[] {
  const totals = new Map<string, CategoryDaySeconds>();
  for (const entry of entries) {
    for (const segment of splitIntervalByLocalDay(entry, zone)) {
      const key = `${entry.categoryId}\u0000${segment.localDate}`;
      const existing = totals.get(key);
      if (existing) existing.seconds += segment.seconds;
      else totals.set(key, { categoryId: entry.categoryId, ...segment });
    }
  }
  return [...totals.values()].sort((left, right) =>
    left.categoryId === right.categoryId
      ? compareText(left.localDate, right.localDate)
      : compareText(left.categoryId, right.categoryId),
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
