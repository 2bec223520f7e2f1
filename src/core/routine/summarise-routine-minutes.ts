import { type LocalDate, toEpochDay } from '../time/index.js';
import { compileRecurrence, occursOnDay } from './block-recurrence.js';
import type { RoutineBlock } from './routine-block.js';

export interface CategoryMinutes {
  categoryId: string;
  minutes: number;
}

/**
 * Planned minutes per category in the 7 local days starting on `weekStartDate`, to set against the
 * time budget. Respects weekdays, `intervalWeeks`, `startsOn` and `endsOn`, so a fortnightly block
 * counts in one week out of two. Per-occurrence exceptions are not applied: this is the plan as
 * designed, not a week's history. Every category of `blocks` appears once (0 when idle that
 * week), in order of first appearance.
 */
export function summariseRoutineMinutesByCategory(
  blocks: readonly RoutineBlock[],
  weekStartDate: LocalDate,
): CategoryMinutes[] {
  const firstDay = toEpochDay(weekStartDate);
  const minutesByCategory = new Map<string, number>();
  for (const block of blocks) {
    const recurrence = compileRecurrence(block);
    let minutes = minutesByCategory.get(block.categoryId) ?? 0;
    for (let day = firstDay; day < firstDay + 7; day++) {
      if (occursOnDay(recurrence, day)) minutes += block.durationMinutes;
    }
    minutesByCategory.set(block.categoryId, minutes);
  }
  return [...minutesByCategory].map(([categoryId, minutes]) => ({ categoryId, minutes }));
}
