import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { convertDaysToCivil, countDaysFromCivil, formatUtcInstant, parseInstantMs } from './instant.js';

describe('instants', () => {
  it('formats epoch seconds as whole-second UTC ISO strings', () => {
    expect(formatUtcInstant(0)).toBe('1970-01-01T00:00:00Z');
    expect(formatUtcInstant(1_774_747_800.9)).toBe('2026-03-29T01:30:00Z');
    expect(formatUtcInstant(-1)).toBe('1969-12-31T23:59:59Z');
  });

  it('parses instants with Z or an offset, refuses local date-times', () => {
    expect(parseInstantMs('2026-03-29T03:30:00+02:00')).toBe(1_774_747_800_000);
    expect(parseInstantMs('2026-03-29T03:30:00')).toBeNull();
    expect(parseInstantMs('not a date')).toBeNull();
  });

  it('agrees with Temporal on every date between years 1 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const expected = Temporal.PlainDate.from('1970-01-01').add({ days });
        const civil = convertDaysToCivil(days);
        expect(civil).toEqual({ year: expected.year, month: expected.month, day: expected.day });
        expect(countDaysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      }),
    );
  });

  it('formats like Temporal.Instant for whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (seconds) => {
        expect(formatUtcInstant(seconds)).toBe(
          Temporal.Instant.fromEpochMilliseconds(seconds * 1000).toString(),
        );
      }),
    );
  });
});
