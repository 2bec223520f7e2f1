import type { RoutineBlockView, RoutineExceptionView } from '../../../contracts/routine.js';
import {
  expandRoutine,
  findOccurrenceOverlaps,
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

/**
 * "One complex task at a time" for a single occurrence that moves (an exception) or comes back to
 * its series slot (an exception removed). It is checked against the real occurrences around its
 * new place, exceptions included, in every calendar the block shows in; a clash is the same 409
 * `routine_complex_overlap` as for a series, with the clashing occurrence's date in `overlaps`.
 */
export function createOccurrenceFitCheck({
  routineBlocksRepository,
  routineOccurrencesRepository,
  categoriesRepository,
}: {
  routineBlocksRepository: RoutineBlocksRepository;
  routineOccurrencesRepository: RoutineOccurrencesRepository;
  categoriesRepository: CategoriesRepository;
}) {
  return async function assertOccurrenceFits(
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
  };
}

export type AssertOccurrenceFits = ReturnType<typeof createOccurrenceFitCheck>;
