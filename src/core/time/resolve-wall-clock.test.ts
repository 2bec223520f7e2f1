import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectWallClock, resolveWallClock } from './resolve-wall-clock.js';

const PARIS = 'Europe/Paris';

describe('resolveWallClock', () => {
  it.each([
    ['2026-03-27', '09:00', '2026-03-27T08:00:00Z'],
    ['2026-03-30', '09:00', '2026-03-30T07:00:00Z'],
    ['2026-10-23', '09:00', '2026-10-23T07:00:00Z'],
    ['2026-10-26', '09:00', '2026-10-26T08:00:00Z'],
  ])('keeps %s %s Paris on the local clock -> %s', (date, time, expected) => {
    expect(resolveWallClock(date, time, PARIS)).toBe(expected);
  });

  it('shifts a time inside the spring-forward gap forward by the gap length', () => {
    expect(resolveWallClock('2026-03-29', '02:30', PARIS)).toBe('2026-03-29T01:30:00Z');
    expect(inspectWallClock('2026-03-29', '02:30', PARIS)).toEqual({
      instant: '2026-03-29T01:30:00Z',
      localDate: '2026-03-29',
      localTime: '03:30',
      adjustment: 'shifted-forward',
    });
  });

  it('takes the earlier of two instants for an ambiguous fall-back time', () => {
    expect(resolveWallClock('2026-10-25', '02:30', PARIS)).toBe('2026-10-25T00:30:00Z');
    expect(inspectWallClock('2026-10-25', '02:30', PARIS).adjustment).toBe('ambiguous-earlier');
    expect(inspectWallClock('2026-10-25', '03:30', PARIS).adjustment).toBe('exact');
  });

  it('works in zones far from the process zone', () => {
    expect(resolveWallClock('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00Z');
    expect(resolveWallClock('2026-07-01', '00:00', 'Pacific/Auckland')).toBe('2026-06-30T12:00:00Z');
  });

  it('rejects malformed input', () => {
    expect(() => resolveWallClock('2026-02-30', '09:00', PARIS)).toThrow(RangeError);
    expect(() => resolveWallClock('2026-03-01', '24:00', PARIS)).toThrow(RangeError);
    expect(() => resolveWallClock('2026-03-01', '9:00', PARIS)).toThrow(RangeError);
    expect(() => resolveWallClock('2026-03-01', '09:00', '+02:00')).toThrow(RangeError);
    expect(() => resolveWallClock('2026-03-01', '09:00', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('shows the requested time on the clock unless it was shifted forward', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...zones),
        (day, minuteOfDay, zone) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
          const resolved = inspectWallClock(date, time, zone);
          expect(resolved.instant).toBe(resolveWallClock(date, time, zone));
          if (resolved.adjustment === 'shifted-forward') {
            expect(resolved.localTime > time || resolved.localDate > date).toBe(true);
          } else {
            expect([resolved.localDate, resolved.localTime]).toEqual([date, time]);
          }
        },
      ),
    );
  });
});
