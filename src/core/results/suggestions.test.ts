import { describe, expect, it } from 'vitest';
import { engagementOf, engagementRatePercent, rankPosts } from './engagement.js';
import { suggestNextHour } from './next-hour.js';
import { addUtmParameters, readUtmParameters, toCampaignSlug } from './utm.js';

describe('where the next hour should go', () => {
  const linkedin = { network: 'linkedin', minutes: 600, leads: 4, clients: 1, revenueCents: 300_000 };
  const instagram = { network: 'instagram', minutes: 600, leads: 3, clients: 0, revenueCents: 0 };

  it('suggests the network that brought the most per hour, against the runner-up', () => {
    const suggestion = suggestNextHour([instagram, linkedin]);
    expect(suggestion).toMatchObject({ kind: 'suggest', network: 'linkedin', comparedWith: 'instagram' });
    expect(suggestion.rates[0]).toMatchObject({
      revenuePerHourCents: 30_000,
      outcomesPerTenHours: 5,
      isEnough: true,
    });
  });

  it('says nothing from too little data: one network, or a network under the thresholds', () => {
    expect(suggestNextHour([linkedin]).kind).toBe('too_little_data');
    expect(suggestNextHour([linkedin, { ...instagram, minutes: 239 }]).kind).toBe('too_little_data');
    expect(suggestNextHour([linkedin, { ...instagram, leads: 2 }]).kind).toBe('too_little_data');
    expect(suggestNextHour([linkedin, { ...instagram, minutes: 240 }]).kind).toBe('suggest');
    expect(suggestNextHour([]).kind).toBe('too_little_data');
  });
});

describe('engagement and rankings', () => {
  const none = {
    impressions: null,
    reactions: null,
    comments: null,
    shares: null,
    quotes: null,
    clicks: null,
    saves: null,
  };
  it('sums interactions, keeps clicks apart, knows when nothing is known', () => {
    expect(engagementOf(none)).toBeNull();
    expect(engagementOf({ ...none, reactions: 10, comments: 2, clicks: 50 })).toBe(12);
    expect(engagementRatePercent(12, 1000)).toBe(1.2);
    expect(engagementRatePercent(12, 0)).toBeNull();
    expect(engagementRatePercent(null, 1000)).toBeNull();
  });

  it('ranks best and worst only from enough posts, deterministically', () => {
    const post = (id: string, engagement: number, ratePercent: number | null = null) => ({
      postVersionId: id,
      engagement,
      ratePercent,
    });
    expect(rankPosts([post('a', 3), post('b', 1)])).toEqual({ best: [], worst: [], isThin: true });
    const ranked = rankPosts([
      post('a', 3),
      post('b', 10),
      post('c', 10, 2),
      post('d', 0),
      post('e', 5),
      post('f', 1),
    ]);
    expect(ranked.best.map((item) => item.postVersionId)).toEqual(['c', 'b', 'e']);
    expect(ranked.worst.map((item) => item.postVersionId)).toEqual(['d', 'f', 'a']);
    // Five posts: two best, two worst, never the same post in both lists.
    const five = rankPosts([post('a', 1), post('b', 2), post('c', 3), post('d', 4), post('e', 5)]);
    expect(five.best.map((item) => item.postVersionId)).toEqual(['e', 'd']);
    expect(five.worst.map((item) => item.postVersionId)).toEqual(['a', 'b']);
  });
});

describe('tracked links', () => {
  it('adds source, medium and campaign, keeping what the person wrote', () => {
    expect(
      addUtmParameters('https://exemple.fr/menu?x=1', { network: 'linkedin', campaign: "Conseils d'été" }),
    ).toBe('https://exemple.fr/menu?x=1&utm_source=linkedin&utm_medium=social&utm_campaign=conseils-d-ete');
    expect(
      addUtmParameters('https://exemple.fr/?utm_campaign=noel', { network: 'bluesky', campaign: 'Autre' }),
    ).toBe('https://exemple.fr/?utm_campaign=noel&utm_source=bluesky&utm_medium=social');
    expect(addUtmParameters('https://exemple.fr/', { network: 'x', campaign: null })).toBe(
      'https://exemple.fr/?utm_source=x&utm_medium=social',
    );
    expect(addUtmParameters('mailto:a@b.fr', { network: 'x', campaign: null })).toBe('mailto:a@b.fr');
    expect(addUtmParameters('pas une adresse', { network: 'x', campaign: null })).toBe('pas une adresse');
    expect(toCampaignSlug('  Été 2026 : Nouveautés!  ')).toBe('ete-2026-nouveautes');
    expect(readUtmParameters('https://a.fr/?utm_source=linkedin&utm_campaign=noel')).toEqual({
      source: 'linkedin',
      medium: null,
      campaign: 'noel',
      content: null,
    });
  });
});

describe('engagement per group', () => {
  it('averages per key with the sample size, best first, thin under three posts', async () => {
    const { averageEngagementBy } = await import('./engagement.js');
    const posts = [
      { postVersionId: 'a', engagement: 10, ratePercent: 2, network: 'linkedin' },
      { postVersionId: 'b', engagement: 20, ratePercent: null, network: 'linkedin' },
      { postVersionId: 'c', engagement: 30, ratePercent: 4, network: 'linkedin' },
      { postVersionId: 'd', engagement: 50, ratePercent: null, network: 'instagram' },
    ];
    expect(averageEngagementBy(posts, (post) => post.network)).toEqual([
      { key: 'instagram', posts: 1, averageEngagement: 50, averageRatePercent: null, isThin: true },
      { key: 'linkedin', posts: 3, averageEngagement: 20, averageRatePercent: 3, isThin: false },
    ]);
  });
});
