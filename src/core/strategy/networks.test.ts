import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseNetworkFocus, isNetworkKey, networkKeys } from './networks.js';

describe('networks', () => {
  it('knows the twelve channels', () => {
    expect(networkKeys).toHaveLength(12);
    expect(isNetworkKey('bluesky')).toBe(true);
    expect(isNetworkKey('myspace')).toBe(false);
  });
});

describe('adviseNetworkFocus', () => {
  it('advises a beginner with several networks to start with the top priority', () => {
    expect(
      adviseNetworkFocus({
        isBeginner: true,
        chosenNetworks: [
          { network: 'instagram', priority: 2 },
          { network: 'linkedin', priority: 1 },
          { network: 'blog', priority: 3 },
        ],
      }),
    ).toEqual({
      kind: 'focus_on_one_network',
      suggestedNetwork: 'linkedin',
      laterNetworks: ['instagram', 'blog'],
      isBlocking: false,
    });
  });

  it('breaks priority ties by list order', () => {
    const advice = adviseNetworkFocus({
      isBeginner: true,
      chosenNetworks: [
        { network: 'facebook', priority: 1 },
        { network: 'tiktok', priority: 1 },
      ],
    });
    expect(advice?.suggestedNetwork).toBe('facebook');
  });

  it('gives no advice to a beginner with one network, or to an experienced user', () => {
    expect(
      adviseNetworkFocus({ isBeginner: true, chosenNetworks: [{ network: 'x', priority: 1 }] }),
    ).toBeNull();
    expect(adviseNetworkFocus({ isBeginner: true, chosenNetworks: [] })).toBeNull();
    expect(
      adviseNetworkFocus({
        isBeginner: true,
        chosenNetworks: [
          { network: 'x', priority: 1 },
          { network: 'x', priority: 2 },
        ],
      }),
    ).toBeNull();
    expect(
      adviseNetworkFocus({
        isBeginner: false,
        chosenNetworks: [
          { network: 'x', priority: 1 },
          { network: 'youtube', priority: 2 },
        ],
      }),
    ).toBeNull();
  });

  it('always suggests a chosen network with the smallest priority, never blocking', () => {
    const chosen = fc.array(
      fc.record({ network: fc.constantFrom(...networkKeys), priority: fc.integer({ min: 1, max: 5 }) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(chosen, (chosenNetworks) => {
        const advice = adviseNetworkFocus({ isBeginner: true, chosenNetworks });
        const distinct = new Set(chosenNetworks.map((c) => c.network));
        if (distinct.size <= 1) {
          expect(advice).toBeNull();
          return;
        }
        const topPriority = Math.min(...chosenNetworks.map((c) => c.priority));
        const topNetworks = chosenNetworks.filter((c) => c.priority === topPriority).map((c) => c.network);
        expect(advice?.isBlocking).toBe(false);
        expect(topNetworks).toContain(advice?.suggestedNetwork);
        expect(new Set([advice?.suggestedNetwork, ...(advice?.laterNetworks ?? [])])).toEqual(distinct);
      }),
    );
  });
});
