import type { Category } from '../../../contracts/budget.js';
import type { RoutineBlockView, RoutineExceptionView } from '../../../contracts/routine.js';
import {
  expandRoutine,
  findOccurrenceOverlaps,
  type RoutineBlock,
  type RoutineOccurrence,
  type RoutineOverlap,
} from '../../../core/routine/index.js';
import { addDaysToDate, dayBounds, isoWeekdayOf } from '../../../core/time/index.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import { type RoutineBlocksRepository, toCoreBlock } from './routine-blocks.repository.js';
import type { RoutineOccurrencesRepository } from './routine-occurrences.repository.js';
import { complexOverlapConflict, sharesACalendar } from './routine-overlaps.js';

/** The occurrence of `block` with series date `originalDate`, placed by `exception` (or by the series). */
function placeOccurrence(
  block: RoutineBlockView,
  originalDate: string,
  exception: RoutineExceptionView | null,
): RoutineOccurrence | undefined {
  const localDate = exception?.newDate ?? originalDate;
  return expandRoutine(
    [toCoreBlock(block)],
    exception ? [exception] : [],
    dayBounds(addDaysToDate(localDate, -1), block.timeZone).start,
    dayBounds(addDaysToDate(localDate, 1), block.timeZone).end,
  ).find((occurrence) => occurrence.occurrenceDate === originalDate);
}

const toOverlap = (occurrence: RoutineOccurrence): RoutineOverlap => ({
  blockId: occurrence.blockId,
  categoryId: occurrence.categoryId,
  weekday: isoWeekdayOf(occurrence.localDate),
  startTime: occurrence.startTime,
  endTime: occurrence.endTime,
  firstDate: occurrence.localDate,
});

type OwnedBlock = RoutineBlock & { memberUserId: string | null };

const STORED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "One complex task at a time" where exceptions are involved; a clash is the same 409
 * `routine_complex_overlap` as for a series, with the clashing occurrence's date in `overlaps`.
 *
 * - assertOccurrenceFits: a single occurrence that moves (an exception) or comes back to its series
 *   slot (an exception removed), against the real occurrences around its new place, exceptions
 *   included, in every calendar the block shows in.
 * - assertSeriesMissesMovedOccurrences: a new or edited series (findOverlaps compares series on
 *   their weekly pattern only) against the occurrences other complex blocks were moved to, from
 *   today on.
 */
export function createOccurrenceFitChecks({
  routineBlocksRepository,
  routineOccurrencesRepository,
  categoriesRepository,
}: {
  routineBlocksRepository: RoutineBlocksRepository;
  routineOccurrencesRepository: RoutineOccurrencesRepository;
  categoriesRepository: CategoriesRepository;
}) {
  async function assertOccurrenceFits(
    workspaceId: string,
    block: RoutineBlockView,
    originalDate: string,
    exception: RoutineExceptionView | null,
  ): Promise<void> {
    const categories = await categoriesRepository.list(workspaceId);
    const complexCategoryIds = categories.filter((category) => category.isComplex).map((c) => c.id);
    if (!complexCategoryIds.includes(block.categoryId)) return;
    const candidate = placeOccurrence(block, originalDate, exception);
    if (!candidate) return;
    const day = candidate.localDate;
    const neighbours = (await routineBlocksRepository.list(workspaceId)).filter((other) =>
      sharesACalendar(block, other),
    );
    // Two days each side: other blocks may keep another zone, whose local dates differ by one.
    const exceptions = (
      await routineOccurrencesRepository.listExceptions(
        workspaceId,
        addDaysToDate(day, -2),
        addDaysToDate(day, 2),
      )
    ).filter((other) => !(other.blockId === block.id && other.originalDate === originalDate));
    // Blocks last at most 12 hours: only the day before, the day and the day after can meet it.
    const around = expandRoutine(
      neighbours.map(toCoreBlock),
      exceptions,
      dayBounds(addDaysToDate(day, -1), block.timeZone).start,
      dayBounds(addDaysToDate(day, 1), block.timeZone).end,
    );
    const clashes = findOccurrenceOverlaps(candidate, around, complexCategoryIds);
    if (clashes.length > 0) throw complexOverlapConflict(clashes.map(toOverlap), categories);
  }

  async function assertSeriesMissesMovedOccurrences(
    workspaceId: string,
    others: readonly RoutineBlockView[],
    candidates: readonly OwnedBlock[],
    categories: readonly Category[],
    today: string,
  ): Promise<void> {
    const complexCategoryIds = categories.filter((category) => category.isComplex).map((c) => c.id);
    const complexCandidates = candidates.filter((block) => complexCategoryIds.includes(block.categoryId));
    const complexOthers = others.filter((block) => complexCategoryIds.includes(block.categoryId));
    if (complexCandidates.length === 0 || complexOthers.length === 0) return;
    const exceptions = await routineOccurrencesRepository.listExceptionsOfBlocks(workspaceId, [
      ...complexOthers.map((block) => block.id),
      // New blocks carry placeholder ids ('new', 'budget-1'): only stored ones can have exceptions.
      ...complexCandidates.map((block) => block.id).filter((id) => STORED_ID.test(id)),
    ]);
    const overlaps: RoutineOverlap[] = [];
    for (const exception of exceptions) {
      const owner = complexOthers.find((block) => block.id === exception.blockId);
      if (!owner || exception.kind !== 'moved' || (exception.newDate ?? exception.originalDate) < today)
        continue;
      const moved = placeOccurrence(owner, exception.originalDate, exception);
      if (!moved) continue;
      for (const candidate of complexCandidates.filter((block) => sharesACalendar(block, owner))) {
        const around = expandRoutine(
          [candidate],
          exceptions.filter((own) => own.blockId === candidate.id),
          dayBounds(addDaysToDate(moved.localDate, -1), candidate.timeZone).start,
          dayBounds(addDaysToDate(moved.localDate, 1), candidate.timeZone).end,
        );
        if (findOccurrenceOverlaps(moved, around, complexCategoryIds).length > 0)
          overlaps.push(toOverlap(moved));
      }
    }
    if (overlaps.length > 0) throw complexOverlapConflict(overlaps, categories);
  }

  return { assertOccurrenceFits, assertSeriesMissesMovedOccurrences };
}

export type OccurrenceFitChecks = ReturnType<typeof createOccurrenceFitChecks>;
export type AssertOccurrenceFits = OccurrenceFitChecks['assertOccurrenceFits'];
