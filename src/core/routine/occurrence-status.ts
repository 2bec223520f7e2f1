import {
  type IsoInstant,
  resolveWallClockToEpochMilliseconds,
  toEpochDay,
  toEpochMilliseconds,
} from '../time/index.js';
import type { RoutineOccurrence } from './routine-block.js';

/** What the user recorded about an occurrence. */
export type OccurrenceMark = 'done' | 'skipped' | 'started';
export type OccurrenceStatus = 'planned' | 'started' | 'done' | 'skipped' | 'missed';

export interface ComputeOccurrenceStatusInput {
  occurrence: Pick<RoutineOccurrence, 'localDate' | 'timeZone' | 'end'>;
  mark?: OccurrenceMark | null;
  now: IsoInstant;
}

/**
 * `done` and `skipped` marks are final. Otherwise the occurrence is `missed` once its local day is
 * over (local midnight after `localDate` in its zone, or its end if it runs past midnight) - also
 * when it was `started`, since a complex task left unfinished is a loss. Before that it is
 * `started` or `planned`.
 */
export function computeOccurrenceStatus({
  occurrence,
  mark,
  now,
}: ComputeOccurrenceStatusInput): OccurrenceStatus {
  if (mark === 'done' || mark === 'skipped') return mark;
  // Midnight under the wall-clock rule is the next day's first instant, even where midnight is skipped.
  const endOfDay = resolveWallClockToEpochMilliseconds(
    toEpochDay(occurrence.localDate) + 1,
    0,
    occurrence.timeZone,
  );
  const deadline = Math.max(endOfDay, toEpochMilliseconds(occurrence.end));
  if (toEpochMilliseconds(now) >= deadline) return 'missed';
  return mark === 'started' ? 'started' : 'planned';
}

export interface Adherence {
  /** Occurrences already settled: done, skipped or missed. The ratio's denominator. */
  planned: number;
  done: number;
  skipped: number;
  missed: number;
  /** Still to come: `planned` or `started`, and not over yet (their end is after `now`). */
  pending: number;
  /**
   * Over but not marked while their day lasts (`planned` or `started` after their end): waiting
   * for a done or a skip, they are neither to come nor missed yet. Always 0 without `now`.
   */
  toMark: number;
  /** done / planned, or null when nothing is settled yet (no data is not 0 % nor 100 %). */
  ratio: number | null;
}

/**
 * How faithfully the routine was followed. A skip counts against adherence like a miss; it is only
 * reported apart. With `now`, unsettled occurrences already over count as `toMark`, not to come.
 */
export function computeAdherence(
  occurrences: readonly { status: OccurrenceStatus; end?: IsoInstant }[],
  now?: IsoInstant,
): Adherence {
  const counts: Record<OccurrenceStatus, number> = { planned: 0, started: 0, done: 0, skipped: 0, missed: 0 };
  let toMark = 0;
  const nowMs = now === undefined ? null : toEpochMilliseconds(now);
  for (const { status, end } of occurrences) {
    counts[status]++;
    const isOpen = status === 'planned' || status === 'started';
    if (isOpen && nowMs !== null && end !== undefined && toEpochMilliseconds(end) <= nowMs) toMark++;
  }
  const settled = counts.done + counts.skipped + counts.missed;
  return {
    planned: settled,
    done: counts.done,
    skipped: counts.skipped,
    missed: counts.missed,
    pending: counts.planned + counts.started - toMark,
    toMark,
    ratio: settled === 0 ? null : counts.done / settled,
  };
}
