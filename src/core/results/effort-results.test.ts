import { describe, expect, it } from 'vitest';
import {
  compareCategoryWeeks,
  type EffortWeek,
  type PostEffortFact,
  summarisePostEffort,
} from './effort-results.js';

const post = (overrides: Partial<PostEffortFact>): PostEffortFact => ({
  postId: 'p',
  text: 'Post',
  publishedAt: '2026-10-05T08:00:00Z',
  minutes: 0,
  engagement: null,
  outcomes: 0,
  revenueCents: 0,
  ...overrides,
});

describe('minutes against what each post earned', () => {
  it('divides total minutes by total engagement over posts that have both', () => {
    const { posts, summary } = summarisePostEffort([
      post({ postId: 'a', minutes: 30, engagement: 10 }),
      post({ postId: 'b', minutes: 10, engagement: 90 }),
      post({ postId: 'c', minutes: 20, engagement: null }),
      post({ postId: 'd', minutes: 0, engagement: 500 }),
    ]);
    expect(posts.map((row) => row.minutesPerEngagement)).toEqual([3, 0.1, null, null]);
    expect(summary).toMatchObject({
      postsWithEffort: 3,
      measuredPosts: 2,
      minutes: 40,
      engagement: 100,
      minutesPerEngagement: 0.4,
      isThin: true,
    });
  });

  it('averages engagement per effort band, bands without figures saying so', () => {
    const { summary } = summarisePostEffort([
      post({ postId: 'a', minutes: 5, engagement: 10, outcomes: 1 }),
      post({ postId: 'b', minutes: 14, engagement: 21 }),
      post({ postId: 'c', minutes: 15, engagement: 40 }),
      post({ postId: 'd', minutes: 45, engagement: null }),
      post({ postId: 'e', minutes: 90, engagement: 7 }),
    ]);
    expect(summary.bands).toEqual([
      { key: '0-15', posts: 2, averageEngagement: 15.5, outcomes: 1 },
      { key: '15-30', posts: 1, averageEngagement: 40, outcomes: 0 },
      { key: '30-60', posts: 1, averageEngagement: null, outcomes: 0 },
      { key: '60+', posts: 1, averageEngagement: 7, outcomes: 0 },
    ]);
    // four posts with figures: under the five a ratio needs
    expect(summary.isThin).toBe(true);
  });

  it('has no ratio without engagement', () => {
    expect(summarisePostEffort([]).summary.minutesPerEngagement).toBeNull();
  });
});

const week = (index: number, veille: number, outcomes: number, engagement = 0): EffortWeek => ({
  weekStart: `2026-W${index}`,
  minutesByCategory: { veille },
  outcomes,
  engagement,
});

describe('which kinds of time are followed by results', () => {
  it('splits weeks at the median and compares the same and the next week', () => {
    // Heavier veille (120) in weeks 0, 2, 4, 6; each is followed by a week with 3 outcomes.
    const weeks = Array.from({ length: 9 }, (_, index) =>
      week(index, index % 2 === 0 ? 120 : 30, index % 2 === 1 ? 3 : 0),
    );
    const [veille] = compareCategoryWeeks(weeks, ['veille']);
    expect(veille).toMatchObject({
      weeks: 8,
      medianMinutes: 75,
      heavierWeeks: 4,
      lighterWeeks: 4,
      sameWeek: { heavier: { outcomes: 0 }, lighter: { outcomes: 3 } },
      nextWeek: { heavier: { outcomes: 3 }, lighter: { outcomes: 0 } },
      isEnoughData: true,
    });
  });

  it('says "not enough data" with too few weeks on a side or no result at all', () => {
    const few = Array.from({ length: 6 }, (_, index) => week(index, index * 10, 1));
    expect(compareCategoryWeeks(few, ['veille'])[0]?.isEnoughData).toBe(false);
    const none = Array.from({ length: 12 }, (_, index) => week(index, index * 10, 0));
    expect(compareCategoryWeeks(none, ['veille'])[0]?.isEnoughData).toBe(false);
    // a category never tracked: every week at the median, all "lighter"
    const [absent] = compareCategoryWeeks(none, ['communication']);
    expect(absent).toMatchObject({ heavierWeeks: 0, lighterWeeks: 11, isEnoughData: false });
  });
});
