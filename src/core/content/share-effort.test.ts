import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesOfSeconds, shareOut } from './share-effort.js';

describe('shareOut', () => {
  it('shares a batch session equally, the leftover minutes to the first posts', () => {
    expect(shareOut(90, 5)).toEqual([18, 18, 18, 18, 18]);
    expect(shareOut(92, 5)).toEqual([19, 19, 18, 18, 18]);
    expect(shareOut(2, 3)).toEqual([1, 1, 0]);
    expect(shareOut(0, 2)).toEqual([0, 0]);
    expect(shareOut(45, 1)).toEqual([45]);
    expect(shareOut(10, 0)).toEqual([]);
  });

  it('follows weights, giving leftovers to the largest remainders', () => {
    expect(shareOut(10, 3, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(shareOut(7, 2, [0, 0])).toEqual([4, 3]);
  });

  it('refuses what cannot be shared', () => {
    expect(() => shareOut(-1, 2)).toThrow(RangeError);
    expect(() => shareOut(1.5, 2)).toThrow(RangeError);
    expect(() => shareOut(3, 2, [1])).toThrow(RangeError);
  });

  it('keeps the total and stays within one minute of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const shares = shareOut(total, weights.length, weights);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total);
          const allZero = weights.every((weight) => weight === 0);
          const used = allZero ? weights.map(() => 1) : weights;
          const weightSum = used.reduce((sum, weight) => sum + weight, 0);
          shares.forEach((share, index) => {
            const exact = (total * (used[index] ?? 0)) / weightSum;
            expect(Number.isInteger(share)).toBe(true);
            expect(Math.abs(share - exact)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe('minutesOfSeconds', () => {
  it('rounds to the nearest minute', () => {
    expect(minutesOfSeconds(89)).toBe(1);
    expect(minutesOfSeconds(90)).toBe(2);
    expect(minutesOfSeconds(5400)).toBe(90);
    expect(minutesOfSeconds(0)).toBe(0);
  });
});
