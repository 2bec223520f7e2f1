import { type BudgetCategory, computeBudgetTotalMinutes } from './budget-minutes.js';
import {
  type ApplyBudgetPresetOptions,
  applyBudgetPreset,
  type BudgetPresetKey,
  type PresetMinutesNotApplied,
} from './presets.js';

/** One active category whose weekly minutes a preset would change. */
export interface PresetLineChange<C extends BudgetCategory> {
  category: C;
  fromMinutes: number;
  toMinutes: number;
}

export interface PresetPreview<C extends BudgetCategory> {
  /** Active categories whose minutes change, in input order. */
  changes: PresetLineChange<C>[];
  /** True when some hours already typed in would be overwritten (a line above 0 changes). */
  replacesHours: boolean;
  totalBeforeMinutes: number;
  totalAfterMinutes: number;
  /** Active user-defined categories with hours, which only the 'reset' policy sets to 0. */
  userDefinedWithHours: C[];
  notApplied: PresetMinutesNotApplied[];
}

/**
 * What applying a preset would do, before doing it: the confirmation shows which hours are
 * replaced, so a carefully tuned budget is never overwritten by a misclick. Built on
 * {@link applyBudgetPreset}, so the preview and the server's result cannot disagree.
 */
export function previewBudgetPreset<C extends BudgetCategory>(
  categories: readonly C[],
  presetKey: BudgetPresetKey,
  options: ApplyBudgetPresetOptions = {},
): PresetPreview<C> {
  const { categories: applied, notApplied } = applyBudgetPreset(categories, presetKey, options);
  const changes: PresetLineChange<C>[] = [];
  categories.forEach((category, index) => {
    const toMinutes = applied[index]?.weeklyMinutes ?? category.weeklyMinutes;
    if (!category.isArchived && toMinutes !== category.weeklyMinutes) {
      changes.push({ category, fromMinutes: category.weeklyMinutes, toMinutes });
    }
  });
  return {
    changes,
    replacesHours: changes.some((change) => change.fromMinutes > 0),
    totalBeforeMinutes: computeBudgetTotalMinutes(categories),
    totalAfterMinutes: computeBudgetTotalMinutes(applied),
    userDefinedWithHours: categories.filter(
      (category) => !category.isArchived && category.referenceKey === null && category.weeklyMinutes > 0,
    ),
    notApplied,
  };
}
