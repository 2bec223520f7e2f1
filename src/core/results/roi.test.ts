import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, costPer, minutesPer, returnOnInvestmentPercent, sumMoney } from './roi.js';

describe('ROI arithmetic', () => {
  it('has no ROI when nothing was spent, and -100 % when nothing came back', () => {
    expect(returnOnInvestmentPercent(50_000, 0)).toBeNull();
    expect(returnOnInvestmentPercent(0, 0)).toBeNull();
    expect(returnOnInvestmentPercent(0, 12_345)).toBe(-100);
    expect(returnOnInvestmentPercent(30_000, 10_000)).toBe(200);
    expect(returnOnInvestmentPercent(10_000, 10_000)).toBe(0);
  });

  it('rounds the ROI to a tenth of a percent, halves away from zero', () => {
    // (2 - 3) / 3 = -33.333… %; (1 + 2/3) / 1 …
    expect(returnOnInvestmentPercent(2, 3)).toBe(-33.3);
    expect(returnOnInvestmentPercent(5, 3)).toBe(66.7);
    // exactly -0.05 % -> -0.1 (away from zero); -0.005 % is 0, never -0
    expect(returnOnInvestmentPercent(19_990, 20_000)).toBe(-0.1);
    expect(returnOnInvestmentPercent(19_999, 20_000)).toBe(0);
  });

  it('divides costs to the cent, halves away from zero, and not by zero', () => {
    expect(costPer(1000, 3)).toBe(333);
    expect(costPer(1001, 2)).toBe(501);
    expect(costPer(5, 2)).toBe(3);
    expect(costPer(1000, 0)).toBeNull();
    expect(costPer(0, 4)).toBe(0);
  });

  it('never adds two currencies', () => {
    expect(
      sumMoney(
        [
          { cents: 100, currency: 'EUR' },
          { cents: 250, currency: 'EUR' },
        ],
        'EUR',
      ),
    ).toBe(350);
    expect(() =>
      sumMoney(
        [
          { cents: 100, currency: 'EUR' },
          { cents: 250, currency: 'USD' },
        ],
        'EUR',
      ),
    ).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([{ cents: 1.5, currency: 'EUR' }], 'EUR')).toThrow(RangeError);
  });

  it('minutes per thing, one decimal', () => {
    expect(minutesPer(100, 3)).toBe(33.3);
    expect(minutesPer(100, 0)).toBeNull();
  });

  it('properties: cost per unit is within half a cent of exact; ROI sign follows revenue − cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (cents, count) => {
          const per = costPer(cents, count) as number;
          expect(Number.isInteger(per)).toBe(true);
          expect(Math.abs(per * count - cents)).toBeLessThanOrEqual(count / 2);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 10_000_000_000 }),
        (revenue, cost) => {
          const roi = returnOnInvestmentPercent(revenue, cost) as number;
          expect(Math.sign(roi) === Math.sign(revenue - cost) || Math.abs(roi) <= 0.05).toBe(true);
          expect(roi).toBeGreaterThanOrEqual(-100);
        },
      ),
    );
  });
});
