import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExactAmount, roundHalfAwayFromZero, toExactFactor } from './rounding.js';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(createExactAmount(5n, 2n))).toBe(3);
    expect(roundHalfAwayFromZero(createExactAmount(-5n, 2n))).toBe(-3);
    expect(roundHalfAwayFromZero(createExactAmount(7n, 3n))).toBe(2);
    expect(roundHalfAwayFromZero(createExactAmount(-7n, 3n))).toBe(-2);
    expect(roundHalfAwayFromZero(createExactAmount(0n, 9n))).toBe(0);
  });

  it('stays within half a unit of the exact value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const rounded = BigInt(roundHalfAwayFromZero(createExactAmount(n, d)));
          const error = rounded * d - n; // in units of 1/d
          expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(d);
        },
      ),
    );
  });

  it('refuses amounts beyond safe integers and non-positive denominators', () => {
    expect(() => roundHalfAwayFromZero(createExactAmount(2n ** 60n, 1n))).toThrow(RangeError);
    expect(() => createExactAmount(1n, 0n)).toThrow(RangeError);
  });
});

describe('toExactFactor', () => {
  it('keeps four decimals', () => {
    expect(toExactFactor(1.45)).toEqual({ numerator: 14_500n, denominator: 10_000n });
    expect(toExactFactor(1.42345)).toEqual({ numerator: 14_235n, denominator: 10_000n });
  });
});
