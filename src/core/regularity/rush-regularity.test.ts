import { describe, expect, it } from 'vitest';
import { computeNetworkRegularity, type RegularityPost } from './network-regularity.js';
import { rushMinimumPosts } from './rush-regularity.js';

const paris = 'Europe/Paris';
const linkedin = (at: string, isPublished = true): RegularityPost => ({
  network: 'linkedin',
  at,
  isPublished,
});

function regularityOf(now: string, posts: RegularityPost[], rushWeeks: string[], target = 3) {
  const [line] = computeNetworkRegularity({
    now,
    zone: paris,
    targets: [{ network: 'linkedin', targetPostsPerWeek: target }],
    posts,
    rushWeeks,
  });
  if (!line) throw new Error('no line');
  return line;
}

/** Three posts on Monday, Wednesday and Friday of each week starting on these Mondays (09:00 Paris). */
function threeAWeek(mondays: string[]): RegularityPost[] {
  return mondays.flatMap((monday) =>
    [0, 2, 4].map((offset) => {
      const day = new Date(`${monday}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + offset);
      return linkedin(`${day.toISOString().slice(0, 10)}T07:00:00Z`);
    }),
  );
}

describe('rushMinimumPosts', () => {
  it('asks one post a week, or less when the target itself asks less', () => {
    expect(rushMinimumPosts(3)).toBe(1);
    expect(rushMinimumPosts(1)).toBe(1);
    expect(rushMinimumPosts(0.5)).toBe(0.5);
  });
});

describe.each([
  // Spring: Sunday 29 March 2026 loses an hour; the rush week is 23-29 March.
  [
    'spring change',
    ['2026-03-09', '2026-03-16'],
    '2026-03-23',
    '2026-03-27T06:30:00Z',
    '2026-03-30T10:00:00Z',
  ],
  // Autumn: Sunday 25 October 2026 gains an hour; the rush week is 19-25 October.
  [
    'autumn change',
    ['2026-10-05', '2026-10-12'],
    '2026-10-19',
    '2026-10-25T21:30:00Z',
    '2026-10-26T10:00:00Z',
  ],
])('a rush week over the %s', (_, normalWeeks, rushWeek, onePostAt, mondayAfter) => {
  const posts = [...threeAWeek(normalWeeks), linkedin(onePostAt)];

  it('keeps the streak with one post where the target asks three', () => {
    const withRush = regularityOf(mondayAfter, posts, [rushWeek]);
    expect(withRush.history.at(-2)).toEqual({
      weekStart: rushWeek,
      published: 1,
      onTarget: true,
      isRush: true,
    });
    expect(withRush.streakWeeks).toBe(3);
    const withoutRush = regularityOf(mondayAfter, posts, []);
    expect(withoutRush.history.at(-2)?.onTarget).toBe(false);
    expect(withoutRush.streakWeeks).toBe(0);
  });

  it('asks only the minimum during the week, and nags no earlier than the week\u2019s last day', () => {
    // Tuesday of the rush week, the last post on the Friday before: normally silent from Monday.
    const tuesday = `${rushWeek.slice(0, 8)}${String(Number(rushWeek.slice(8)) + 1).padStart(2, '0')}T10:00:00Z`;
    const before = threeAWeek(normalWeeks);
    const normal = regularityOf(tuesday, before, []);
    expect(normal.gap).toBe('overdue');
    expect(normal.thisWeek.missing).toBe(3);
    const rush = regularityOf(tuesday, before, [rushWeek]);
    expect(rush.thisWeek).toEqual({ published: 0, scheduled: 0, missing: 1, isRush: true });
    const sunday = `${rushWeek.slice(0, 8)}${String(Number(rushWeek.slice(8)) + 6).padStart(2, '0')}`;
    expect(rush.silentFrom).toBe(sunday);
    expect(rush.gap).toBe('none');
  });

  it('is covered to the end of the rush week by one planned post, and the week after asks the target again', () => {
    const tuesday = `${rushWeek.slice(0, 8)}${String(Number(rushWeek.slice(8)) + 1).padStart(2, '0')}T10:00:00Z`;
    const rush = regularityOf(tuesday, [...threeAWeek(normalWeeks), linkedin(onePostAt, false)], [rushWeek]);
    expect(rush.thisWeek.missing).toBe(0);
    expect(rush.gap).toBe('none');
    // The post covers to Sunday; the Monday after is the first day the normal target asks for again.
    const mondayDate = mondayAfter.slice(0, 10);
    const postDay = onePostAt.slice(0, 10);
    const normalCover = new Date(`${postDay}T12:00:00Z`);
    normalCover.setUTCDate(normalCover.getUTCDate() + 3);
    const expected =
      normalCover.toISOString().slice(0, 10) > mondayDate
        ? normalCover.toISOString().slice(0, 10)
        : mondayDate;
    expect(rush.silentFrom).toBe(expected);
  });
});
