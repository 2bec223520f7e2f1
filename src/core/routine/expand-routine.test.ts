import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  getLocalWallClockTime,
  inspectWallClock,
  resolveWallClock,
  weekBounds,
} from '../time/index.js';
import { listOccurrenceDates } from './block-recurrence.js';
import { expandRoutine } from './expand-routine.js';
import { routineBlockSchema } from './routine-block.js';
import { makeBlock } from './routine-test-fixtures.js';

const startsOf = (occurrences: { start: string }[]) => occurrences.map((occurrence) => occurrence.start);

describe('expandRoutine across DST (Europe/Paris)', () => {
  const daily = makeBlock();

  it('keeps 09:00 local through the spring change, moving from 08:00Z to 07:00Z', () => {
    const occurrences = expandRoutine([daily], [], '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z');
    expect(startsOf(occurrences)).toEqual([
      '2026-03-27T08:00:00Z',
      '2026-03-28T08:00:00Z',
      '2026-03-29T07:00:00Z',
      '2026-03-30T07:00:00Z',
    ]);
    expect(
      occurrences.every((occurrence) => occurrence.startTime === '09:00' && occurrence.endTime === '10:00'),
    ).toBe(true);
  });

  it('keeps 09:00 local through the autumn change, moving from 07:00Z to 08:00Z', () => {
    const occurrences = expandRoutine([daily], [], '2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z');
    expect(startsOf(occurrences)).toEqual([
      '2026-10-23T07:00:00Z',
      '2026-10-24T07:00:00Z',
      '2026-10-25T08:00:00Z',
      '2026-10-26T08:00:00Z',
    ]);
  });

  it('shifts a 02:30 block forward to 03:30 local on the spring-forward day', () => {
    const night = makeBlock({ startTime: '02:30', durationMinutes: 30 });
    const [occurrence] = expandRoutine([night], [], '2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z');
    expect(occurrence).toMatchObject({
      occurrenceDate: '2026-03-29',
      localDate: '2026-03-29',
      startTime: '03:30',
      endTime: '04:00',
      start: '2026-03-29T01:30:00Z',
      end: '2026-03-29T02:00:00Z',
    });
  });

  it('runs a 02:30 block once, at the earlier 02:30, on the fall-back day', () => {
    const night = makeBlock({ startTime: '02:30', durationMinutes: 30 });
    const occurrences = expandRoutine([night], [], '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z');
    expect(startsOf(occurrences)).toEqual(['2026-10-25T00:30:00Z']);
  });

  it('counts duration as elapsed time over the change', () => {
    const early = makeBlock({ startTime: '01:30', durationMinutes: 120 });
    const [occurrence] = expandRoutine([early], [], '2026-03-28T23:00:00Z', '2026-03-29T12:00:00Z');
    expect(occurrence).toMatchObject({
      start: '2026-03-29T00:30:00Z',
      end: '2026-03-29T02:30:00Z',
      endTime: '04:30',
    });
  });
});

