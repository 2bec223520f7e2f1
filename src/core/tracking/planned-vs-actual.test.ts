import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRoundedTotal, computeCostCents, computeWeekCost } from './cost.js';
import { computePlannedVsActual, selectRoutineMinutes } from './planned-vs-actual.js';

describe('computePlannedVsActual', () => {
  it('compares budget, routine and tracked time per category with costs', () => {
    const result = computePlannedVsActual({
      budgetMinutesByCategory: { communication: 180, blogging: 120 },
      routineMinutesByCategory: { communication: 150, blogging: 60, analysis: 30 },
      trackedSecondsByCategory: { communication: 12_600, curation: 1800 },
      hourlyCostCents: 4500,
      categoryOrder: ['blogging', 'communication'],
    });
    expect(result.rows.map((row) => row.categoryId)).toEqual([
      'blogging',
      'communication',
      'analysis',
      'curation',
    ]);
    expect(result.rows[1]).toEqual({
      categoryId: 'communication',
      budgetMinutes: 180,
      routineMinutes: 150,
      trackedSeconds: 12_600,
      trackedMinutes: 210,
      trackedMinusBudgetSeconds: 1800,
      routineMinusBudgetMinutes: -30,
      budgetUsedRatio: 12_600 / 10_800,
      trackedCostCents: 15_750,
      budgetCostCents: 13_500,
    });
    expect(result.rows[3]).toMatchObject({
      categoryId: 'curation',
      budgetUsedRatio: null,
      trackedCostCents: 2250,
    });
    expect(result.totals).toMatchObject({
      budgetMinutes: 300,
      routineMinutes: 240,
      trackedSeconds: 14_400,
      trackedMinutes: 240,
      trackedMinusBudgetSeconds: -3600,
      budgetUsedRatio: 0.8,
      trackedCostCents: 18_000,
      budgetCostCents: 22_500,
    });
  });

  it('rounds the total cost once and makes the rows add up to it', () => {
    // 20 s at 90 cents/h is exactly 0.5 cent per row; the exact total 1.5 rounds once to 2.
    const result = computePlannedVsActual({
      budgetMinutesByCategory: {},
      routineMinutesByCategory: {},
      trackedSecondsByCategory: { a: 20, b: 20, c: 20 },
      hourlyCostCents: 90,
    });
    expect(result.totals.trackedCostCents).toBe(2);
    expect(result.rows.map((row) => row.trackedCostCents)).toEqual([1, 1, 0]);
  });

  it('refuses negative or fractional inputs', () => {
    const base = { budgetMinutesByCategory: {}, routineMinutesByCategory: {}, hourlyCostCents: 100 };
    expect(() => computePlannedVsActual({ ...base, trackedSecondsByCategory: { a: -1 } })).toThrow(
      RangeError,
    );
    expect(() => computePlannedVsActual({ ...base, trackedSecondsByCategory: { a: 1.5 } })).toThrow(
      RangeError,
    );
  });
});

describe('costs', () => {
  it('rounds half away from zero once', () => {
    expect(computeCostCents(1800, 4501)).toBe(2251); // 2250.5
    expect(computeCostCents(1, 1799)).toBe(0); // 0.4997
    expect(computeCostCents(1, 1800)).toBe(1); // 0.5
  });

  it('computes a week cost over several hourly rates', () => {
    expect(
      computeWeekCost({
        tracked: [
          { seconds: 6 * 3600, hourlyCostCents: 6000 },
          { seconds: 1800, hourlyCostCents: 1501 },
          { seconds: 1800, hourlyCostCents: 1500 },
        ],
      }),
    ).toEqual({ totalSeconds: 25_200, costCents: 37_501 }); // 36000 + 750.5 + 750
  });

  it('allocates parts that sum to the once-rounded total, each within one unit', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000_000 }), { maxLength: 12 }), (numerators) => {
        const { parts, total } = allocateRoundedTotal(numerators, 3600);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        expect(total).toBe(Math.round(numerators.reduce((sum, value) => sum + value, 0) / 3600));
        parts.forEach((part, index) => {
          expect(Math.abs(part - (numerators[index] ?? 0) / 3600)).toBeLessThan(1);
        });
      }),
    );
  });
});

describe('selectRoutineMinutes', () => {
  const categories = [
    { id: 'blogging', isArchived: false },
    { id: 'veille', isArchived: false },
    { id: 'old-idle', isArchived: true },
    { id: 'old-planned', isArchived: true },
  ];

  it('keeps every active category, archived ones only while planned, and no foreign category', () => {
    expect(
      selectRoutineMinutes(
        [
          { categoryId: 'blogging', minutes: 120 },
          { categoryId: 'old-idle', minutes: 0 },
          { categoryId: 'old-planned', minutes: 30 },
          { categoryId: 'elsewhere', minutes: 60 },
        ],
        categories,
      ),
    ).toEqual({ blogging: 120, veille: 0, 'old-planned': 30 });
  });

  it('gives whole, non-negative minutes', () => {
    expect(
      selectRoutineMinutes(
        [
          { categoryId: 'blogging', minutes: 29.6 },
          { categoryId: 'veille', minutes: -5 },
        ],
        categories.slice(0, 2),
      ),
    ).toEqual({ blogging: 30, veille: 0 });
  });
});
