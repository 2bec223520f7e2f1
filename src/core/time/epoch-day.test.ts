import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  fromEpochDay,
  isoWeekdayOf,
  isoWeekdayOfEpochDay,
  toEpochDay,
  weekStartOfEpochDay,
} from './epoch-day.js';
import { addMinutesToWallClock, minutesToWallClock, wallClockToMinutes } from './local-values.js';

describe('epoch days', () => {
  it('numbers days from 1970-01-01, a Thursday', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(isoWeekdayOfEpochDay(0)).toBe(4);
    expect(isoWeekdayOfEpochDay(-4)).toBe(7);
    expect(fromEpochDay(toEpochDay('2026-03-29'))).toBe('2026-03-29');
    expect(fromEpochDay(weekStartOfEpochDay(toEpochDay('2026-03-29')))).toBe('2026-03-23');
  });

  it('round-trips and agrees with Temporal on dates and weekdays', () => {
    const epoch = Temporal.PlainDate.from('1970-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        const date = fromEpochDay(day);
        const temporal = epoch.add({ days: day });
        expect(date).toBe(temporal.toString());
        expect(toEpochDay(date)).toBe(day);
        expect(toEpochDay(temporal)).toBe(day);
        expect(isoWeekdayOf(date)).toBe(temporal.dayOfWeek);
        expect(addDaysToDate(date, 10)).toBe(fromEpochDay(day + 10));
      }),
    );
  });

  it('rejects unreal dates', () => {
    expect(() => toEpochDay('2026-02-29')).toThrow(RangeError);
    expect(toEpochDay('2028-02-29')).toBe(toEpochDay('2028-03-01') - 1);
  });
});

describe('wall-clock arithmetic', () => {
  it('wraps around the 24-hour dial', () => {
    expect(wallClockToMinutes('09:30')).toBe(570);
    expect(minutesToWallClock(1500)).toBe('01:00');
    expect(minutesToWallClock(-30)).toBe('23:30');
    expect(addMinutesToWallClock('23:30', 60)).toBe('00:30');
  });
});
