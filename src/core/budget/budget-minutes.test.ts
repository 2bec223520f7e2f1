import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeBudgetTotalMinutes,
  isValidBudgetMinutes,
  MINUTES_PER_WEEK,
  roundToBudgetStep,
} from './budget-minutes.js';

describe('isValidBudgetMinutes', () => {
  it('accepts quarter hours within a week', () => {
    expect(isValidBudgetMinutes(0)).toBe(true);
    expect(isValidBudgetMinutes(45)).toBe(true);
    expect(isValidBudgetMinutes(MINUTES_PER_WEEK)).toBe(true);
  });

  it('rejects other values', () => {
    expect(isValidBudgetMinutes(20)).toBe(false);
    expect(isValidBudgetMinutes(-15)).toBe(false);
    expect(isValidBudgetMinutes(15.5)).toBe(false);
    expect(isValidBudgetMinutes(MINUTES_PER_WEEK + 15)).toBe(false);
  });
});

describe('roundToBudgetStep', () => {
  it('rounds to the nearest quarter hour, halves up, clamped', () => {
    expect(roundToBudgetStep(78)).toBe(75);
    expect(roundToBudgetStep(82.5)).toBe(90);
    expect(roundToBudgetStep(-40)).toBe(0);
    expect(roundToBudgetStep(MINUTES_PER_WEEK + 100)).toBe(MINUTES_PER_WEEK);
    expect(() => roundToBudgetStep(Number.NaN)).toThrow(RangeError);
  });

  it('always yields a valid budget within 7.5 minutes of an in-range input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MINUTES_PER_WEEK, noNaN: true }), (minutes) => {
        const rounded = roundToBudgetStep(minutes);
        expect(isValidBudgetMinutes(rounded)).toBe(true);
        expect(Math.abs(rounded - minutes)).toBeLessThanOrEqual(7.5);
      }),
    );
  });
});

describe('computeBudgetTotalMinutes', () => {
  it('adds active categories only', () => {
    expect(
      computeBudgetTotalMinutes([
        { weeklyMinutes: 120, isArchived: false },
        { weeklyMinutes: 45, isArchived: false },
        { weeklyMinutes: 600, isArchived: true },
      ]),
    ).toBe(165);
  });

  it('rejects negative or fractional minutes', () => {
    expect(() => computeBudgetTotalMinutes([{ weeklyMinutes: -15, isArchived: false }])).toThrow(RangeError);
    expect(() => computeBudgetTotalMinutes([{ weeklyMinutes: 1.5, isArchived: true }])).toThrow(RangeError);
  });

  it('is never negative and equals the sum of active minutes', () => {
    const category = fc.record({
      weeklyMinutes: fc.integer({ min: 0, max: MINUTES_PER_WEEK / 15 }).map((steps) => steps * 15),
      isArchived: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(category, { maxLength: 20 }), (categories) => {
        const total = computeBudgetTotalMinutes(categories);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total % 15).toBe(0);
        const expected = categories.filter((c) => !c.isArchived).reduce((sum, c) => sum + c.weeklyMinutes, 0);
        expect(total).toBe(expected);
      }),
    );
  });
});
