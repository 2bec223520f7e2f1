import { describe, expect, it } from 'vitest';
import { makeBlock } from './routine-test-fixtures.js';
import { summariseRoutineMinutesByCategory } from './summarise-routine-minutes.js';

describe('summariseRoutineMinutesByCategory', () => {
  const weekly = makeBlock({ id: 'w', weekdays: [1, 3, 5], durationMinutes: 30, categoryId: 'com' });
  const fortnightly = makeBlock({
    id: 'f',
    weekdays: [2],
    intervalWeeks: 2,
    startsOn: '2026-03-04',
    categoryId: 'blog',
  });

  it('counts a fortnightly block one week in two, anchored on the week of startsOn', () => {
    const minutesFor = (week: string) => summariseRoutineMinutesByCategory([weekly, fortnightly], week);
    // 2026-03-04 is a Wednesday: its week's Tuesday (03-03) is before startsOn, so nothing that week.
    expect(minutesFor('2026-03-02')).toEqual([
      { categoryId: 'com', minutes: 90 },
      { categoryId: 'blog', minutes: 0 },
    ]);
    expect(minutesFor('2026-03-09')[1]).toEqual({ categoryId: 'blog', minutes: 0 });
    expect(minutesFor('2026-03-16')[1]).toEqual({ categoryId: 'blog', minutes: 60 });
    expect(minutesFor('2026-03-30')[1]).toEqual({ categoryId: 'blog', minutes: 60 });
  });

  it('respects startsOn and endsOn inside the week, and sums blocks of one category', () => {
    const partial = makeBlock({
      id: 'p',
      weekdays: [1, 2, 3, 4, 5],
      startsOn: '2026-03-11',
      endsOn: '2026-03-12',
      categoryId: 'com',
    });
    expect(summariseRoutineMinutesByCategory([weekly, partial], '2026-03-09')).toEqual([
      { categoryId: 'com', minutes: 90 + 120 },
    ]);
  });
});
