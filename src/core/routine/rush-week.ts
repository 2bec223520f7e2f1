import {
  addDaysToDate,
  fromEpochDay,
  type LocalDate,
  toEpochDay,
  weekStartOfEpochDay,
} from '../time/index.js';
import { listOccurrenceDates } from './block-recurrence.js';
import type { RoutineBlock, RoutineException } from './routine-block.js';

/*
 * Rush mode: in a week chosen as a rush week, the plan shrinks to what keeps regularity instead of
 * being dropped. The replies blocks stay, kept short (conversations must not wait a week); the
 * batch block stays, kept short, because the week's minimum posts per network have to be written
 * and queued somewhere (posts already queued are left alone: they are content, not routine);
 * every other block is skipped for that week. Nothing is stored but the week: the shrink is worked
 * out from the plan each time, so turning rush mode off gives back the exact previous plan, and
 * the week after is untouched.
 */

/** How long a kept block lasts in a rush week, in minutes, by the reference routine's template. */
export const rushKeptMinutes: Readonly<Record<string, number>> = { replies: 15, batch: 30 };

export type RushTreatment = { kind: 'shortened'; durationMinutes: number } | { kind: 'skipped' };

/** What a rush week does to one block: kept short (replies, batch) or skipped. */
export function rushTreatmentOf(block: Pick<RoutineBlock, 'templateKey' | 'durationMinutes'>): RushTreatment {
  const kept = block.templateKey ? rushKeptMinutes[block.templateKey] : undefined;
  if (kept === undefined) return { kind: 'skipped' };
  return { kind: 'shortened', durationMinutes: Math.min(kept, block.durationMinutes) };
}

/** The Monday of the local week holding `date` (rush weeks are keyed by it). */
export function rushWeekOf(date: LocalDate): LocalDate {
  return fromEpochDay(weekStartOfEpochDay(toEpochDay(date)));
}

export function isInRushWeek(date: LocalDate, rushWeekStarts: ReadonlySet<LocalDate>): boolean {
  return rushWeekStarts.has(rushWeekOf(date));
}

/** An exception with every field spelled out (null = the block's value). */
export type FullException = RoutineException & {
  newDate: LocalDate | null;
  newStartTime: string | null;
  newDurationMinutes: number | null;
};

const spelledOut = (exception: RoutineException): FullException => ({
  blockId: exception.blockId,
  originalDate: exception.originalDate,
  kind: exception.kind,
  newDate: exception.newDate ?? null,
  newStartTime: exception.newStartTime ?? null,
  newDurationMinutes: exception.newDurationMinutes ?? null,
});

export interface RushPlan {
  /** The exceptions to expand with: the stored ones, with the rush week's shrink laid over them. */
  exceptions: FullException[];
  /** `blockId/originalDate` of every occurrence the rush changed (shortened or skipped). */
  rushKeys: Set<string>;
}

export const rushKeyOf = (blockId: string, originalDate: LocalDate) => `${blockId}/${originalDate}`;

/**
 * Lays the rush weeks over the stored exceptions. For each occurrence of a block whose ORIGINAL
 * date is in a rush week: a person's own cancellation stays; a person's own move stays where it
 * went, shortened if the block is kept; otherwise a kept block is shortened in place and any other
 * block is cancelled. Occurrences outside rush weeks and the stored exceptions are never changed.
 */
export function applyRushWeeks(
  blocks: readonly RoutineBlock[],
  storedExceptions: readonly RoutineException[],
  rushWeekStarts: readonly LocalDate[],
): RushPlan {
  const stored = new Map(
    storedExceptions.map((exception) => [
      rushKeyOf(exception.blockId, exception.originalDate),
      spelledOut(exception),
    ]),
  );
  if (rushWeekStarts.length === 0) return { exceptions: [...stored.values()], rushKeys: new Set() };
  const overlaid = new Map(stored);
  const rushKeys = new Set<string>();
  for (const weekStart of new Set(rushWeekStarts.map(rushWeekOf))) {
    const weekEnd = addDaysToDate(weekStart, 6);
    for (const block of blocks) {
      const treatment = rushTreatmentOf(block);
      for (const date of listOccurrenceDates(block, weekStart, weekEnd)) {
        const key = rushKeyOf(block.id, date);
        const own = stored.get(key);
        if (own?.kind === 'cancelled') continue;
        if (treatment.kind === 'skipped') {
          overlaid.set(key, spelledOut({ blockId: block.id, originalDate: date, kind: 'cancelled' }));
        } else {
          const ownMinutes = own?.newDurationMinutes ?? block.durationMinutes;
          overlaid.set(key, {
            blockId: block.id,
            originalDate: date,
            kind: 'moved',
            newDate: own?.newDate ?? null,
            newStartTime: own?.newStartTime ?? null,
            newDurationMinutes: Math.min(ownMinutes, treatment.durationMinutes),
          });
        }
        rushKeys.add(key);
      }
    }
  }
  return { exceptions: [...overlaid.values()], rushKeys };
}
