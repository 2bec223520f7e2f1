import { describe, expect, it } from 'vitest';
import type { PillarBalanceLine } from './pillar-balance.js';
import { type RushIdeaCandidate, suggestRushIdeas } from './rush-ideas.js';

// The rush week of Monday 23 March 2026: Paris moves to summer time on Sunday 29 March.
const base = {
  weekStart: '2026-03-23',
  zone: 'Europe/Paris',
  now: '2026-03-23T06:00:00Z', // Monday 07:00 in Paris
  targets: [
    { network: 'linkedin' as const, targetPostsPerWeek: 3 },
    { network: 'instagram' as const, targetPostsPerWeek: 2 },
    { network: 'mastodon' as const, targetPostsPerWeek: null },
  ],
  slots: [
    { network: 'linkedin' as const, weekday: 2, time: '09:00' },
    { network: 'instagram' as const, weekday: 7, time: '09:00' },
  ],
  versions: [],
  pillarBalance: [] as PillarBalanceLine[],
};

const idea = (id: string, fields: Partial<RushIdeaCandidate> = {}): RushIdeaCandidate => ({
  id,
  network: null,
  pillarId: null,
  status: 'new',
  createdAt: '2026-03-01T10:00:00Z',
  ...fields,
});

const line = (pillarId: string, gapPercent: number): PillarBalanceLine => ({
  pillarId,
  posts: 0,
  actualPercent: 0,
  targetPercent: 0,
  gapPercent,
});

describe('suggestRushIdeas', () => {
  it('offers, per network with a target and no post, its next empty slot and nothing when the notebook is empty', () => {
    const lines = suggestRushIdeas({ ...base, ideas: [] });
    // Mastodon has no target: a rush week asks nothing of it.
    expect(lines.map((item) => item.network)).toEqual(['linkedin', 'instagram']);
    expect(lines[0]).toMatchObject({ state: 'empty', ideas: [], draftPostId: null });
    expect(lines[0]?.slot).toMatchObject({
      localDate: '2026-03-24',
      time: '09:00',
      instant: '2026-03-24T08:00:00Z',
    });
  });

  it('places the Sunday slot of a DST week at 09:00 summer time, and weighs posts by their local day', () => {
    const lines = suggestRushIdeas({
      ...base,
      ideas: [],
      versions: [
        // Sunday 29 March 23:30 CEST is 21:30 UTC: still this week, so LinkedIn is covered.
        { postId: 'p1', network: 'linkedin', at: '2026-03-29T21:30:00Z', isDraft: false },
        // Monday 30 March 00:30 CEST (22:30 UTC on the 29th): next week's, Instagram stays empty.
        { postId: 'p2', network: 'instagram', at: '2026-03-29T22:30:00Z', isDraft: false },
      ],
    });
    expect(lines[0]).toMatchObject({ network: 'linkedin', state: 'covered', slot: null });
    expect(lines[1]?.state).toBe('empty');
    expect(lines[1]?.slot).toMatchObject({ localDate: '2026-03-29', instant: '2026-03-29T07:00:00Z' });
  });

  it('offers only ideas for that network or any network, never archived or used ones', () => {
    const lines = suggestRushIdeas({
      ...base,
      ideas: [
        idea('for-instagram', { network: 'instagram' }),
        idea('archived', { status: 'archived' }),
        idea('used', { status: 'used', network: 'linkedin' }),
        idea('planned', { status: 'planned', network: 'linkedin' }),
        idea('anywhere', { createdAt: '2026-03-02T10:00:00Z' }),
      ],
    });
    expect(lines[0]?.ideas.map((item) => item.id)).toEqual(['planned', 'anywhere']);
    expect(lines[1]?.ideas.map((item) => item.id)).toEqual(['for-instagram', 'anywhere']);
  });

  it('offers nothing to a network whose only ideas are for other networks', () => {
    const lines = suggestRushIdeas({
      ...base,
      ideas: [
        idea('mastodon-only', { network: 'mastodon' }),
        idea('instagram-only', { network: 'instagram' }),
      ],
    });
    expect(lines[0]).toMatchObject({ network: 'linkedin', state: 'empty', ideas: [] });
    expect(lines[1]?.ideas.map((item) => item.id)).toEqual(['instagram-only']);
  });

  it('puts the pillar the editorial line is shortest of first, then the network’s own, then the oldest', () => {
    const lines = suggestRushIdeas({
      ...base,
      pillarBalance: [line('tips', 20), line('behind', -30), line('offers', 0)],
      ideas: [
        idea('no-pillar', { createdAt: '2026-01-01T00:00:00Z' }),
        idea('tips', { pillarId: 'tips' }),
        idea('behind-any', { pillarId: 'behind', createdAt: '2026-02-01T00:00:00Z' }),
        idea('behind-linkedin', {
          pillarId: 'behind',
          network: 'linkedin',
          createdAt: '2026-03-10T00:00:00Z',
        }),
        idea('offers', { pillarId: 'offers' }),
        idea('deleted-pillar', { pillarId: 'gone' }),
      ],
      perNetwork: 6,
    });
    expect(lines[0]?.ideas.map((item) => item.id)).toEqual([
      'behind-linkedin',
      'behind-any',
      'offers',
      'tips',
      'no-pillar',
      'deleted-pillar',
    ]);
    // Three by default.
    expect(suggestRushIdeas({ ...base, ideas: lines[0]?.ideas ?? [] })[0]?.ideas).toHaveLength(3);
  });

  it('shows a draft given a time this week as waiting, and skips slots already past or taken', () => {
    const lines = suggestRushIdeas({
      ...base,
      now: '2026-03-24T09:00:00Z', // Tuesday 10:00: LinkedIn's only slot has passed
      slots: [...base.slots, { network: 'instagram', weekday: 6, time: '09:00' }],
      ideas: [idea('anywhere')],
      versions: [
        { postId: 'draft', network: 'instagram', at: '2026-03-28T08:00:00Z', isDraft: true },
        { postId: 'unplaced', network: 'linkedin', at: null, isDraft: true },
      ],
    });
    expect(lines[0]).toMatchObject({ network: 'linkedin', state: 'empty', slot: null });
    expect(lines[0]?.ideas.map((item) => item.id)).toEqual(['anywhere']);
    expect(lines[1]).toMatchObject({ network: 'instagram', state: 'draft_waiting', draftPostId: 'draft' });
  });
});
