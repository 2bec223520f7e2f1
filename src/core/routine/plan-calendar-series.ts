import { addDaysToDate, dayBounds, type LocalDate, type UnclearLocalTimes } from '../time/index.js';
import { findFirstOccurrenceDate, isOccurrenceDate, listOccurrenceDates } from './block-recurrence.js';
import { expandRoutine } from './expand-routine.js';
import {
  MAX_INTERVAL_WEEKS,
  type RoutineBlock,
  type RoutineException,
  type RoutineOccurrence,
} from './routine-block.js';

/** How one block is written into an iCalendar feed so that every parser finds Cadence's occurrences. */
export interface CalendarSeriesPlan {
  /** The recurring event, or null when no occurrence can anchor one (all are standalone). */
  series: {
    /** DTSTART's local date (at the block's start time). */
    firstDate: LocalDate;
    /** Original dates the series excludes (EXDATE at the block's start time), ascending. */
    excludedDates: LocalDate[];
    /** Moves written as overrides (same UID + RECURRENCE-ID), every time involved being clear. */
    overrides: RoutineException[];
  } | null;
  /** Occurrences written as single events in UTC, ascending by start. */
  standalone: RoutineOccurrence[];
}

/**
 * RFC 5545 resolves a skipped or repeated local time the way Cadence does (resolveWallClock), but
 * not every parser follows it (ical.js, for one, takes the later offset). So the feed never lets a
 * parser interpret such a time:
 * - the series starts (DTSTART, DTEND) on the first occurrence whose day and next day have no
 *   offset change; earlier occurrences become standalone events;
 * - an occurrence at an unclear local time within `unclearTimes` is excluded from the series and
 *   written standalone in UTC; so is a move from or to an unclear time;
 * - cancelled occurrences are excluded; other moves are overrides.
 * Exceptions whose date is not an occurrence of the block are ignored, as expandRoutine does.
 * `unclearTimes` covers the feed's years (listUnclearLocalTimes); beyond them, parsers decide.
 */
export function planCalendarSeries(
  block: RoutineBlock,
  exceptions: readonly RoutineException[],
  unclearTimes: readonly UnclearLocalTimes[],
): CalendarSeriesPlan {
  const first = findFirstOccurrenceDate(block);
  if (!first) return { series: null, standalone: [] };
  const ownExceptions = new Map(
    exceptions
      .filter(
        (exception) => exception.blockId === block.id && isOccurrenceDate(block, exception.originalDate),
      )
      .map((exception) => [exception.originalDate, exception]),
  );
  const changeDays = new Set(
    unclearTimes.flatMap((range) => [range.start.slice(0, 10), range.end.slice(0, 10)]),
  );
  const isUnclear = (date: LocalDate, time: string) =>
    unclearTimes.some((range) => range.start <= `${date}T${time}:00` && `${date}T${time}:00` < range.end);

  // Transitions are months apart, so a clear anchor turns up within a few cycles of the block.
  const searchEnd = addDaysToDate(first, 7 * MAX_INTERVAL_WEEKS * 6);
  const seriesStart =
    listOccurrenceDates(
      block,
      first,
      block.endsOn && block.endsOn < searchEnd ? block.endsOn : searchEnd,
    ).find((date) => !changeDays.has(date) && !changeDays.has(addDaysToDate(date, 1))) ?? null;

  const standaloneDates = new Set<LocalDate>();
  const excludedDates = new Set<LocalDate>();
  const overrides: RoutineException[] = [];
  const beforeSeries = seriesStart ? addDaysToDate(seriesStart, -1) : (block.endsOn ?? searchEnd);
  for (const date of listOccurrenceDates(block, first, beforeSeries)) standaloneDates.add(date);
  if (seriesStart) {
    for (const date of [...changeDays].sort()) {
      if (date >= seriesStart && isOccurrenceDate(block, date) && isUnclear(date, block.startTime)) {
        standaloneDates.add(date);
        excludedDates.add(date);
      }
    }
    for (const exception of ownExceptions.values()) {
      if (exception.originalDate < seriesStart) continue;
      excludedDates.add(exception.originalDate);
      if (exception.kind === 'cancelled') continue;
      const isClear =
        !isUnclear(exception.originalDate, block.startTime) &&
        !isUnclear(exception.newDate ?? exception.originalDate, exception.newStartTime ?? block.startTime);
      if (isClear) {
        excludedDates.delete(exception.originalDate);
        overrides.push(exception);
      } else standaloneDates.add(exception.originalDate);
    }
  }

  const standalone = [...standaloneDates].flatMap((originalDate) => {
    const exception = ownExceptions.get(originalDate);
    if (exception?.kind === 'cancelled') return [];
    const landing = exception?.newDate ?? originalDate;
    return expandRoutine(
      [block],
      exception ? [exception] : [],
      dayBounds(addDaysToDate(landing, -1), block.timeZone).start,
      dayBounds(addDaysToDate(landing, 1), block.timeZone).end,
    ).filter((occurrence) => occurrence.occurrenceDate === originalDate);
  });
  return {
    series: seriesStart
      ? { firstDate: seriesStart, excludedDates: [...excludedDates].sort(), overrides }
      : null,
    standalone: standalone.sort((a, b) => a.start.localeCompare(b.start)),
  };
}
