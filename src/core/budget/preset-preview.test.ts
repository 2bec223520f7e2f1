import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetCategory } from './budget-minutes.js';
import { previewBudgetPreset } from './preset-preview.js';
import { applyBudgetPreset, budgetPresetKeys, computePresetTotalMinutes } from './presets.js';
import { referenceCategoryKeys } from './reference-categories.js';

function referenceCategories(minutes: Partial<Record<string, number>> = {}): BudgetCategory[] {
  return referenceCategoryKeys.map((key) => ({
    id: key,
    referenceKey: key,
    weeklyMinutes: minutes[key] ?? 0,
    isArchived: false,
  }));
}

const own = (id: string, weeklyMinutes: number, isArchived = false): BudgetCategory => ({
  id,
  referenceKey: null,
  weeklyMinutes,
  isArchived,
});

describe('previewBudgetPreset', () => {
  it('on an empty budget, lists the lines that get hours and replaces nothing', () => {
    const preview = previewBudgetPreset(referenceCategories(), 'essential6');
    expect(preview.replacesHours).toBe(false);
    expect(
      preview.changes.map((change) => [change.category.id, change.fromMinutes, change.toMinutes]),
    ).toEqual([
      ['acquisition', 0, 90],
      ['blogging', 0, 60],
      ['communication', 0, 180],
      ['analyse', 0, 30],
    ]);
    expect(preview.totalBeforeMinutes).toBe(0);
    expect(preview.totalAfterMinutes).toBe(360);
  });

  it('names the hours a preset overwrites, and leaves equal lines out', () => {
    const categories = [...referenceCategories({ blogging: 180, veille: 120 }), own('moderation', 60)];
    const preview = previewBudgetPreset(categories, 'low10');
    expect(preview.replacesHours).toBe(true);
    expect(preview.changes.find((change) => change.category.id === 'blogging')).toMatchObject({
      fromMinutes: 180,
      toMinutes: 120,
    });
    // Veille is already at the preset's 2 h: nothing to say about it.
    expect(preview.changes.some((change) => change.category.id === 'veille')).toBe(false);
    expect(preview.userDefinedWithHours.map((category) => category.id)).toEqual(['moderation']);
    expect(preview.totalBeforeMinutes).toBe(360);
    expect(preview.totalAfterMinutes).toBe(660);
  });

  it('includes own categories only when they are reset, and never archived ones', () => {
    const categories = [...referenceCategories(), own('moderation', 60), own('video', 120, true)];
    expect(previewBudgetPreset(categories, 'low10').changes.some((c) => c.category.id === 'moderation')).toBe(
      false,
    );
    const reset = previewBudgetPreset(categories, 'low10', { userDefinedCategories: 'reset' });
    expect(reset.changes.find((change) => change.category.id === 'moderation')).toMatchObject({
      fromMinutes: 60,
      toMinutes: 0,
    });
    expect(reset.changes.some((change) => change.category.id === 'video')).toBe(false);
    expect(reset.totalAfterMinutes).toBe(600);
  });

  it('agrees with applyBudgetPreset on every budget (totals, changed lines)', () => {
    const minutes = fc.integer({ min: 0, max: 40 }).map((quarters) => quarters * 15);
    const budget = fc.record({
      reference: fc.array(minutes, { minLength: 7, maxLength: 7 }),
      archived: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      own: fc.array(fc.tuple(minutes, fc.boolean()), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        budget,
        fc.constantFrom(...budgetPresetKeys),
        fc.constantFrom('keep' as const, 'reset' as const),
        (input, preset, policy) => {
          const categories: BudgetCategory[] = [
            ...referenceCategoryKeys.map((key, index) => ({
              id: key,
              referenceKey: key,
              weeklyMinutes: input.reference[index] ?? 0,
              isArchived: input.archived[index] ?? false,
            })),
            ...input.own.map(([weeklyMinutes, isArchived], index) =>
              own(`own-${index}`, weeklyMinutes, isArchived),
            ),
          ];
          const preview = previewBudgetPreset(categories, preset, { userDefinedCategories: policy });
          const applied = applyBudgetPreset(categories, preset, { userDefinedCategories: policy }).categories;
          const delta = preview.changes.reduce(
            (sum, change) => sum + change.toMinutes - change.fromMinutes,
            0,
          );
          expect(preview.totalAfterMinutes - preview.totalBeforeMinutes).toBe(delta);
          for (const change of preview.changes) {
            expect(change.fromMinutes).not.toBe(change.toMinutes);
            expect(applied.find((category) => category.id === change.category.id)?.weeklyMinutes).toBe(
              change.toMinutes,
            );
          }
          const noneArchived = input.archived.every((isArchived) => !isArchived);
          if (policy === 'reset' && noneArchived) {
            expect(preview.totalAfterMinutes).toBe(computePresetTotalMinutes(preset));
          }
        },
      ),
    );
  });
});