describe('expandRoutine recurrence', () => {
  it('anchors intervalWeeks on the Monday-based week of startsOn', () => {
    // startsOn is a Wednesday: that week's Monday is before startsOn, so only Wednesday runs.
    const fortnightly = makeBlock({
      weekdays: [1, 3],
      intervalWeeks: 2,
      startsOn: '2026-03-04',
      timeZone: 'UTC',
    });
    const occurrences = expandRoutine([fortnightly], [], '2026-03-01T00:00:00Z', '2026-04-05T00:00:00Z');
    expect(occurrences.map((occurrence) => occurrence.occurrenceDate)).toEqual([
      '2026-03-04',
      '2026-03-16',
      '2026-03-18',
      '2026-03-30',
      '2026-04-01',
    ]);
  });

  it('stops after endsOn, which is inclusive', () => {
    const ending = makeBlock({ weekdays: [5], endsOn: '2026-04-10' });
    const occurrences = expandRoutine([ending], [], '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(occurrences.map((occurrence) => occurrence.occurrenceDate)).toEqual(['2026-04-03', '2026-04-10']);
  });

  it('keeps an occurrence by its start: in [rangeStart, rangeEnd)', () => {
    const late = makeBlock({ startTime: '23:30', durationMinutes: 60, timeZone: 'UTC' });
    const occurrences = expandRoutine([late], [], '2026-06-01T23:30:00Z', '2026-06-02T23:30:00Z');
    expect(startsOf(occurrences)).toEqual(['2026-06-01T23:30:00Z']);
  });

  it('sorts occurrences of several blocks and zones by instant, not by local time', () => {
    // 08:00 Paris = 06:00Z comes before 03:00 New York = 07:00Z.
    const paris = makeBlock({ id: 'paris', weekdays: [1], startTime: '08:00' });
    const newYork = makeBlock({
      id: 'new-york',
      weekdays: [1],
      startTime: '03:00',
      timeZone: 'America/New_York',
    });
    const { start, end } = weekBounds('2026-06-08', 'Europe/Paris');
    expect(expandRoutine([paris, newYork], [], start, end).map((occurrence) => occurrence.blockId)).toEqual([
      'paris',
      'new-york',
    ]);
  });
});

describe('expandRoutine exceptions', () => {
  const block = makeBlock({ id: 'replies', weekdays: [1, 3], categoryId: 'communication', timeZone: 'UTC' });
  const week = ['2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z'] as const;

  it('drops a cancelled occurrence', () => {
    const occurrences = expandRoutine(
      [block],
      [{ blockId: 'replies', originalDate: '2026-06-10', kind: 'cancelled' }],
      ...week,
    );
    expect(occurrences.map((occurrence) => occurrence.occurrenceDate)).toEqual(['2026-06-08']);
  });

  it('moves an occurrence, keeping its original date as key', () => {
    const moved = {
      blockId: 'replies',
      originalDate: '2026-06-10',
      kind: 'moved' as const,
      newDate: '2026-06-11',
      newStartTime: '14:00',
      newDurationMinutes: 30,
    };
    const occurrences = expandRoutine([block], [moved], ...week);
    expect(occurrences[1]).toMatchObject({
      occurrenceDate: '2026-06-10',
      localDate: '2026-06-11',
      startTime: '14:00',
      endTime: '14:30',
      start: '2026-06-11T14:00:00Z',
      durationMinutes: 30,
      isMoved: true,
    });
    expect(occurrences[0]?.isMoved).toBe(false);
  });

  it('places a moved occurrence by where it moved to', () => {
    const intoNextWeek = {
      blockId: 'replies',
      originalDate: '2026-06-10',
      kind: 'moved' as const,
      newDate: '2026-06-15',
    };
    expect(expandRoutine([block], [intoNextWeek], ...week)).toHaveLength(1);
    const next = expandRoutine([block], [intoNextWeek], '2026-06-15T00:00:00Z', '2026-06-22T00:00:00Z');
    expect(next.map((occurrence) => [occurrence.occurrenceDate, occurrence.localDate])).toEqual([
      ['2026-06-10', '2026-06-15'],
      ['2026-06-15', '2026-06-15'],
      ['2026-06-17', '2026-06-17'],
    ]);
  });

  it('ignores exceptions for dates the block does not run on, and lets the last duplicate win', () => {
    const exceptions = [
      { blockId: 'replies', originalDate: '2026-06-09', kind: 'cancelled' as const },
      { blockId: 'replies', originalDate: '2026-06-08', kind: 'cancelled' as const },
      { blockId: 'replies', originalDate: '2026-06-08', kind: 'moved' as const, newStartTime: '11:00' },
    ];
    expect(expandRoutine([block], exceptions, ...week).map((occurrence) => occurrence.startTime)).toEqual([
      '11:00',
      '09:00',
    ]);
  });
});

describe('expandRoutine properties', () => {
  const zones = [
    'Europe/Paris',
    'America/New_York',
    'Australia/Sydney',
    'America/Santiago',
    'Asia/Tokyo',
    'UTC',
  ];
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  const date = fc
    .integer({ min: 0, max: 700 })
    .map((offset) => new Date(Date.UTC(2025, 6, 1 + offset)).toISOString().slice(0, 10));
  const blockArbitrary = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c'),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      startTime: time,
      durationMinutes: fc.integer({ min: 1, max: 144 }).map((steps) => steps * 5),
      intervalWeeks: fc.integer({ min: 1, max: 8 }),
      startsOn: date,
      endsOn: fc.option(date, { nil: null }),
      timeZone: fc.constantFrom(...zones),
    })
    .map((fields) =>
      makeBlock({
        ...fields,
        endsOn: fields.endsOn && fields.endsOn < fields.startsOn ? null : fields.endsOn,
      }),
    );

  it('returns every scheduled occurrence once, sorted, in range, at the block time unless it fell in a gap', () => {
    fc.assert(
      fc.property(blockArbitrary, date, fc.integer({ min: 1, max: 60 }), (block, from, days) => {
        expect(routineBlockSchema.safeParse(block).success).toBe(true);
        const rangeStart = `${from}T00:00:00Z`;
        const rangeEnd = new Date(Date.parse(rangeStart) + days * 86_400_000)
          .toISOString()
          .replace('.000', '');
        const occurrences = expandRoutine([block], [], rangeStart, rangeEnd);

        const expected = listOccurrenceDates(block, addDaysToDate(from, -2), addDaysToDate(from, days + 2))
          .map((day) => resolveWallClock(day, block.startTime, block.timeZone))
          .filter(
            (start) =>
              Date.parse(start) >= Date.parse(rangeStart) && Date.parse(start) < Date.parse(rangeEnd),
          );
        expect(startsOf(occurrences)).toEqual(expected);
        for (const occurrence of occurrences) {
          expect(getLocalWallClockTime(occurrence.start, block.timeZone)).toBe(occurrence.startTime);
          const { adjustment } = inspectWallClock(occurrence.occurrenceDate, block.startTime, block.timeZone);
          if (adjustment !== 'shifted-forward') expect(occurrence.startTime).toBe(block.startTime);
          expect(Date.parse(occurrence.end) - Date.parse(occurrence.start)).toBe(
            block.durationMinutes * 60_000,
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
