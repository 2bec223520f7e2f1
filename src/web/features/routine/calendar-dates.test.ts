import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarRangeAt,
  datesBetween,
  firstFullRoutineWeek,
  fromLocalDateTime,
  isoWeekdayOfDate,
  moveSeriesWeekday,
  toLocalDate,
  toLocalTime,
  weekAround,
} from './calendar-dates.js';

describe('calendar dates', () => {
  it('reads back the wall-clock date and time it was built from, whatever the process zone', () => {
    const date = fromLocalDateTime('2026-03-29', '02:30');
    // 02:30 does not exist in Paris that night; as a floating time it is still that day.
    expect(toLocalDate(date)).toBe('2026-03-29');
    expect(isoWeekdayOfDate(fromLocalDateTime('2026-11-25', '09:30'))).toBe(3);
    expect(toLocalTime(fromLocalDateTime('2026-11-25', '09:30'))).toBe('09:30');
  });

  it('gives the Monday-to-Sunday week around a day', () => {
    expect(weekAround(fromLocalDateTime('2026-11-25', '12:00'))).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(weekAround(fromLocalDateTime('2026-11-29', '12:00'))).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
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

  it("shows a wide screen the anchor's week and a phone three days from it", () => {
    expect(calendarRangeAt('2026-10-28', false)).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(calendarRangeAt('2026-10-24', true)).toEqual({ from: '2026-10-24', to: '2026-10-26' });
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });
});

describe('firstFullRoutineWeek', () => {
  // 2026-12-04 is a Friday; 2026-11-30 the Monday of its week.
  it('shows next week for a routine that began after this week’s Monday (generated on a Friday)', () => {
    expect(firstFullRoutineWeek(['2026-12-04', '2026-12-04'], '2026-12-04')).toBe('2026-12-07');
  });

  it('keeps this week when the routine already ran on its Monday, or is empty', () => {
    expect(firstFullRoutineWeek(['2026-11-30'], '2026-12-04')).toBeNull();
    expect(firstFullRoutineWeek(['2026-11-12', '2026-12-04'], '2026-12-04')).toBeNull();
    expect(firstFullRoutineWeek([], '2026-12-04')).toBeNull();
  });

  it('shows a routine that starts on a later Monday from that Monday', () => {
    expect(firstFullRoutineWeek(['2026-12-14'], '2026-12-04')).toBe('2026-12-14');
    expect(firstFullRoutineWeek(['2026-12-16'], '2026-12-04')).toBe('2026-12-21');
  });
});
