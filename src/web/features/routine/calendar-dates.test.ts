import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  datesBetween,
  fromLocalDateTime,
  isoWeekdayOfDate,
  moveSeriesWeekday,
  toLocalDate,
  toLocalTime,
} from './calendar-dates.js';

describe('calendar dates', () => {
  it('reads back the wall-clock date and time it was built from, whatever the process zone', () => {
    const date = fromLocalDateTime('2026-03-29', '02:30');
    // 02:30 does not exist in Paris that night; as a floating time it is still that day.
    expect(toLocalDate(date)).toBe('2026-03-29');
    expect(isoWeekdayOfDate(fromLocalDateTime('2026-11-25', '09:30'))).toBe(3);
    expect(toLocalTime(fromLocalDateTime('2026-11-25', '09:30'))).toBe('09:30');
  });

  it('moves one weekday of a series, refusing to merge two days into one', () => {
    expect(moveSeriesWeekday([3], 3, 4)).toEqual([4]);
    expect(moveSeriesWeekday([1, 3, 5], 5, 2)).toEqual([1, 2, 3]);
    expect(moveSeriesWeekday([2, 4], 2, 4)).toBeNull();
    expect(moveSeriesWeekday([2, 4], 2, 2)).toEqual([2, 4]);
  });

  it('keeps as many weekdays as the series had, each once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        (weekdays, index, toDay) => {
          const fromDay = weekdays[index % weekdays.length] as number;
          const moved = moveSeriesWeekday(weekdays, fromDay, toDay);
          if (moved === null) {
            expect(weekdays).toContain(toDay);
            return;
          }
          expect(moved).toHaveLength(weekdays.length);
          expect(new Set(moved).size).toBe(moved.length);
          expect(moved).toContain(toDay);
        },
      ),
    );
  });
});

describe('the range the calendar shows', () => {
  it('steps over months and the clock change by whole local days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-11-30', 3)).toBe('2026-12-03');
    expect(addDays('2026-12-03', -7)).toBe('2026-11-26');
  });

  it('lists the dates of a range', () => {
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });
});
