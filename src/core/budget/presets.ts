import { type BudgetCategory, computeBudgetTotalMinutes } from './budget-minutes.js';
import type { ReferenceCategoryKey } from './reference-categories.js';

/**
 * The three reference hypotheses of the method (domain.md §2):
 * - essential6: the ~6 h/week a marketers' survey found is needed to win clients (and what an
 *   agency spends per client), focused on communication and acquisition;
 * - low10: a small organisation that must be present with few resources;
 * - high28: an organisation that cannot afford to neglect social media.
 */
export const budgetPresetKeys = ['essential6', 'low10', 'high28'] as const;

export type BudgetPresetKey = (typeof budgetPresetKeys)[number];

export type BudgetPresetMinutes = Readonly<Record<ReferenceCategoryKey, number>>;

export const budgetPresets: Readonly<Record<BudgetPresetKey, BudgetPresetMinutes>> = Object.freeze({
  essential6: Object.freeze({
    veille: 0,
    acquisition: 90,
    blogging: 60,
    curation: 0,
    communication: 180,
    analyse: 30,
    strategie: 0,
  }),
  low10: Object.freeze({
    veille: 120,
    acquisition: 120,
    blogging: 120,
    curation: 60,
    communication: 60,
    analyse: 60,
    strategie: 60,
  }),
  high28: Object.freeze({
    veille: 240,
    acquisition: 240,
    blogging: 480,
    curation: 240,
    communication: 180,
    analyse: 180,
    strategie: 120,
  }),
});

export function isBudgetPresetKey(value: string): value is BudgetPresetKey {
  return (budgetPresetKeys as readonly string[]).includes(value);
}

export function computePresetTotalMinutes(presetKey: BudgetPresetKey): number {
  return Object.values(budgetPresets[presetKey]).reduce((sum, minutes) => sum + minutes, 0);
}

/** What applying a preset does to user-defined categories. */
export type UserDefinedCategoryPolicy = 'keep' | 'reset';

export interface ApplyBudgetPresetOptions {
  /** Defaults to 'keep': the user's own categories are their choice and are not the preset's business. */
  userDefinedCategories?: UserDefinedCategoryPolicy;
}

/** Preset minutes that could not land anywhere, so the UI can say so instead of silently dropping them. */
export interface PresetMinutesNotApplied {
  referenceKey: ReferenceCategoryKey;
  minutes: number;
  reason: 'archived' | 'missing';
}

export interface ApplyBudgetPresetResult<C extends BudgetCategory> {
  categories: C[];
  notApplied: PresetMinutesNotApplied[];
}

/**
 * Returns a copy of the workspace's categories with the preset's minutes on the reference ones.
 *
 * - Active reference categories get the preset value (0 included: a preset is a whole budget).
 * - Archived categories are never changed: the user archived them on purpose. Preset minutes for a
 *   reference key with no active category are reported in `notApplied` (reason 'archived' if an
 *   archived one exists, else 'missing'); keys whose preset value is 0 are never reported.
 * - User-defined (non-reference) active categories are kept as they are by default, or set to 0
 *   with `userDefinedCategories: 'reset'` so the total equals the preset total exactly.
 * - Input order and every extra field are preserved; the input is not mutated.
 */
export function applyBudgetPreset<C extends BudgetCategory>(
  categories: readonly C[],
  presetKey: BudgetPresetKey,
  options: ApplyBudgetPresetOptions = {},
): ApplyBudgetPresetResult<C> {
  const preset = budgetPresets[presetKey];
  const shouldResetUserDefined = options.userDefinedCategories === 'reset';
  const appliedKeys = new Set<ReferenceCategoryKey>();
  const archivedKeys = new Set<ReferenceCategoryKey>();

  const updated = categories.map((category): C => {
    if (category.isArchived) {
      if (category.referenceKey !== null) {
        archivedKeys.add(category.referenceKey);
      }
      return { ...category };
    }
    if (category.referenceKey === null) {
      return shouldResetUserDefined ? { ...category, weeklyMinutes: 0 } : { ...category };
    }
    appliedKeys.add(category.referenceKey);
    return { ...category, weeklyMinutes: preset[category.referenceKey] };
  });

  const notApplied: PresetMinutesNotApplied[] = [];
  for (const [key, minutes] of Object.entries(preset) as [ReferenceCategoryKey, number][]) {
    if (minutes > 0 && !appliedKeys.has(key)) {
      notApplied.push({ referenceKey: key, minutes, reason: archivedKeys.has(key) ? 'archived' : 'missing' });
    }
  }
  return { categories: updated, notApplied };
}

export interface PresetComparison {
  presetKey: BudgetPresetKey;
  presetMinutes: number;
  /** budget total minus preset total: positive means the budget is above the preset. */
  differenceMinutes: number;
  /** budget total / preset total, e.g. 1.1 for 11 h against 10 h. */
  ratio: number;
}

/** Compares a weekly budget total with each preset, in {@link budgetPresetKeys} order. */
export function compareBudgetWithPresets(totalMinutes: number): PresetComparison[] {
  return budgetPresetKeys.map((presetKey) => {
    const presetMinutes = computePresetTotalMinutes(presetKey);
    return {
      presetKey,
      presetMinutes,
      differenceMinutes: totalMinutes - presetMinutes,
      ratio: totalMinutes / presetMinutes,
    };
  });
}

/** The preset whose total is nearest to the budget total; on a tie, the smaller preset. */
export function findClosestPreset(totalMinutes: number): BudgetPresetKey {
  const [closest, ...others] = compareBudgetWithPresets(totalMinutes);
  let best = closest as PresetComparison;
  for (const comparison of others) {
    if (Math.abs(comparison.differenceMinutes) < Math.abs(best.differenceMinutes)) {
      best = comparison;
    }
  }
  return best.presetKey;
}

/**
 * Convenience for the budget screen: the active total of the categories and its comparison with
 * every preset, computed from the same numbers.
 */
export function summarizeBudget(
  categories: readonly Pick<BudgetCategory, 'weeklyMinutes' | 'isArchived'>[],
): {
  totalMinutes: number;
  presets: PresetComparison[];
  closestPreset: BudgetPresetKey;
} {
  const totalMinutes = computeBudgetTotalMinutes(categories);
  return {
    totalMinutes,
    presets: compareBudgetWithPresets(totalMinutes),
    closestPreset: findClosestPreset(totalMinutes),
  };
}
