import type {
  CancelledOccurrenceView,
  RoutineBlockView,
  RoutineOccurrenceView,
} from '../../../contracts/routine.js';
import { computeOccurrenceStatus, expandRoutine } from '../../../core/routine/index.js';
import { addDaysToDate, dayBounds } from '../../../core/time/index.js';
import { toCoreBlock } from './routine-blocks.repository.js';
import type { RoutineOccurrencesRepository } from './routine-occurrences.repository.js';

const keyOf = (blockId: string, date: string) => `${blockId}/${date}`;

export type ExpandedDays = { occurrences: RoutineOccurrenceView[]; cancelled: CancelledOccurrenceView[] };

/**
 * Occurrences of `blocks` (already read by the caller, so one request reads them once) starting
 * on the local days `[fromDate, toDate]` (workspace zone), with status, and the ones cancelled
 * there (where the series would have put them). Reads the exceptions around the range, then the
 * marks of the occurrences found.
 */
export async function expandOccurrenceDays(
  routineOccurrencesRepository: Pick<RoutineOccurrencesRepository, 'listExceptions' | 'listMarks'>,
  workspaceId: string,
  blocks: readonly RoutineBlockView[],
  range: { timeZone: string; fromDate: string; toDate: string; now: string },
): Promise<ExpandedDays> {
  if (blocks.length === 0) return { occurrences: [], cancelled: [] };
  const { timeZone, fromDate, toDate, now } = range;
  // A day of margin each side: a block may keep an older zone than the workspace's.
  const exceptions = await routineOccurrencesRepository.listExceptions(
    workspaceId,
    addDaysToDate(fromDate, -1),
    addDaysToDate(toDate, 1),
  );
  const coreBlocks = blocks.map(toCoreBlock);
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
  return {
    occurrences: occurrences.map((occurrence) => {
      const mark = marksByKey.get(keyOf(occurrence.blockId, occurrence.occurrenceDate)) ?? null;
      return {
        ...occurrence,
        memberUserId: ownerByBlock.get(occurrence.blockId) ?? null,
        status: computeOccurrenceStatus({ occurrence, mark: mark?.status ?? null, now }),
        mark: mark ? { status: mark.status, markedBy: mark.markedBy, markedAt: mark.markedAt } : null,
      };
    }),
    cancelled: cancelled.map((occurrence) => ({
      ...occurrence,
      memberUserId: ownerByBlock.get(occurrence.blockId) ?? null,
    })),
  };
}
