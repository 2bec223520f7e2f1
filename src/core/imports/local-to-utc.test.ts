import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { countDaysFromCivil, formatUtcInstant } from '../tracking/instant.js';
import { createLocalToUtcConverter } from './local-to-utc.js';

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Australia/Lord_Howe', // 30-minute DST shift
  'America/Santiago', // DST transitions at local midnight
  'Pacific/Apia', // skipped a whole day at the end of 2011
  'Asia/Kolkata',
  'UTC',
];

describe('createLocalToUtcConverter', () => {
  it('converts the Paris DST nights of 2026 like Temporal compatible', () => {
    const toUtc = createLocalToUtcConverter('Europe/Paris');
    const march29 = countDaysFromCivil(2026, 3, 29);
    const october25 = countDaysFromCivil(2026, 10, 25);
    const at = (day: number, hour: number, minute: number) => {
      const result = toUtc(day, hour * 3600 + minute * 60);
      return {
        compatible: formatUtcInstant(result.epochSeconds),
        later: result.laterEpochSeconds === null ? null : formatUtcInstant(result.laterEpochSeconds),
        isInGap: result.isInGap,
      };
    };
    expect(at(march29, 1, 59)).toEqual({ compatible: '2026-03-29T00:59:00Z', later: null, isInGap: false });
    expect(at(march29, 2, 30)).toEqual({ compatible: '2026-03-29T01:30:00Z', later: null, isInGap: true });
    expect(at(march29, 3, 0)).toEqual({ compatible: '2026-03-29T01:00:00Z', later: null, isInGap: false });
    expect(at(october25, 2, 30)).toEqual({
      compatible: '2026-10-25T00:30:00Z',
      later: '2026-10-25T01:30:00Z',
      isInGap: false,
    });
    expect(at(october25, 3, 0)).toEqual({ compatible: '2026-10-25T02:00:00Z', later: null, isInGap: false });
  });

  it('throws on an unknown zone', () => {
    expect(() => createLocalToUtcConverter('Europe/Atlantis')).toThrow(RangeError);
  });

  it('agrees with Temporal (compatible and later) around the world', () => {
    const converters = new Map(ZONES.map((zone) => [zone, createLocalToUtcConverter(zone)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: countDaysFromCivil(2008, 1, 1), max: countDaysFromCivil(2030, 12, 31) }),
        fc.integer({ min: 0, max: 86_399 }),
        (zone, epochDay, secondOfDay) => {
          const local = Temporal.PlainDate.from('1970-01-01')
            .add({ days: epochDay })
            .toPlainDateTime(Temporal.PlainTime.from('00:00').add({ seconds: secondOfDay }));
          const compatible = local.toZonedDateTime(zone, { disambiguation: 'compatible' });
          const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
          const result = converters.get(zone)?.(epochDay, secondOfDay);
          expect(result?.epochSeconds).toBe(compatible.epochMilliseconds / 1000);
          const isInGap = !compatible.toPlainDateTime().equals(local);
          expect(result?.isInGap).toBe(isInGap);
          const expectedLater =
            later.epochMilliseconds === compatible.epochMilliseconds || isInGap ? null : later;
          expect(result?.laterEpochSeconds).toBe(
            expectedLater === null ? null : expectedLater.epochMilliseconds / 1000,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with Temporal on every half hour of transition days', () => {
    for (const zone of ['Europe/Paris', 'Australia/Lord_Howe', 'America/Santiago']) {
      const toUtc = createLocalToUtcConverter(zone);
      let cursor = Temporal.Instant.from('2026-01-01T00:00:00Z').toZonedDateTimeISO(zone);
      for (let transitions = 0; transitions < 2; transitions += 1) {
        const next = cursor.getTimeZoneTransition('next');
        if (next === null) break;
        const date = next.toPlainDate();
        const epochDay = countDaysFromCivil(date.year, date.month, date.day);
        for (let second = 0; second < 86_400; second += 1800) {
          const local = date.toPlainDateTime(Temporal.PlainTime.from('00:00').add({ seconds: second }));
          const expected =
            local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds / 1000;
          expect(toUtc(epochDay, second).epochSeconds, `${zone} ${local}`).toBe(expected);
        }
        cursor = next;
      }
    }
  });
});
