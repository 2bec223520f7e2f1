import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedGapDaysFor, computeNetworkRegularity, type RegularityPost } from './network-regularity.js';

const paris = 'Europe/Paris';
const linkedin = (at: string, isPublished = true): RegularityPost => ({
  network: 'linkedin',
  at,
  isPublished,
});

function regularityOf(
  now: string,
  posts: RegularityPost[],
  options: { target?: number | null; zone?: string; lastPublishedAt?: string } = {},
) {
  const [line] = computeNetworkRegularity({
    now,
    zone: options.zone ?? paris,
    targets: [{ network: 'linkedin', targetPostsPerWeek: options.target === undefined ? 3 : options.target }],
    posts,
    ...(options.lastPublishedAt ? { lastPublishedAt: { linkedin: options.lastPublishedAt } } : {}),
  });
  if (!line) throw new Error('no line');
  return line;
}

describe('allowedGapDaysFor', () => {
  it('turns a weekly target into the longest silence it allows', () => {
    expect(allowedGapDaysFor(3)).toBe(3);
    expect(allowedGapDaysFor(1)).toBe(7);
    expect(allowedGapDaysFor(0.5)).toBe(14);
    expect(allowedGapDaysFor(14)).toBe(1);
  });
});

describe('this week against the target', () => {
  it('counts published and scheduled posts of the local week, and what is still missing', () => {
    // Wednesday 2026-06-10, 10:00 in Paris.
    const line = regularityOf(
      '2026-06-10T08:00:00Z',
      [
        linkedin('2026-06-08T07:00:00Z'),
        linkedin('2026-06-12T07:00:00Z', false),
        linkedin('2026-06-15T07:00:00Z', false), // next week
        linkedin('2026-06-05T07:00:00Z'), // last week
      ],
      { target: 4 },
    );
    expect(line.thisWeek).toEqual({ published: 1, scheduled: 1, missing: 2, isRush: false });
    expect(line.history.at(-1)).toEqual({
      weekStart: '2026-06-08',
      published: 1,
      onTarget: false,
      isRush: false,
    });
    expect(line.history).toHaveLength(8);
  });

  it('ignores a scheduled post whose time has passed without being published', () => {
    const line = regularityOf('2026-06-10T08:00:00Z', [linkedin('2026-06-09T07:00:00Z', false)]);
    expect(line.thisWeek.scheduled).toBe(0);
    expect(line.nextScheduledOn).toBeNull();
  });

  it('has neither streak nor gap for a network without a target', () => {
    const line = regularityOf('2026-06-10T08:00:00Z', [], { target: null });
    expect(line).toMatchObject({ target: null, streakWeeks: 0, gap: 'none', silentFrom: null });
    expect(line.thisWeek.missing).toBe(0);
  });
});

