import type { Category } from '../../../contracts/budget.js';
import type { RoutineBlockView } from '../../../contracts/routine.js';
import { findOverlaps, type RoutineBlock, type RoutineOverlap } from '../../../core/routine/index.js';
import { conflict } from '../../platform/problem.js';
import { toCoreBlock } from './routine-blocks.repository.js';
import { categoryLabel, weekdayLabel } from './routine-labels.js';

type Owned = { memberUserId: string | null };
type Candidate = RoutineBlock & Owned;

/**
 * Blocks that end up in the same calendar as the candidate: a member's calendar shows their blocks
 * and the workspace's, so a workspace block meets everyone's and a member's block meets only
 * theirs and the workspace's. Two people may well do complex tasks at the same time.
 */
export function sharesACalendar(candidate: Owned, other: Owned): boolean {
  return (
    candidate.memberUserId === null ||
    other.memberUserId === null ||
    other.memberUserId === candidate.memberUserId
  );
}

/**
 * "One complex task at a time" (domain.md §3): refuses the candidates when one of them overlaps a
 * complex block of the same calendar, with a 409 naming the first clash in both languages and
 * every clash in `overlaps`. Candidates are also checked against each other.
 */
export function assertNoComplexOverlaps(
  existing: readonly RoutineBlockView[],
  candidates: readonly Candidate[],
  categories: readonly Category[],
): void {
  const complexCategoryIds = categories
    .filter((category) => category.isComplex)
    .map((category) => category.id);
  const overlaps: RoutineOverlap[] = [];
  candidates.forEach((candidate, index) => {
    const others = [
      ...existing.filter((block) => sharesACalendar(candidate, block)).map(toCoreBlock),
      ...candidates.slice(0, index).filter((other) => sharesACalendar(candidate, other)),
    ];
    overlaps.push(...findOverlaps(others, complexCategoryIds, candidate));
  });
  if (overlaps.length > 0) throw complexOverlapConflict(overlaps, categories);
}

/** The 409 `routine_complex_overlap`, naming the first clash in both languages and listing all of them. */
export function complexOverlapConflict(overlaps: readonly RoutineOverlap[], categories: readonly Category[]) {
  const [first] = overlaps;
  if (!first) throw new Error('complexOverlapConflict needs at least one overlap');
  const category = categories.find((candidate) => candidate.id === first.categoryId);
  const more = overlaps.length - 1;
  return conflict(
    'routine_complex_overlap',
    {
      category_fr: categoryLabel(category, 'fr'),
      category_en: categoryLabel(category, 'en'),
      weekday_fr: weekdayLabel(first.weekday, 'fr'),
      weekday_en: weekdayLabel(first.weekday, 'en'),
      startTime: first.startTime,
      endTime: first.endTime,
      more_fr: more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''})` : '',
      more_en: more > 0 ? ` (and ${more} more)` : '',
    },
    { overlaps },
  );
}
