import type {
  CancelledOccurrenceView,
  RoutineBlockView,
  RoutineOccurrenceView,
} from '../../../contracts/routine.js';
import {
  applyRushWeeks,
  computeOccurrenceStatus,
  expandRoutine,
  rushKeyOf,
} from '../../../core/routine/index.js';
import { addDaysToDate, dayBounds } from '../../../core/time/index.js';
import { toCoreBlock } from './routine-blocks.repository.js';
import type { RoutineOccurrencesRepository } from './routine-occurrences.repository.js';

const keyOf = (blockId: string, date: string) => `${blockId}/${date}`;

export type ExpandedDays = {
  occurrences: RoutineOccurrenceView[];
  cancelled: CancelledOccurrenceView[];
  /** Local Mondays of the rush weeks touching the range. */
  rushWeeks: string[];
};

/**
 * Occurrences of `blocks` (already read by the caller, so one request reads them once) starting
 * on the local days `[fromDate, toDate]` (workspace zone), with status, and the ones cancelled
 * there (where the series would have put them). Reads the exceptions around the range and lays
 * the rush weeks over them (src/core/routine/rush-week.ts), then reads the marks of the
 * occurrences found.
 */
export async function expandOccurrenceDays(
  routineOccurrencesRepository: Pick<
    RoutineOccurrencesRepository,
    'listExceptions' | 'listMarks' | 'listRushWeekStarts'
  >,
  workspaceId: string,
  blocks: readonly RoutineBlockView[],
  range: { timeZone: string; fromDate: string; toDate: string; now: string },
): Promise<ExpandedDays> {
  const { timeZone, fromDate, toDate, now } = range;
  // A day of margin each side: a block may keep an older zone than the workspace's.
  const [storedExceptions, rushWeeks] = await Promise.all([
    blocks.length === 0
      ? []
      : routineOccurrencesRepository.listExceptions(
          workspaceId,
          addDaysToDate(fromDate, -1),
          addDaysToDate(toDate, 1),
        ),
    routineOccurrencesRepository.listRushWeekStarts(workspaceId, fromDate, toDate),
  ]);
  if (blocks.length === 0) return { occurrences: [], cancelled: [], rushWeeks };
  const coreBlocks = blocks.map(toCoreBlock);
  const { exceptions, rushKeys } = applyRushWeeks(coreBlocks, storedExceptions, rushWeeks);
  const rangeStart = dayBounds(fromDate, timeZone).start;
  const rangeEnd = dayBounds(toDate, timeZone).end;
  const occurrences = expandRoutine(coreBlocks, exceptions, rangeStart, rangeEnd);
  const marks = await routineOccurrencesRepository.listMarks(
    workspaceId,
    occurrences.map((occurrence) => occurrence.occurrenceDate),
  );
  const marksByKey = new Map(marks.map((mark) => [keyOf(mark.blockId, mark.occurrenceDate), mark]));
  const ownerByBlock = new Map(blocks.map((block) => [block.id, block.memberUserId]));
  const cancelledKeys = new Set(
    exceptions
      .filter((exception) => exception.kind === 'cancelled')
      .map((exception) => keyOf(exception.blockId, exception.originalDate)),
  );
  const cancelled =
    cancelledKeys.size === 0
      ? []
      : expandRoutine(
          coreBlocks,
          exceptions.filter((exception) => exception.kind !== 'cancelled'),
          rangeStart,
          rangeEnd,
        ).filter((occurrence) => cancelledKeys.has(keyOf(occurrence.blockId, occurrence.occurrenceDate)));
  const isRush = (occurrence: { blockId: string; occurrenceDate: string }) =>
    rushKeys.has(rushKeyOf(occurrence.blockId, occurrence.occurrenceDate));
  const isOwnMove = (occurrence: { blockId: string; occurrenceDate: string }) =>
    storedExceptions.some(
      (exception) =>
        exception.blockId === occurrence.blockId && exception.originalDate === occurrence.occurrenceDate,
    );
  return {
    rushWeeks,
    occurrences: occurrences.map((occurrence) => {
      const mark = marksByKey.get(keyOf(occurrence.blockId, occurrence.occurrenceDate)) ?? null;
      return {
        ...occurrence,
        // A rush shortening is not a move the person made.
        isMoved: occurrence.isMoved && (!isRush(occurrence) || isOwnMove(occurrence)),
        isRush: isRush(occurrence),
        memberUserId: ownerByBlock.get(occurrence.blockId) ?? null,
        status: computeOccurrenceStatus({ occurrence, mark: mark?.status ?? null, now }),
        mark: mark ? { status: mark.status, markedBy: mark.markedBy, markedAt: mark.markedAt } : null,
      };
    }),
    cancelled: cancelled.map((occurrence) => ({
      ...occurrence,
      isRush: isRush(occurrence),
      memberUserId: ownerByBlock.get(occurrence.blockId) ?? null,
    })),
  };
}
