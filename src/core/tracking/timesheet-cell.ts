import { Temporal } from 'temporal-polyfill';
import { MAX_MANUAL_ENTRY_SECONDS } from './entry-interval.js';
import { convertMsToEpochSeconds, formatUtcInstant } from './instant.js';
import { refuse, type TrackingFailure } from './tracking-error.js';

/** How an entry was created. Only `grid` entries are ever resized by typing in the timesheet. */
export type TimeEntryOrigin = 'grid' | 'timer' | 'manual' | 'import';

export interface TimesheetCellEntry {
  id: string;
  seconds: number;
  origin: TimeEntryOrigin;
}

export type TimesheetCellOperation =
  | { kind: 'create'; seconds: number }
  | { kind: 'update'; entryId: string; seconds: number }
  | { kind: 'delete'; entryId: string };

export type TimesheetCellErrorCode = 'invalid_seconds' | 'too_long' | 'below_timed_entries';

export type TimesheetCellDiff =
  | { ok: true; currentSeconds: number; operations: TimesheetCellOperation[] }
  | TrackingFailure<TimesheetCellErrorCode>;

/**
 * Turns "this category's total for this day is now N" (fast grid entry) into entry operations.
 *
 * The rule: entries with real start/end times (timer, manual, import) are never rewritten by the
 * grid; only time the grid itself created ("grid" entries) absorbs a change.
 * - Increase: grow the last grid entry, or create one grid entry for the delta if there is none.
 *   So a cell normally holds at most one grid entry.
 * - Decrease: shrink grid entries, last first, deleting those that reach zero. A total below the
 *   sum of the other entries is refused (`below_timed_entries`, `params.minimumSeconds`): the
 *   person must edit or delete those entries themselves.
 * `entries` are the cell's entries in start order; the result applies them in order.
 */
export function diffTimesheetCell(
  entries: readonly TimesheetCellEntry[],
  newSeconds: number,
): TimesheetCellDiff {
  if (!Number.isSafeInteger(newSeconds) || newSeconds < 0) {
    return refuse('invalid_seconds', 'A day total must be a whole, non-negative number of seconds.');
  }
  if (newSeconds > MAX_MANUAL_ENTRY_SECONDS) {
    return refuse('too_long', 'A day total cannot exceed 24 hours.', {
      maxSeconds: MAX_MANUAL_ENTRY_SECONDS,
    });
  }
  const currentSeconds = entries.reduce((sum, entry) => sum + entry.seconds, 0);
  const gridEntries = entries.filter((entry) => entry.origin === 'grid');
  const otherSeconds = currentSeconds - gridEntries.reduce((sum, entry) => sum + entry.seconds, 0);
  const delta = newSeconds - currentSeconds;

  if (delta === 0) return { ok: true, currentSeconds, operations: [] };
  if (delta > 0) {
    const last = gridEntries.at(-1);
    const operation: TimesheetCellOperation = last
      ? { kind: 'update', entryId: last.id, seconds: last.seconds + delta }
      : { kind: 'create', seconds: delta };
    return { ok: true, currentSeconds, operations: [operation] };
  }
  if (newSeconds < otherSeconds) {
    return refuse(
      'below_timed_entries',
      'This day already has timed entries for this category; edit them to go lower.',
      { minimumSeconds: otherSeconds },
    );
  }
  let toRemove = -delta;
  const operations: TimesheetCellOperation[] = [];
  for (const entry of [...gridEntries].reverse()) {
    if (toRemove === 0) break;
    const removed = Math.min(toRemove, entry.seconds);
    operations.push(
      removed === entry.seconds
        ? { kind: 'delete', entryId: entry.id }
        : { kind: 'update', entryId: entry.id, seconds: entry.seconds - removed },
    );
    toRemove -= removed;
  }
  return { ok: true, currentSeconds, operations };
}

export type PlaceGridEntryResult =
  | { ok: true; startUtc: string; endUtc: string }
  | TrackingFailure<'invalid_seconds' | 'longer_than_day'>;

/**
 * Gives a grid-created entry concrete instants inside its local day: it starts at
 * `preferredStartTime` (default 09:00) or, if it would spill past midnight, ends at the next local
 * midnight. The day's real length is used, so a 24 h entry does not fit a 23 h DST day.
 * These instants are nominal: the grid entry may overlap timed entries; only its total matters.
 * @throws RangeError on an invalid date, time or zone.
 */
export function placeGridEntry(input: {
  localDate: string;
  seconds: number;
  zone: string;
  preferredStartTime?: string;
}): PlaceGridEntryResult {
  if (!Number.isSafeInteger(input.seconds) || input.seconds <= 0) {
    return refuse('invalid_seconds', 'A grid entry must last a whole, positive number of seconds.');
  }
  const date = Temporal.PlainDate.from(input.localDate, { overflow: 'reject' });
  const dayStart = toEpochSeconds(date.toZonedDateTime({ timeZone: input.zone }));
  const nextDayStart = toEpochSeconds(date.add({ days: 1 }).toZonedDateTime({ timeZone: input.zone }));
  if (input.seconds > nextDayStart - dayStart) {
    return refuse('longer_than_day', 'The entry is longer than this day.', {
      daySeconds: nextDayStart - dayStart,
    });
  }
  const preferredTime = Temporal.PlainTime.from(input.preferredStartTime ?? '09:00');
  const preferredStart = toEpochSeconds(
    date.toPlainDateTime(preferredTime).toZonedDateTime(input.zone, { disambiguation: 'compatible' }),
  );
  const start = Math.max(dayStart, Math.min(preferredStart, nextDayStart - input.seconds));
  return { ok: true, startUtc: formatUtcInstant(start), endUtc: formatUtcInstant(start + input.seconds) };
}

function toEpochSeconds(dateTime: Temporal.ZonedDateTime): number {
  return convertMsToEpochSeconds(dateTime.epochMilliseconds);
}
