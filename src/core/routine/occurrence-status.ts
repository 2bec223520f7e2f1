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
  /** Still `planned` or `started`: their day is not over, so they count neither way yet. */
  pending: number;
  /** done / planned, or null when nothing is settled yet (no data is not 0 % nor 100 %). */
  ratio: number | null;
}

/** How faithfully the routine was followed. A skip counts against adherence like a miss; it is only reported apart. */
export function computeAdherence(occurrences: readonly { status: OccurrenceStatus }[]): Adherence {
  const counts: Record<OccurrenceStatus, number> = { planned: 0, started: 0, done: 0, skipped: 0, missed: 0 };
  for (const { status } of occurrences) counts[status]++;
  const settled = counts.done + counts.skipped + counts.missed;
  return {
    planned: settled,
    done: counts.done,
    skipped: counts.skipped,
    missed: counts.missed,
    pending: counts.planned + counts.started,
    ratio: settled === 0 ? null : counts.done / settled,
  };
}
