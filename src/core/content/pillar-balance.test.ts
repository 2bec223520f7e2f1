import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePillarBalance } from './pillar-balance.js';
import { computeWeekProgress } from './week-targets.js';

const pillars = [
  { id: 'conseils', sharePercent: 50 },
  { id: 'coulisses', sharePercent: 30 },
  { id: 'offres', sharePercent: 20 },
];

describe('computePillarBalance', () => {
  it('compares each pillar share of the posts with its target', () => {
    const posts = [
      { pillarId: 'conseils' },
      { pillarId: 'conseils' },
      { pillarId: 'coulisses' },
      { pillarId: null },
      { pillarId: 'deleted-pillar' },
    ];
    const balance = computePillarBalance(posts, pillars);
    expect(balance.postsWithoutPillar).toBe(2);
    expect(balance.totalPosts).toBe(5);
    expect(balance.lines).toEqual([
      { pillarId: 'conseils', posts: 2, actualPercent: 66.7, targetPercent: 50, gapPercent: 16.7 },
      { pillarId: 'coulisses', posts: 1, actualPercent: 33.3, targetPercent: 30, gapPercent: 3.3 },
      { pillarId: 'offres', posts: 0, actualPercent: 0, targetPercent: 20, gapPercent: -20 },
    ]);
  });

  it('shows every target as a gap when nothing is posted yet', () => {
    expect(computePillarBalance([], pillars).lines.map((line) => line.gapPercent)).toEqual([-50, -30, -20]);
  });

  it('counts every post once and its shares add up to 100 when any post has a pillar', () => {
    const pillarIds = fc.constantFrom('conseils', 'coulisses', 'offres', null, 'other');
    fc.assert(
      fc.property(fc.array(pillarIds.map((pillarId) => ({ pillarId }))), (posts) => {
        const balance = computePillarBalance(posts, pillars);
        const counted = balance.lines.reduce((sum, line) => sum + line.posts, 0);
        expect(counted + balance.postsWithoutPillar).toBe(posts.length);
        const shares = balance.lines.reduce((sum, line) => sum + line.actualPercent, 0);
        if (counted > 0) expect(Math.abs(shares - 100)).toBeLessThanOrEqual(0.15);
      }),
    );
  });
});

describe('computeWeekProgress', () => {
  it('counts published and scheduled posts of the local week against each target', () => {
    const progress = computeWeekProgress({
      weekStart: '2026-03-23',
      zone: 'Europe/Paris',
      targets: [
        { network: 'linkedin', targetPostsPerWeek: 3 },
        { network: 'x', targetPostsPerWeek: null },
      ],
      versions: [
        { network: 'linkedin', isPublished: true, at: '2026-03-23T07:00:00Z' },
        { network: 'linkedin', isPublished: false, at: '2026-03-29T21:30:00Z' }, // Sunday 23:30 local
        { network: 'linkedin', isPublished: false, at: '2026-03-29T22:30:00Z' }, // next Monday local
        { network: 'bluesky', isPublished: false, at: '2026-03-24T10:00:00Z' },
        { network: 'x', isPublished: false, at: null },
      ],
    });
    expect(progress).toEqual([
      { network: 'linkedin', published: 1, scheduled: 1, target: 3 },
      { network: 'x', published: 0, scheduled: 0, target: null },
      { network: 'bluesky', published: 0, scheduled: 1, target: null },
    ]);
  });
});
