import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BudgetCategory, computeBudgetTotalMinutes, isValidBudgetMinutes } from './budget-minutes.js';
import {
  applyBudgetPreset,
  budgetPresetKeys,
  budgetPresets,
  compareBudgetWithPresets,
  computePresetTotalMinutes,
  findClosestPreset,
  isBudgetPresetKey,
  summarizeBudget,
} from './presets.js';
import { type ReferenceCategoryKey, referenceCategoryKeys } from './reference-categories.js';

interface NamedCategory extends BudgetCategory {
  name: string;
}

function createWorkspaceCategories(): NamedCategory[] {
  return referenceCategoryKeys.map((key) => ({
    id: `cat-${key}`,
    name: key,
    referenceKey: key,
    weeklyMinutes: 0,
    isArchived: false,
  }));
}

function minutesOf(categories: readonly BudgetCategory[], key: ReferenceCategoryKey): number | undefined {
  return categories.find((category) => category.referenceKey === key)?.weeklyMinutes;
}

describe('preset totals', () => {
  it('are 6 h, 10 h and 28 h', () => {
    expect(computePresetTotalMinutes('essential6')).toBe(360);
    expect(computePresetTotalMinutes('low10')).toBe(600);
    expect(computePresetTotalMinutes('high28')).toBe(1680);
  });

  it('hold only valid quarter-hour budgets', () => {
    for (const key of budgetPresetKeys) {
      for (const minutes of Object.values(budgetPresets[key])) {
        expect(isValidBudgetMinutes(minutes)).toBe(true);
      }
    }
  });

  it('recognises preset keys', () => {
    expect(isBudgetPresetKey('low10')).toBe(true);
    expect(isBudgetPresetKey('low')).toBe(false);
  });
});

describe('applyBudgetPreset', () => {
  it('sets the low preset (10 h); editing blogging to 3 h gives 11 h', () => {
    const { categories, notApplied } = applyBudgetPreset(createWorkspaceCategories(), 'low10');
    expect(notApplied).toEqual([]);
    expect(computeBudgetTotalMinutes(categories)).toBe(600);
    expect(minutesOf(categories, 'veille')).toBe(120);
    expect(categories[0]?.name).toBe('veille');

    const edited = categories.map((c) => (c.referenceKey === 'blogging' ? { ...c, weeklyMinutes: 180 } : c));
    expect(computeBudgetTotalMinutes(edited)).toBe(660);
  });

  it('sets essential6 with zeros on unused categories', () => {
    const start = createWorkspaceCategories().map((c) => ({ ...c, weeklyMinutes: 45 }));
    const { categories } = applyBudgetPreset(start, 'essential6');
    expect(minutesOf(categories, 'communication')).toBe(180);
    expect(minutesOf(categories, 'acquisition')).toBe(90);
    expect(minutesOf(categories, 'blogging')).toBe(60);
    expect(minutesOf(categories, 'analyse')).toBe(30);
    expect(minutesOf(categories, 'veille')).toBe(0);
    expect(computeBudgetTotalMinutes(categories)).toBe(360);
  });

  it('keeps user-defined categories by default and resets them on request', () => {
    const moderation: NamedCategory = {
      id: 'cat-moderation',
      name: 'Modération',
      referenceKey: null,
      weeklyMinutes: 90,
      isArchived: false,
    };
    const start = [...createWorkspaceCategories(), moderation];

    const kept = applyBudgetPreset(start, 'high28');
    expect(kept.categories.at(-1)).toEqual(moderation);
    expect(computeBudgetTotalMinutes(kept.categories)).toBe(1680 + 90);

    const reset = applyBudgetPreset(start, 'high28', { userDefinedCategories: 'reset' });
    expect(reset.categories.at(-1)?.weeklyMinutes).toBe(0);
    expect(computeBudgetTotalMinutes(reset.categories)).toBe(1680);
  });

  it('leaves archived categories alone and reports minutes it could not place', () => {
    const start = createWorkspaceCategories()
      .filter((c) => c.referenceKey !== 'veille')
      .map((c) => (c.referenceKey === 'curation' ? { ...c, isArchived: true, weeklyMinutes: 15 } : c));
    const { categories, notApplied } = applyBudgetPreset(start, 'low10');
    expect(minutesOf(categories, 'curation')).toBe(15);
    expect(notApplied).toEqual([
      { referenceKey: 'veille', minutes: 120, reason: 'missing' },
      { referenceKey: 'curation', minutes: 60, reason: 'archived' },
    ]);
    expect(computeBudgetTotalMinutes(categories)).toBe(600 - 120 - 60);
  });

  it('does not report missing categories the preset leaves at zero', () => {
    const start = createWorkspaceCategories().filter((c) => c.referenceKey !== 'strategie');
    expect(applyBudgetPreset(start, 'essential6').notApplied).toEqual([]);
  });

  it('does not mutate its input', () => {
    const start = createWorkspaceCategories();
    const snapshot = structuredClone(start);
    applyBudgetPreset(start, 'high28');
    expect(start).toEqual(snapshot);
  });

  it('reaches the preset total exactly on a complete workspace, whatever the previous budget', () => {
    const previousMinutes = fc.array(
      fc.integer({ min: 0, max: 40 }).map((steps) => steps * 15),
      {
        minLength: 7,
        maxLength: 7,
      },
    );
    fc.assert(
      fc.property(fc.constantFrom(...budgetPresetKeys), previousMinutes, (presetKey, minutes) => {
        const start = createWorkspaceCategories().map((c, index) => ({
          ...c,
          weeklyMinutes: minutes[index] ?? 0,
        }));
        const { categories } = applyBudgetPreset(start, presetKey);
        expect(computeBudgetTotalMinutes(categories)).toBe(computePresetTotalMinutes(presetKey));
        expect(categories.map((c) => c.id)).toEqual(start.map((c) => c.id));
      }),
    );
  });
});

describe('compareBudgetWithPresets', () => {
  it('gives the difference and the ratio against each preset', () => {
    expect(compareBudgetWithPresets(660)).toEqual([
      { presetKey: 'essential6', presetMinutes: 360, differenceMinutes: 300, ratio: 660 / 360 },
      { presetKey: 'low10', presetMinutes: 600, differenceMinutes: 60, ratio: 1.1 },
      { presetKey: 'high28', presetMinutes: 1680, differenceMinutes: -1020, ratio: 660 / 1680 },
    ]);
  });

  it('finds the closest preset', () => {
    expect(findClosestPreset(0)).toBe('essential6');
    expect(findClosestPreset(480)).toBe('essential6'); // tie 120/120: the smaller preset
    expect(findClosestPreset(495)).toBe('low10');
    expect(findClosestPreset(1200)).toBe('high28');
  });

  it('has differences consistent with the ratio', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_080 }), (total) => {
        for (const comparison of compareBudgetWithPresets(total)) {
          expect(comparison.presetMinutes + comparison.differenceMinutes).toBe(total);
          expect(comparison.ratio * comparison.presetMinutes).toBeCloseTo(total, 6);
        }
      }),
    );
  });

  it('summarises a budget', () => {
    const { categories } = applyBudgetPreset(createWorkspaceCategories(), 'low10');
    const summary = summarizeBudget(categories);
    expect(summary.totalMinutes).toBe(600);
    expect(summary.closestPreset).toBe('low10');
    expect(summary.presets[1]?.differenceMinutes).toBe(0);
  });
});
