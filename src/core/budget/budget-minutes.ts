import type { ReferenceCategoryKey } from './reference-categories.js';

/** Budgets are set to the quarter hour. */
export const BUDGET_STEP_MINUTES = 15;

/** No single category can be budgeted beyond the length of a week. */
export const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * A workspace's task category as the budget logic sees it. Callers may pass richer objects
 * (name, colour...): functions that return categories keep every extra field.
 */
export interface BudgetCategory {
  id: string;
  /** The reference category this one stands for, or null for a category the user created. */
  referenceKey: ReferenceCategoryKey | null;
  /** Weekly budget in minutes: an integer, a multiple of {@link BUDGET_STEP_MINUTES}. */
  weeklyMinutes: number;
  isArchived: boolean;
}

/** Throws a RangeError unless `value` is a non-negative safe integer; `label` names it in the message. */
export function assertNonNegativeInteger(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${value}`);
  }
}

/** True for an integer number of minutes, between 0 and a week, on a quarter hour. */
export function isValidBudgetMinutes(minutes: number): boolean {
  return (
    Number.isSafeInteger(minutes) &&
    minutes >= 0 &&
    minutes <= MINUTES_PER_WEEK &&
    minutes % BUDGET_STEP_MINUTES === 0
  );
}

/**
 * Rounds any number of minutes to the nearest quarter hour (halves go up) and clamps it to
 * [0, one week], e.g. for a slider or a value typed as "1,3 h".
 */
export function roundToBudgetStep(minutes: number): number {
  if (!Number.isFinite(minutes)) {
    throw new RangeError(`minutes must be a finite number, got ${minutes}`);
  }
  const rounded = Math.floor(minutes / BUDGET_STEP_MINUTES + 0.5) * BUDGET_STEP_MINUTES;
  return Math.min(MINUTES_PER_WEEK, Math.max(0, rounded));
}

/**
 * Total weekly minutes of the active categories. Archived categories keep their stored minutes
 * (so unarchiving restores them) but no longer count.
 */
export function computeBudgetTotalMinutes(
  categories: readonly Pick<BudgetCategory, 'weeklyMinutes' | 'isArchived'>[],
): number {
  let total = 0;
  for (const category of categories) {
    assertNonNegativeInteger(category.weeklyMinutes, 'weeklyMinutes');
    if (!category.isArchived) {
      total += category.weeklyMinutes;
    }
  }
  return total;
}
