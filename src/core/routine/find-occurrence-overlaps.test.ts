import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOccurrenceOverlaps, type TimedSlot } from './find-occurrence-overlaps.js';

const COMPLEX = ['blogging', 'strategie'];
const BASE = Date.parse('2026-03-28T00:00:00Z');
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString().replace('.000Z', 'Z');

function slot(
  blockId: string,
  categoryId: string,
  fromMinute: number,
  toMinute: number,
  date = '2026-03-28',
) {
  return { blockId, occurrenceDate: date, categoryId, start: at(fromMinute), end: at(toMinute) };
}

describe('findOccurrenceOverlaps', () => {
  const strategy = slot('strategy', 'strategie', 600, 660);
  const replies = slot('replies', 'communication', 540, 600);

  it('finds the complex occurrence a moved complex one runs into', () => {
    expect(findOccurrenceOverlaps(slot('deep', 'blogging', 630, 690), [replies, strategy], COMPLEX)).toEqual([
      strategy,
    ]);
  });

  it('lets slots touch, ignores simple categories on either side', () => {
    expect(findOccurrenceOverlaps(slot('deep', 'blogging', 660, 720), [strategy], COMPLEX)).toEqual([]);
    expect(findOccurrenceOverlaps(slot('deep', 'blogging', 540, 600), [replies], COMPLEX)).toEqual([]);
    expect(findOccurrenceOverlaps(slot('chat', 'communication', 600, 660), [strategy], COMPLEX)).toEqual([]);
  });

  it('skips the candidate’s own slot but not another occurrence of the same block', () => {
    const own = slot('deep', 'blogging', 600, 660, '2026-03-25');
    const nextWeek = slot('deep', 'blogging', 600, 660, '2026-04-01');
    const moved = slot('deep', 'blogging', 630, 690, '2026-03-25');
    expect(findOccurrenceOverlaps(moved, [own, nextWeek], COMPLEX)).toEqual([nextWeek]);
  });

  const slotArbitrary = fc
    .record({
      blockId: fc.constantFrom('a', 'b', 'c'),
      occurrenceDate: fc.constantFrom('2026-03-28', '2026-03-29'),
      categoryId: fc.constantFrom('blogging', 'strategie', 'communication'),
      from: fc.integer({ min: 0, max: 2880 }),
      length: fc.integer({ min: 5, max: 720 }),
    })
    .map(({ from, length, ...rest }): TimedSlot => ({ ...rest, start: at(from), end: at(from + length) }));

  it('reports exactly the complex others sharing at least one minute with a complex candidate', () => {
    fc.assert(
      fc.property(slotArbitrary, fc.array(slotArbitrary, { maxLength: 12 }), (candidate, others) => {
        const minutes = (one: TimedSlot) => {
          const from = (Date.parse(one.start) - BASE) / 60_000;
          const to = (Date.parse(one.end) - BASE) / 60_000;
          return Array.from({ length: to - from }, (_, index) => from + index);
        };
        const candidateMinutes = new Set(minutes(candidate));
        const expected = COMPLEX.includes(candidate.categoryId)
          ? others.filter(
              (other) =>
                COMPLEX.includes(other.categoryId) &&
                !(other.blockId === candidate.blockId && other.occurrenceDate === candidate.occurrenceDate) &&
                minutes(other).some((minute) => candidateMinutes.has(minute)),
            )
          : [];
        expect(findOccurrenceOverlaps(candidate, others, COMPLEX)).toEqual(expected);
      }),
    );
  });

  it('is symmetric between two different occurrences', () => {
    fc.assert(
      fc.property(slotArbitrary, slotArbitrary, (a, b) => {
        fc.pre(!(a.blockId === b.blockId && a.occurrenceDate === b.occurrenceDate));
        expect(findOccurrenceOverlaps(a, [b], COMPLEX).length).toBe(
          findOccurrenceOverlaps(b, [a], COMPLEX).length,
        );
      }),
    );
  });
});
