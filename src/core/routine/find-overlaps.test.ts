import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listOccurrenceDates } from './block-recurrence.js';
import { assertNoComplexOverlap, findOverlaps, RoutineOverlapError } from './find-overlaps.js';
import { generateReferenceWeek } from './generate-reference-week.js';
import type { RoutineBlock } from './routine-block.js';
import { makeBlock } from './routine-test-fixtures.js';

const COMPLEX = ['blogging', 'acquisition', 'video'];

describe('findOverlaps', () => {
  const reference = generateReferenceWeek({
    categoryIds: {
      communication: 'communication',
      acquisition: 'acquisition',
      blogging: 'blogging',
      analyse: 'analyse',
    },
    timeZone: 'Europe/Paris',
    startsOn: '2026-01-05',
  });

  it("names the complex block hit, its weekday and times ('overlaps Blogging on Wednesday 09:30–10:30')", () => {
    const candidate = makeBlock({ id: 'new', categoryId: 'video', weekdays: [2, 3], startTime: '10:00' });
    expect(findOverlaps(reference, COMPLEX, candidate)).toEqual([
      {
        blockId: 'reference-deep-content',
        categoryId: 'blogging',
        weekday: 3,
        startTime: '09:30',
        endTime: '10:30',
        firstDate: '2026-01-07',
      },
    ]);
  });

  it('ignores non-complex blocks and non-complex candidates', () => {
    const overReplies = makeBlock({ id: 'new', categoryId: 'video', weekdays: [2], startTime: '09:00' });
    expect(findOverlaps(reference, COMPLEX, overReplies)).toEqual([]);
    const simple = makeBlock({ id: 'new', categoryId: 'curation', weekdays: [3], startTime: '10:00' });
    expect(findOverlaps(reference, COMPLEX, simple)).toEqual([]);
  });

  it('lets blocks touch, and skips the candidate’s own previous version', () => {
    const touching = makeBlock({ id: 'new', categoryId: 'video', weekdays: [3], startTime: '10:30' });
    expect(findOverlaps(reference, COMPLEX, touching)).toEqual([]);
    const edited = { ...(reference[3] as RoutineBlock), startTime: '09:45' };
    expect(findOverlaps(reference, COMPLEX, edited)).toEqual([]);
  });

  it('does not clash across disjoint date ranges', () => {
    const before = makeBlock({ id: 'old', startsOn: '2026-01-05', endsOn: '2026-02-28' });
    const after = makeBlock({ id: 'new', startsOn: '2026-03-01' });
    expect(findOverlaps([before], COMPLEX, after)).toEqual([]);
    expect(findOverlaps([before], COMPLEX, { ...after, startsOn: '2026-02-28' })).toHaveLength(1);
  });

  it('decides clashes between intervals from the weeks both really run', () => {
    const evenWeeks = makeBlock({ id: 'even', weekdays: [1], intervalWeeks: 2, startsOn: '2026-01-05' });
    const oddWeeks = makeBlock({ id: 'odd', weekdays: [1], intervalWeeks: 2, startsOn: '2026-01-12' });
    expect(findOverlaps([evenWeeks], COMPLEX, oddWeeks)).toEqual([]);
    const everyFourWeeks = { ...oddWeeks, intervalWeeks: 4, startsOn: '2026-01-26' };
    expect(findOverlaps([evenWeeks], COMPLEX, { ...everyFourWeeks, startsOn: '2026-01-19' })).toHaveLength(1);
    expect(findOverlaps([evenWeeks], COMPLEX, everyFourWeeks)).toEqual([]);
    const everyThreeWeeks = { ...oddWeeks, intervalWeeks: 3 };
    expect(findOverlaps([evenWeeks], COMPLEX, everyThreeWeeks)).toMatchObject([
      { blockId: 'even', firstDate: '2026-02-02' },
    ]);
  });

  it('catches a block running past midnight into the next day', () => {
    const lateSunday = makeBlock({ id: 'late', weekdays: [7], startTime: '23:00', durationMinutes: 120 });
    const earlyMonday = makeBlock({ id: 'early', weekdays: [1], startTime: '00:30', durationMinutes: 30 });
    expect(findOverlaps([earlyMonday], COMPLEX, lateSunday)).toMatchObject([
      { blockId: 'early', weekday: 1 },
    ]);
    expect(findOverlaps([lateSunday], COMPLEX, earlyMonday)).toMatchObject([{ blockId: 'late', weekday: 7 }]);
  });

  it('compares blocks in different zones on real instants', () => {
    // 14:00 Paris meets 09:00 New York only while the US is already on summer time and Europe is not.
    const paris = makeBlock({ id: 'paris', weekdays: [1], startTime: '14:00', startsOn: '2026-01-05' });
    const newYork = makeBlock({ id: 'ny', weekdays: [1], startTime: '09:00', timeZone: 'America/New_York' });
    expect(findOverlaps([newYork], COMPLEX, paris)).toEqual([
      {
        blockId: 'ny',
        categoryId: 'blogging',
        weekday: 1,
        startTime: '09:00',
        endTime: '10:00',
        firstDate: '2026-03-09',
      },
    ]);
  });

  it('throws a RoutineOverlapError carrying the clashes', () => {
    const candidate = makeBlock({ id: 'new', categoryId: 'video', weekdays: [1], startTime: '10:15' });
    expect(() => assertNoComplexOverlap(reference, COMPLEX, candidate)).toThrow(RoutineOverlapError);
    try {
      assertNoComplexOverlap(reference, COMPLEX, candidate);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'routine_complex_overlap',
        overlaps: [{ blockId: 'reference-batch', weekday: 1 }],
      });
    }
    expect(() =>
      assertNoComplexOverlap(reference, COMPLEX, { ...candidate, startTime: '12:00' }),
    ).not.toThrow();
  });

  it('agrees with brute-force expansion (UTC, where wall clock = instants)', () => {
    const date = fc
      .integer({ min: 0, max: 365 })
      .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
    const block = (id: string) =>
      fc
        .record({
          weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
          startMinute: fc.integer({ min: 0, max: 287 }).map((steps) => steps * 5),
          durationMinutes: fc.integer({ min: 1, max: 144 }).map((steps) => steps * 5),
          intervalWeeks: fc.integer({ min: 1, max: 8 }),
          startsOn: date,
          endsOn: fc.option(date, { nil: null }),
        })
        .map(({ startMinute, endsOn, ...fields }) =>
          makeBlock({
            ...fields,
            id,
            timeZone: 'UTC',
            startTime: `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`,
            endsOn: endsOn && endsOn < fields.startsOn ? null : endsOn,
          }),
        );
    fc.assert(
      fc.property(block('candidate'), block('other'), (candidate, other) => {
        const clashes = hasOverlappingIntervals(toUtcIntervals(candidate), toUtcIntervals(other));
        expect(findOverlaps([other], COMPLEX, candidate).length > 0).toBe(clashes);
      }),
      { numRuns: 150 },
    );
  });
});

/** Brute force over enough time for any pair's pattern to repeat (lcm of intervals <= 56 weeks). */
function toUtcIntervals(block: RoutineBlock): [number, number][] {
  return listOccurrenceDates(block, '2025-12-30', '2028-06-01').map((date) => {
    const start = Date.parse(`${date}T${block.startTime}:00Z`);
    return [start, start + block.durationMinutes * 60_000];
  });
}

function hasOverlappingIntervals(a: [number, number][], b: [number, number][]): boolean {
  let j = 0;
  for (const [start, end] of a) {
    while (j < b.length && (b[j]?.[1] ?? 0) <= start) j++;
    const next = b[j];
    if (next && next[0] < end) return true;
  }
  return false;
}
