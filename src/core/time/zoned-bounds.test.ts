import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalDate, isValidTimeZone, isWallClockTime, normaliseTimeZone } from './local-values.js';
import { minutesBetween } from './split-interval.js';
import {
  dayBounds,
  getLocalDate,
  getLocalWallClockTime,
  weekBounds,
  zonedWeekStart,
} from './zoned-bounds.js';

const PARIS = 'Europe/Paris';

describe('zonedWeekStart', () => {
  it('returns the Monday of a local date', () => {
    expect(zonedWeekStart('2026-03-29', PARIS)).toBe('2026-03-23');
    expect(zonedWeekStart('2026-03-30', PARIS)).toBe('2026-03-30');
  });

  it('converts an instant to its local date first', () => {
    // Sunday 22:30Z is already Monday 00:30 in Paris (summer time) ...
    expect(zonedWeekStart('2026-06-07T22:30:00Z', PARIS)).toBe('2026-06-08');
    // ... but still Sunday in UTC and in New York.
    expect(zonedWeekStart('2026-06-07T22:30:00Z', 'UTC')).toBe('2026-06-01');
    expect(zonedWeekStart('2026-06-07T22:30:00Z', 'America/New_York')).toBe('2026-06-01');
  });

  it('supports other week starts', () => {
    expect(zonedWeekStart('2026-03-29', PARIS, 7)).toBe('2026-03-29');
    expect(zonedWeekStart('2026-03-28', PARIS, 7)).toBe('2026-03-22');
    expect(() => zonedWeekStart('2026-03-28', PARIS, 0)).toThrow(RangeError);
  });

  it('gives a date the same week start as its instant at local noon, for every week start', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 7 }),
        (moment, weekStartsOn) => {
          const date = moment.toISOString().slice(0, 10);
          expect(zonedWeekStart(date, 'UTC', weekStartsOn)).toBe(
            zonedWeekStart(`${date}T12:00:00Z`, 'UTC', weekStartsOn),
          );
        },
      ),
    );
  });

  it('refuses an unreal date', () => {
    expect(() => zonedWeekStart('2026-02-30', PARIS)).toThrow(RangeError);
  });
});

describe('weekBounds and dayBounds', () => {
  it('makes a spring DST week 167 hours long', () => {
    const bounds = weekBounds('2026-03-23', PARIS);
    expect(bounds).toEqual({ start: '2026-03-22T23:00:00Z', end: '2026-03-29T22:00:00Z' });
    expect(minutesBetween(bounds.start, bounds.end)).toBe(167 * 60);
  });

  it('makes an autumn DST week 169 hours long', () => {
    const bounds = weekBounds('2026-10-19', PARIS);
    expect(bounds).toEqual({ start: '2026-10-18T22:00:00Z', end: '2026-10-25T23:00:00Z' });
    expect(minutesBetween(bounds.start, bounds.end)).toBe(169 * 60);
  });

  it('gives 23, 24 and 25 hour days', () => {
    const hours = (date: string) => {
      const { start, end } = dayBounds(date, PARIS);
      return minutesBetween(start, end) / 60;
    };
    expect([hours('2026-03-29'), hours('2026-06-01'), hours('2026-10-25')]).toEqual([23, 24, 25]);
  });

  it('starts a day at its first existing instant when midnight is skipped', () => {
    // Chile springs forward at 00:00 -> 01:00 (2026-09-06).
    const { start } = dayBounds('2026-09-06', 'America/Santiago');
    expect(start).toBe('2026-09-06T04:00:00Z');
    expect(getLocalWallClockTime(start, 'America/Santiago')).toBe('01:00');
  });

  it('reads local dates and times of instants', () => {
    expect(getLocalDate('2026-03-29T22:30:00Z', PARIS)).toBe('2026-03-30');
    expect(getLocalWallClockTime('2026-03-29T22:30:00Z', PARIS)).toBe('00:30');
    expect(getLocalDate('2026-03-29T22:30:00+02:00', 'UTC')).toBe('2026-03-29');
    expect(() => getLocalDate('2026-03-29T22:30:00', PARIS)).toThrow(RangeError);
  });
});

describe('value checks', () => {
  it('validates dates, times and zones strictly', () => {
    expect([isLocalDate('2026-02-28'), isLocalDate('2026-02-29'), isLocalDate('20260228')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isWallClockTime('00:00'), isWallClockTime('23:59'), isWallClockTime('24:00')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([isValidTimeZone('Europe/Paris'), isValidTimeZone('UTC'), isValidTimeZone('+01:00')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(normaliseTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(normaliseTimeZone('Nowhere/Land')).toBeNull();
  });
});
