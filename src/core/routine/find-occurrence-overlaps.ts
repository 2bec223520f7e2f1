import type { RoutineOccurrence } from './routine-block.js';

/** What decides a clash: whose occurrence it is, its category and its real `[start, end)`. */
export type TimedSlot = Pick<
  RoutineOccurrence,
  'blockId' | 'occurrenceDate' | 'categoryId' | 'start' | 'end'
>;

/**
 * "One complex task at a time" for ONE occurrence (a moved or restored one): the occurrences in
 * `others` that overlap `candidate` in real time, when both categories are complex. Returns []
 * when the candidate's category is not complex.
 *
 * Unlike findOverlaps (which compares whole series on their wall-clock pattern), this compares
 * concrete instants, so it sees the exceptions already made: a slot freed by a cancellation or a
 * move is free. The candidate itself (same block AND same series date) is skipped, so moving an
 * occurrence never clashes with where it was; another occurrence of the same block still counts.
 * Touching slots (10:00-11:00 then 11:00-12:00) do not clash. The result keeps `others`' order.
 */
export function findOccurrenceOverlaps<Slot extends TimedSlot>(
  candidate: TimedSlot,
  others: readonly Slot[],
  complexCategoryIds: Iterable<string>,
): Slot[] {
  const complex = new Set(complexCategoryIds);
  if (!complex.has(candidate.categoryId)) return [];
  const start = Date.parse(candidate.start);
  const end = Date.parse(candidate.end);
  return others.filter(
    (other) =>
      complex.has(other.categoryId) &&
      !(other.blockId === candidate.blockId && other.occurrenceDate === candidate.occurrenceDate) &&
      Date.parse(other.start) < end &&
      start < Date.parse(other.end),
  );
}
