import { describe, expect, it } from 'vitest';
import { expandRoutine } from './expand-routine.js';
import { findOverlaps } from './find-overlaps.js';
import { generateReferenceWeek, REFERENCE_WEEK_MINUTES } from './generate-reference-week.js';
import { routineBlockSchema } from './routine-block.js';
import { summariseRoutineMinutesByCategory } from './summarise-routine-minutes.js';

const categoryIds = { communication: 'com', acquisition: 'acq', blogging: 'blog', analyse: 'ana' };

describe('generateReferenceWeek', () => {
  const blocks = generateReferenceWeek({ categoryIds, timeZone: 'Europe/Paris', startsOn: '2026-03-23' });

  it('plans exactly 6 hours a week, split as the method says', () => {
    expect(REFERENCE_WEEK_MINUTES).toBe(360);
    const minutes = summariseRoutineMinutesByCategory(blocks, '2026-03-23');
    expect(minutes).toEqual([
      { categoryId: 'com', minutes: 180 },
      { categoryId: 'acq', minutes: 90 },
      { categoryId: 'blog', minutes: 60 },
      { categoryId: 'ana', minutes: 30 },
    ]);
    expect(minutes.reduce((sum, entry) => sum + entry.minutes, 0)).toBe(REFERENCE_WEEK_MINUTES);
  });

  it('lays each day out chronologically from 09:00, replies first', () => {
    const week = expandRoutine(blocks, [], '2026-03-22T23:00:00Z', '2026-03-29T22:00:00Z');
    expect(week.map((o) => `${o.localDate} ${o.startTime}-${o.endTime} ${o.templateKey}`)).toEqual([
      '2026-03-23 09:00-10:00 replies',
      '2026-03-23 10:00-11:30 batch',
      '2026-03-24 09:00-09:30 replies',
      '2026-03-25 09:00-09:30 replies',
      '2026-03-25 09:30-10:30 deep_content',
      '2026-03-26 09:00-09:30 replies',
      '2026-03-27 09:00-09:30 replies',
      '2026-03-27 09:30-10:00 weekly_analysis',
    ]);
    for (let index = 1; index < week.length; index++) {
      const previous = week[index - 1];
      if (previous && previous.localDate === week[index]?.localDate)
        expect(previous.end <= (week[index]?.start ?? '')).toBe(true);
    }
  });

  it('produces valid, non-overlapping blocks and honours dayStart', () => {
    for (const block of blocks) {
      expect(routineBlockSchema.safeParse(block).success).toBe(true);
      expect(findOverlaps(blocks, Object.values(categoryIds), block)).toEqual([]);
    }
    const late = generateReferenceWeek({
      categoryIds,
      timeZone: 'UTC',
      startsOn: '2026-03-23',
      dayStart: '14:00',
    });
    expect(late.map((block) => block.startTime)).toEqual(['14:00', '15:00', '14:00', '14:30', '14:30']);
  });
});
