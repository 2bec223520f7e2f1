import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { fromEpochDay } from './epoch-day.js';
import {
  formatEpochMilliseconds,
  formatLocalDateTime,
  resolveWallClockToEpochMilliseconds,
  toEpochMilliseconds,
} from './epoch-milliseconds.js';
import { resolveWallClock } from './resolve-wall-clock.js';

const zones = [
  'Europe/Paris',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'UTC',
];

describe('epoch-millisecond fast paths', () => {
  it('resolve wall-clock times exactly like the Temporal rule, near transitions too', () => {
    // Dates cluster around 2026's DST changes so the fallback path is exercised often.
    const day = fc.oneof(
      fc.integer({ min: 20_530, max: 20_560 }),
      fc.integer({ min: 20_700, max: 20_760 }),
      fc.integer({ min: 0, max: 40_000 }),
    );
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...zones),
        (epochDay, minute, zone) => {
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const expected = resolveWallClock(fromEpochDay(epochDay), time, zone);
          expect(formatEpochMilliseconds(resolveWallClockToEpochMilliseconds(epochDay, minute, zone))).toBe(
            expected,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('read and print instants like Temporal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000_000, max: 8_000_000_000_000 }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = Temporal.Instant.fromEpochMilliseconds(ms);
          expect(formatEpochMilliseconds(ms)).toBe(instant.toString());
          expect(toEpochMilliseconds(instant.toString())).toBe(ms);
          const zoned = instant.toZonedDateTimeISO(zone);
          expect(formatLocalDateTime(zone, ms)).toEqual({
            localDate: zoned.toPlainDate().toString(),
            localTime: zoned.toPlainTime().toString().slice(0, 5),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts offsets and rejects instants without one', () => {
    expect(toEpochMilliseconds('2026-03-29T03:30:00+02:00')).toBe(
      toEpochMilliseconds('2026-03-29T01:30:00Z'),
    );
    expect(() => toEpochMilliseconds('2026-03-29T03:30:00')).toThrow(RangeError);
    expect(() => toEpochMilliseconds('2026-02-30T03:30:00Z')).toThrow(RangeError);
  });
});
