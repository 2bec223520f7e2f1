import { allocateRoundedTotal, assertNonNegativeInteger } from './cost.js';
import { convertSecondsToMinutes } from './duration.js';

export interface PlannedVsActualInput {
  /** Weekly time budget per task category, in minutes. */
  budgetMinutesByCategory: Readonly<Record<string, number>>;
  /** Minutes scheduled by the weekly routine's blocks, per category. */
  routineMinutesByCategory: Readonly<Record<string, number>>;
  trackedSecondsByCategory: Readonly<Record<string, number>>;
  hourlyCostCents: number;
  /** Display order; categories not listed follow, sorted by id. */
  categoryOrder?: readonly string[];
}

export interface PlannedVsActualRow {
  categoryId: string;
  budgetMinutes: number;
  routineMinutes: number;
  trackedSeconds: number;
  /** Rounded to the nearest minute, for display only. */
  trackedMinutes: number;
  /** Positive = over budget. */
  trackedMinusBudgetSeconds: number;
  /** Positive = the routine schedules more than the budget allows. */
  routineMinusBudgetMinutes: number;
  /** tracked / budget; null when there is no budget (any tracked time is then unplanned). */
  budgetUsedRatio: number | null;
  trackedCostCents: number;
  budgetCostCents: number;
}

export type PlannedVsActualTotals = Omit<PlannedVsActualRow, 'categoryId'>;

export interface PlannedVsActual {
  rows: PlannedVsActualRow[];
  totals: PlannedVsActualTotals;
}

/**
 * Compares budget, routine and tracked time per category (one row per category present in any of
 * the three maps). Costs: the totals are rounded once from exact values and the row costs are
 * allocated so that they add up to the totals (largest remainder; each row within 1 cent).
 * @throws RangeError on negative or non-integer seconds, minutes or cents.
 */
export function computePlannedVsActual(input: PlannedVsActualInput): PlannedVsActual {
  assertNonNegativeInteger(input.hourlyCostCents, 'hourlyCostCents');
  const categoryIds = orderCategories(
    [
      ...Object.keys(input.budgetMinutesByCategory),
      ...Object.keys(input.routineMinutesByCategory),
      ...Object.keys(input.trackedSecondsByCategory),
    ],
    input.categoryOrder ?? [],
  );
  const figures = categoryIds.map((categoryId) => {
    const budgetMinutes = input.budgetMinutesByCategory[categoryId] ?? 0;
    const routineMinutes = input.routineMinutesByCategory[categoryId] ?? 0;
    const trackedSeconds = input.trackedSecondsByCategory[categoryId] ?? 0;
    assertNonNegativeInteger(budgetMinutes, `budgetMinutesByCategory.${categoryId}`);
    assertNonNegativeInteger(routineMinutes, `routineMinutesByCategory.${categoryId}`);
    assertNonNegativeInteger(trackedSeconds, `trackedSecondsByCategory.${categoryId}`);
    return { categoryId, budgetMinutes, routineMinutes, trackedSeconds };
  });

  const rate = input.hourlyCostCents;
  const trackedCost = allocateRoundedTotal(
    figures.map((figure) => figure.trackedSeconds * rate),
    3600,
  );
  const budgetCost = allocateRoundedTotal(
    figures.map((figure) => figure.budgetMinutes * rate),
    60,
  );

  const rows = figures.map((figure, index) =>
    describeRow(figure, trackedCost.parts[index] ?? 0, budgetCost.parts[index] ?? 0),
  );
  const sum = (pick: (row: PlannedVsActualRow) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const { categoryId: _unused, ...totals } = describeRow(
    {
      categoryId: '',
      budgetMinutes: sum((row) => row.budgetMinutes),
      routineMinutes: sum((row) => row.routineMinutes),
      trackedSeconds: sum((row) => row.trackedSeconds),
    },
    trackedCost.total,
    budgetCost.total,
  );
  return { rows, totals };
}

function describeRow(
  figure: { categoryId: string; budgetMinutes: number; routineMinutes: number; trackedSeconds: number },
  trackedCostCents: number,
  budgetCostCents: number,
): PlannedVsActualRow {
  const budgetSeconds = figure.budgetMinutes * 60;
  return {
    ...figure,
    trackedMinutes: convertSecondsToMinutes(figure.trackedSeconds),
    trackedMinusBudgetSeconds: figure.trackedSeconds - budgetSeconds,
    routineMinusBudgetMinutes: figure.routineMinutes - figure.budgetMinutes,
    budgetUsedRatio: budgetSeconds === 0 ? null : figure.trackedSeconds / budgetSeconds,
    trackedCostCents,
    budgetCostCents,
  };
}

/**
 * The routine's planned minutes per category as planned vs. actual shows them: only the
 * workspace's own categories, and an archived one only while the routine still plans time for it
 * (the routine's own budget comparison keeps the same rows). Whole minutes, never negative.
 */
export function selectRoutineMinutes(
  routineMinutes: readonly { categoryId: string; minutes: number }[],
  categories: readonly { id: string; isArchived: boolean }[],
): Record<string, number> {
  const minutesByCategory = new Map(routineMinutes.map((line) => [line.categoryId, line.minutes]));
  const selected: Record<string, number> = {};
  for (const category of categories) {
    const minutes = Math.max(0, Math.round(minutesByCategory.get(category.id) ?? 0));
    if (!category.isArchived || minutes > 0) selected[category.id] = minutes;
  }
  return selected;
}

/** Unique ids: the preferred order first, then the others sorted by code unit (locale-independent). */
export function orderCategories(categoryIds: readonly string[], preferredOrder: readonly string[]): string[] {
  const present = new Set(categoryIds);
  const ordered = preferredOrder.filter(
    (id, index) => present.has(id) && preferredOrder.indexOf(id) === index,
  );
  const listed = new Set(ordered);
  const rest = [...present].filter((id) => !listed.has(id)).sort((left, right) => (left < right ? -1 : 1));
  return [...ordered, ...rest];
}
