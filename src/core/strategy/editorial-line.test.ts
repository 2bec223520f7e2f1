import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePostsPerPillarPerWeek, validatePillarShares } from './editorial-line.js';

describe('validatePillarShares', () => {
  it('accepts integer shares summing to 100', () => {
    expect(
      validatePillarShares([
        { id: 'tips', sharePercent: 50 },
        { id: 'behind-the-scenes', sharePercent: 30 },
        { id: 'offers', sharePercent: 20 },
      ]),
    ).toEqual({ isValid: true, totalPercent: 100, gapPercent: 0, invalidPillarIds: [] });
  });

  it('reports what is missing or in excess', () => {
    expect(validatePillarShares([{ id: 'a', sharePercent: 70 }])).toMatchObject({
      isValid: false,
      gapPercent: 30,
    });
    expect(
      validatePillarShares([
        { id: 'a', sharePercent: 70 },
        { id: 'b', sharePercent: 45 },
      ]),
    ).toMatchObject({ isValid: false, totalPercent: 115, gapPercent: -15 });
    expect(validatePillarShares([])).toMatchObject({ isValid: false, gapPercent: 100 });
  });

  it('flags non-integer or out-of-range shares', () => {
    const result = validatePillarShares([
      { id: 'a', sharePercent: 50.5 },
      { id: 'b', sharePercent: 49.5 },
      { id: 'c', sharePercent: -10 },
      { id: 'd', sharePercent: 10 },
    ]);
    expect(result).toMatchObject({ isValid: false, gapPercent: 0, invalidPillarIds: ['a', 'b', 'c'] });
  });

  it('has gap + total = 100 for any shares', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 10 }), (shares) => {
        const result = validatePillarShares(
          shares.map((sharePercent, index) => ({ id: String(index), sharePercent })),
        );
        expect(result.gapPercent + result.totalPercent).toBe(100);
        expect(result.isValid).toBe(shares.reduce((sum, share) => sum + share, 0) === 100);
      }),
    );
  });
});

describe('computePostsPerPillarPerWeek', () => {
  it('splits each network target by pillar share', () => {
    const result = computePostsPerPillarPerWeek({
      pillars: [
        { id: 'tips', sharePercent: 50 },
        { id: 'offers', sharePercent: 30 },
        { id: 'team', sharePercent: 20 },
      ],
      frequencyTargets: [
        { network: 'linkedin', postsPerWeek: 3 },
        { network: 'instagram', postsPerWeek: 5 },
      ],
    });
    expect(result).toEqual([
      {
        pillarId: 'tips',
        postsPerWeek: 4,
        byNetwork: [
          { network: 'linkedin', postsPerWeek: 1.5 },
          { network: 'instagram', postsPerWeek: 2.5 },
        ],
      },
      {
        pillarId: 'offers',
        postsPerWeek: 2.4,
        byNetwork: [
          { network: 'linkedin', postsPerWeek: 0.9 },
          { network: 'instagram', postsPerWeek: 1.5 },
        ],
      },
      {
        pillarId: 'team',
        postsPerWeek: 1.6,
        byNetwork: [
          { network: 'linkedin', postsPerWeek: 0.6 },
          { network: 'instagram', postsPerWeek: 1 },
        ],
      },
    ]);
  });

  it('rejects a negative frequency', () => {
    expect(() =>
      computePostsPerPillarPerWeek({
        pillars: [{ id: 'a', sharePercent: 100 }],
        frequencyTargets: [{ network: 'blog', postsPerWeek: -1 }],
      }),
    ).toThrow(RangeError);
  });

  it('splits the targets exactly when shares sum to 100', () => {
    const sharesSummingTo100 = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
      .map((weights) => {
        const cuts = [...new Set(weights)].sort((a, b) => a - b);
        const bounds = [0, ...cuts.filter((cut) => cut > 0 && cut < 100), 100];
        return bounds.slice(1).map((bound, index) => bound - (bounds[index] ?? 0));
      });
    const targets = fc.array(fc.integer({ min: 0, max: 28 }), { maxLength: 5 });
    fc.assert(
      fc.property(sharesSummingTo100, targets, (shares, posts) => {
        const result = computePostsPerPillarPerWeek({
          pillars: shares.map((sharePercent, index) => ({ id: String(index), sharePercent })),
          frequencyTargets: posts.map((postsPerWeek) => ({ network: 'linkedin' as const, postsPerWeek })),
        });
        const expectedTotal = posts.reduce((sum, p) => sum + p, 0);
        const total = result.reduce((sum, pillar) => sum + pillar.postsPerWeek, 0);
        expect(total).toBeCloseTo(expectedTotal, 9);
        for (const pillar of result) {
          expect(pillar.postsPerWeek).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
