import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLocalEntryTimes, resolveLocalEntryTimes } from './local-entry-times.js';

const paris = 'Europe/Paris';

describe('resolveLocalEntryTimes', () => {
  it('reads the times in the given zone, whatever the machine’s zone', () => {
    expect(
      resolveLocalEntryTimes({ date: '2026-11-23', startTime: '09:00', end: { endTime: '10:30' } }, paris),
    ).toEqual({ startedAt: '2026-11-23T08:00:00Z', endedAt: '2026-11-23T09:30:00Z' });
    expect(
      resolveLocalEntryTimes(
        { date: '2026-11-23', startTime: '09:00', end: { durationSeconds: 5400 } },
        'America/Montreal',
      ),
    ).toEqual({ startedAt: '2026-11-23T14:00:00Z', endedAt: '2026-11-23T15:30:00Z' });
  });

  it('ends on the next day when the end time is not after the start', () => {
    expect(
      resolveLocalEntryTimes({ date: '2026-11-23', startTime: '22:30', end: { endTime: '01:00' } }, paris),
    ).toEqual({ startedAt: '2026-11-23T21:30:00Z', endedAt: '2026-11-24T00:00:00Z' });
  });

  it('counts real hours across a DST change', () => {
    // Clocks go forward at 02:00 on 2026-03-29 in Paris: 01:00 -> 04:00 lasts two hours.
    const spring = resolveLocalEntryTimes(
      { date: '2026-03-29', startTime: '01:00', end: { endTime: '04:00' } },
      paris,
    );
    expect(spring).toEqual({ startedAt: '2026-03-29T00:00:00Z', endedAt: '2026-03-29T02:00:00Z' });
    // Clocks go back at 03:00 on 2026-10-25: 01:00 -> 04:00 lasts four hours.
    const autumn = resolveLocalEntryTimes(
      { date: '2026-10-25', startTime: '01:00', end: { endTime: '04:00' } },
      paris,
    );
    expect(autumn).toEqual({ startedAt: '2026-10-24T23:00:00Z', endedAt: '2026-10-25T03:00:00Z' });
    // A start in the spring gap moves forward by the gap, as routine blocks do.
    expect(
      resolveLocalEntryTimes({ date: '2026-03-29', startTime: '02:30', end: { durationSeconds: 600 } }, paris)
        .startedAt,
    ).toBe('2026-03-29T01:30:00Z');
  });

  it('refuses malformed values', () => {
    expect(() =>
      resolveLocalEntryTimes({ date: '2026-02-30', startTime: '09:00', end: { endTime: '10:00' } }, paris),
    ).toThrow(RangeError);
    expect(() =>
      resolveLocalEntryTimes({ date: '2026-02-03', startTime: '9h', end: { endTime: '10:00' } }, paris),
    ).toThrow(RangeError);
  });
});

describe('describeLocalEntryTimes', () => {
  it('shows an entry in the zone’s wall-clock time', () => {
    expect(describeLocalEntryTimes('2026-11-23T21:30:00Z', '2026-11-24T00:00:00Z', paris)).toEqual({
      date: '2026-11-23',
      startTime: '22:30',
      endTime: '01:00',
      durationSeconds: 9000,
    });
  });

  it('reads back what was resolved, in any zone, for times that exist', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'UTC', 'Asia/Kolkata'];
    const date = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2150-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((value) => value.toISOString().slice(0, 10));
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        date,
        time,
        fc.integer({ min: 60, max: 86_400 }),
        fc.constantFrom(...zones),
        (day, startTime, durationSeconds, zone) => {
          const resolved = resolveLocalEntryTimes({ date: day, startTime, end: { durationSeconds } }, zone);
          const described = describeLocalEntryTimes(resolved.startedAt, resolved.endedAt, zone);
          expect(described.durationSeconds).toBe(durationSeconds);
          const shifted = described.date !== day || described.startTime !== startTime;
          // Only a start inside a spring-forward gap is moved (forward, by less than a day).
          if (shifted) expect(described.startTime > startTime || described.date > day).toBe(true);
        },
      ),
    );
  });
});
