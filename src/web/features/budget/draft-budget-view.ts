import type { BudgetView } from '../../../contracts/budget.js';
import { computeWorkCost } from '../../../core/budget/costs.js';
import { summarizeBudget } from '../../../core/budget/presets.js';

/**
 * The budget view as the hours typed but not saved yet would make it: the total, the preset
 * comparison and every cost follow the typed hours, as the total badge already does, so the page
 * never shows figures of two different budgets at once. Same core functions as the server.
 */
export function applyTypedHours(
  view: BudgetView,
  typedMinutes: Readonly<Record<string, number>>,
): BudgetView {
  if (Object.keys(typedMinutes).length === 0) return view;
  const categories = view.categories.map((category) => ({
    ...category,
    weeklyMinutes: typedMinutes[category.id] ?? category.weeklyMinutes,
  }));
  const summary = summarizeBudget(categories);
  const comparison = view.comparison.map((row) => {
    const option = view.options.find((candidate) => candidate.id === row.id);
    const worker =
      row.kind === 'member' || !option
        ? { kind: 'member' as const, hourlyCents: row.hourlyCents }
        : option.pricing;
    return { ...row, ...computeWorkCost(worker, summary.totalMinutes) };
  });
  const performerRow = comparison.find((row) => row.isPerformer);
  return {
    ...view,
    categories,
    totalMinutes: summary.totalMinutes,
    presets: summary.presets,
    closestPreset: summary.closestPreset,
    comparison,
    cost: performerRow
      ? {
          hourlyCents: performerRow.hourlyCents,
          weeklyCents: performerRow.weeklyCents,
          monthlyCents: performerRow.monthlyCents,
          yearlyCents: performerRow.yearlyCents,
        }
      : null,
  };
}