describe('streak of weeks on target', () => {
  const weekly = (mondays: string[]) => mondays.map((monday) => linkedin(`${monday}T08:00:00Z`));

  it('counts whole weeks in a row, and this week once it is already on target', () => {
    const fourWeeks = weekly(['2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01']);
    // This week (8 June) has no post yet: it does not break the streak of the four before.
    expect(regularityOf('2026-06-10T08:00:00Z', fourWeeks, { target: 1 }).streakWeeks).toBe(4);
    const withThisWeek = [...fourWeeks, linkedin('2026-06-09T08:00:00Z')];
    expect(regularityOf('2026-06-10T08:00:00Z', withThisWeek, { target: 1 }).streakWeeks).toBe(5);
    const withAHole = weekly(['2026-05-11', '2026-05-25', '2026-06-01']);
    expect(regularityOf('2026-06-10T08:00:00Z', withAHole, { target: 1 }).streakWeeks).toBe(2);
  });

  it('is broken by a week under target', () => {
    const posts = [
      ...weekly(['2026-05-18', '2026-05-19', '2026-05-20']),
      ...weekly(['2026-05-25', '2026-05-26']), // 2 of 3
      ...weekly(['2026-06-01', '2026-06-02', '2026-06-03']),
    ];
    expect(regularityOf('2026-06-08T08:00:00Z', posts).streakWeeks).toBe(1);
  });

  it('judges a target under one a week over the weeks it takes to ask for one post', () => {
    const everyOtherWeek = weekly(['2026-05-04', '2026-05-18', '2026-06-01']);
    const line = regularityOf('2026-06-10T08:00:00Z', everyOtherWeek, { target: 0.5 });
    expect(line.streakWeeks).toBe(6); // weeks of 4 May .. 8 June, this week kept by last week's post
    expect(line.history.map((week) => week.onTarget)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('gap warning', () => {
  it('announces the silence the plan leaves within the look-ahead', () => {
    // Target 3: a post covers 3 days. Published Monday 8 June; today Tuesday; nothing planned.
    const line = regularityOf('2026-06-09T08:00:00Z', [linkedin('2026-06-08T07:00:00Z')]);
    expect(line).toMatchObject({ allowedGapDays: 3, silentFrom: '2026-06-11', gap: 'coming' });
  });

  it('says nothing while the plan keeps the network within its target', () => {
    const line = regularityOf('2026-06-09T08:00:00Z', [
      linkedin('2026-06-08T07:00:00Z'),
      linkedin('2026-06-11T07:00:00Z', false),
      linkedin('2026-06-13T07:00:00Z', false),
    ]);
    expect(line).toMatchObject({ silentFrom: '2026-06-16', gap: 'none', nextScheduledOn: '2026-06-11' });
  });

  it('is not fooled by a post planned after the silence has begun', () => {
    const line = regularityOf('2026-06-09T08:00:00Z', [
      linkedin('2026-06-08T07:00:00Z'),
      linkedin('2026-06-20T07:00:00Z', false),
    ]);
    expect(line).toMatchObject({ silentFrom: '2026-06-11', gap: 'coming', resumesOn: '2026-06-20' });
  });

  it('tells no end to a silence when nothing is planned after it', () => {
    const line = regularityOf('2026-06-09T08:00:00Z', [
      linkedin('2026-06-08T07:00:00Z'),
      linkedin('2026-06-10T07:00:00Z', false),
    ]);
    expect(line).toMatchObject({ silentFrom: '2026-06-13', resumesOn: null });
  });

  it('is overdue once the last post is older than the target allows, until a post is planned today', () => {
    const published = linkedin('2026-06-01T07:00:00Z');
    expect(regularityOf('2026-06-09T08:00:00Z', [published])).toMatchObject({
      silentFrom: '2026-06-04',
      gap: 'overdue',
    });
    const plannedToday = linkedin('2026-06-09T16:00:00Z', false);
    expect(regularityOf('2026-06-09T08:00:00Z', [published, plannedToday])).toMatchObject({
      silentFrom: '2026-06-12',
      gap: 'coming',
    });
  });

  it('reads the last post from before the posts given', () => {
    const line = regularityOf('2026-06-09T08:00:00Z', [], {
      target: 0.25,
      lastPublishedAt: '2026-05-20T08:00:00Z',
    });
    expect(line).toMatchObject({
      lastPublishedOn: '2026-05-20',
      allowedGapDays: 28,
      silentFrom: '2026-06-17',
    });
    expect(line.gap).toBe('none');
  });

  it('asks for a first post today on a network never posted to', () => {
    expect(regularityOf('2026-06-09T08:00:00Z', [])).toMatchObject({
      silentFrom: '2026-06-09',
      gap: 'coming',
    });
  });

  it('never moves the silence earlier when a post is planned', () => {
    const day = 24 * 3600 * 1000;
    const now = Date.parse('2026-06-09T08:00:00Z');
    const instant = fc.integer({ min: -20, max: 20 }).map((days) => new Date(now + days * day).toISOString());
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: instant, isPublished: fc.boolean() }), { maxLength: 8 }),
        instant,
        fc.constantFrom(0.5, 1, 2, 3, 7),
        (posts, extra, target) => {
          const before = regularityOf(
            new Date(now).toISOString(),
            posts.map((p) => linkedin(p.at, p.isPublished)),
            {
              target,
            },
          );
          const after = regularityOf(
            new Date(now).toISOString(),
            [...posts.map((p) => linkedin(p.at, p.isPublished)), linkedin(extra, false)],
            { target },
          );
          expect((after.silentFrom ?? '') >= (before.silentFrom ?? '')).toBe(true);
        },
      ),
    );
  });
});

describe('time zones and DST', () => {
  it('puts a post in the local week of its zone (Monday 00:30 in Paris after the spring change)', () => {
    // Sunday 29 March 2026 is the spring change; Monday 30 March 00:30 CEST = Sunday 22:30 UTC.
    const post = linkedin('2026-03-29T22:30:00Z');
    const paris = regularityOf('2026-04-01T10:00:00Z', [post], { target: 1 });
    expect(paris.thisWeek.published).toBe(1);
    expect(paris.lastPublishedOn).toBe('2026-03-30');
    const utc = regularityOf('2026-04-01T10:00:00Z', [post], { target: 1, zone: 'UTC' });
    expect(utc.thisWeek.published).toBe(0);
    expect(utc.history.at(-2)).toMatchObject({ weekStart: '2026-03-23', published: 1 });
  });

  it('counts the 25-hour week of the autumn change as one week (Monday 00:30 CET)', () => {
    // Sunday 25 October 2026: clocks go back; Monday 26 October 00:30 CET = Sunday 23:30 UTC.
    const posts = [linkedin('2026-10-19T06:00:00Z'), linkedin('2026-10-25T23:30:00Z')];
    const line = regularityOf('2026-10-27T10:00:00Z', posts, { target: 1 });
    expect(line.history.slice(-2)).toEqual([
      { weekStart: '2026-10-19', published: 1, onTarget: true, isRush: false },
      { weekStart: '2026-10-26', published: 1, onTarget: true, isRush: false },
    ]);
    expect(line.streakWeeks).toBe(2);
  });

  it('counts gap days as local days across the spring change', () => {
    // Target 1 (7 days). Published Friday 27 March 2026 at 23:30 Paris (22:30 UTC): the 23-hour Sunday
    // does not shorten the cover, silence starts Friday 3 April in Paris.
    const line = regularityOf('2026-04-01T10:00:00Z', [linkedin('2026-03-27T22:30:00Z')], { target: 1 });
    expect(line).toMatchObject({ lastPublishedOn: '2026-03-27', silentFrom: '2026-04-03', gap: 'coming' });
  });

  it('follows the local day on the other side of the world', () => {
    // 2026-06-08T20:00Z is Tuesday 9 June 08:00 in Auckland, Monday 8 June 13:00 in Los Angeles.
    const post = linkedin('2026-06-08T20:00:00Z');
    expect(regularityOf('2026-06-10T00:00:00Z', [post], { zone: 'Pacific/Auckland' }).lastPublishedOn).toBe(
      '2026-06-09',
    );
    expect(
      regularityOf('2026-06-10T00:00:00Z', [post], { zone: 'America/Los_Angeles' }).lastPublishedOn,
    ).toBe('2026-06-08');
  });
});
