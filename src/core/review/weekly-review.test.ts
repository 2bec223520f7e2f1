import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from '../time/index.js';
import { assembleWeeklyReview, findSilentStretches, type WeeklyReviewInput } from './weekly-review.js';

const week = '2026-03-23'; // the spring change is on its Sunday, 29 March

const input = (overrides: Partial<WeeklyReviewInput> = {}): WeeklyReviewInput => ({
  weekStart: week,
  today: '2026-04-03',
  currency: 'EUR',
  hours: {
    rows: [
      { categoryId: 'replies', budgetMinutes: 180, routineMinutes: 150, trackedMinutes: 200 },
      { categoryId: 'analysis', budgetMinutes: 30, routineMinutes: 30, trackedMinutes: 0 },
    ],
    trackedCostCents: 12_000,
    adherence: { planned: 6, done: 4 },
  },
  networks: [],
  publishedDays: {},
  posts: [],
  outcomes: [],
  ...overrides,
});

const post = (id: string, engagement: number | null, ratePercent: number | null = null) => ({
  postId: id,
  network: 'linkedin' as const,
  text: id,
  publishedAt: `2026-03-2${id.length}T09:00:00Z`,
  engagement,
  impressions: null,
  ratePercent,
});

describe('findSilentStretches', () => {
  it('lets each post cover its day and the days its target allows after it', () => {
    // 3 a week: a post covers 3 days. Tuesday's covers Tuesday to Thursday.
    expect(findSilentStretches(week, '2026-03-29', ['2026-03-24'], 3)).toEqual([
      { from: '2026-03-23', to: '2026-03-23', days: 1 },
      { from: '2026-03-27', to: '2026-03-29', days: 3 },
    ]);
  });

  it('counts a post of the week before, and judges a week in progress only up to today', () => {
    expect(findSilentStretches(week, '2026-03-25', ['2026-03-19'], 7)).toEqual([]);
    expect(findSilentStretches(week, '2026-03-25', ['2026-03-16'], 7)).toEqual([
      { from: '2026-03-23', to: '2026-03-25', days: 3 },
    ]);
  });

  it('never reports a day outside the week, nor a covered day, whatever the posts', () => {
    const day = fc.integer({ min: -20, max: 10 }).map((offset) => addDaysToDate(week, offset));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), fc.integer({ min: 1, max: 14 }), (days, gap) => {
        const stretches = findSilentStretches(week, '2026-03-29', days, gap);
        const silent = stretches.reduce((sum, stretch) => sum + stretch.days, 0);
        expect(silent).toBeLessThanOrEqual(7);
        for (const stretch of stretches) {
          expect(stretch.from >= week && stretch.to <= '2026-03-29').toBe(true);
          for (const posted of days) expect(posted >= stretch.from && posted <= stretch.to).toBe(false);
        }
      }),
    );
  });
});

describe('assembleWeeklyReview', () => {
  it('adds up the hours and the routine kept, and tells a past week from the current one', () => {
    const review = assembleWeeklyReview(input());
    expect(review).toMatchObject({ weekEnd: '2026-03-29', state: 'past', judgedUntil: '2026-03-29' });
    expect(review.hours.totals).toEqual({ budgetMinutes: 210, routineMinutes: 180, trackedMinutes: 200 });
    expect(review.hours.adherence.ratio).toBeCloseTo(4 / 6);
    expect(assembleWeeklyReview(input({ today: '2026-03-27' }))).toMatchObject({
      state: 'current',
      judgedUntil: '2026-03-27',
    });
    expect(assembleWeeklyReview(input({ today: '2026-03-20' }))).toMatchObject({
      state: 'future',
      judgedUntil: null,
    });
  });

  it('finds silences only for networks with a target', () => {
    const review = assembleWeeklyReview(
      input({
        networks: [
          { network: 'bluesky', target: 3, published: 1, onTarget: false, streakWeeks: 0, allowedGapDays: 3 },
          {
            network: 'blog',
            target: null,
            published: 0,
            onTarget: false,
            streakWeeks: 0,
            allowedGapDays: null,
          },
        ],
        publishedDays: { bluesky: ['2026-03-24'] },
      }),
    );
    expect(review.networks[0]?.silentStretches).toHaveLength(2);
    expect(review.networks[1]?.silentStretches).toEqual([]);
  });

  it('does not call today silent while it lasts: the current week is judged for silence until yesterday', () => {
    const bluesky = {
      network: 'bluesky' as const,
      target: 3,
      published: 0,
      onTarget: false,
      streakWeeks: 0,
      allowedGapDays: 3,
    };
    // Last post on the Friday before: covered until Sunday, so the week starts covered.
    const silences = (today: string) =>
      assembleWeeklyReview(input({ today, networks: [bluesky], publishedDays: { bluesky: ['2026-03-20'] } }))
        .networks[0]?.silentStretches;
    expect(silences('2026-03-23')).toEqual([]);
    expect(silences('2026-03-24')).toEqual([{ from: '2026-03-23', to: '2026-03-23', days: 1 }]);
    expect(silences('2026-03-26')).toEqual([{ from: '2026-03-23', to: '2026-03-25', days: 3 }]);
    // The week over, its last day is judged too.
    expect(silences('2026-03-30')).toEqual([{ from: '2026-03-23', to: '2026-03-29', days: 7 }]);
  });

  it('ranks measured posts only, best and worst never overlapping, and says when it is thin', () => {
    const one = assembleWeeklyReview(input({ posts: [post('a', 5), post('bb', null)] }));
    expect(one.posts).toMatchObject({ published: 2, measured: 1, isThin: true });
    expect(one.posts.best.map((item) => item.postId)).toEqual(['a']);
    expect(one.posts.worst).toEqual([]);

    const many = assembleWeeklyReview(
      input({
        posts: [
          post('a', 5),
          post('bb', 40),
          post('ccc', 12, 3.5),
          post('dddd', 12, 1),
          post('eeeee', 0),
          post('f', 8),
          post('g', 1),
          post('h', 2),
        ],
      }),
    );
    expect(many.posts.isThin).toBe(false);
    expect(many.posts.best.map((item) => item.postId)).toEqual(['bb', 'ccc', 'dddd']);
    expect(many.posts.worst.map((item) => item.postId)).toEqual(['eeeee', 'g', 'h']);
  });

  it('counts outcomes in the workspace currency only, and the time cost per lead and client', () => {
    const review = assembleWeeklyReview(
      input({
        outcomes: [
          { kind: 'lead', amountCents: 0, currency: 'EUR' },
          { kind: 'lead', amountCents: 0, currency: 'EUR' },
          { kind: 'client', amountCents: 50_000, currency: 'EUR' },
          { kind: 'revenue', amountCents: 30_000, currency: 'USD' },
        ],
      }),
    );
    expect(review.outcomes).toEqual({
      leads: 2,
      clients: 1,
      revenueCents: 50_000,
      leftOutOtherCurrency: 1,
      costPerLeadCents: 6_000,
      costPerClientCents: 12_000,
    });
    expect(assembleWeeklyReview(input()).outcomes.costPerLeadCents).toBeNull();
  });
});
