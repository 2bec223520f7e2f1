import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesBetween, splitIntervalByLocalDays, splitIntervalByWeeks } from './split-interval.js';

const PARIS = 'Europe/Paris';

describe('splitIntervalByLocalDays', () => {
  it('splits a time entry crossing local midnight', () => {
    expect(splitIntervalByLocalDays('2026-06-01T21:00:00Z', '2026-06-01T23:30:00Z', PARIS)).toEqual([
      { localDate: '2026-06-01', start: '2026-06-01T21:00:00Z', end: '2026-06-01T22:00:00Z', minutes: 60 },
      { localDate: '2026-06-02', start: '2026-06-01T22:00:00Z', end: '2026-06-01T23:30:00Z', minutes: 90 },
    ]);
  });

  it('keeps an entry within one local day whole, even if it crosses UTC midnight', () => {
    expect(splitIntervalByLocalDays('2026-06-01T23:00:00Z', '2026-06-02T01:00:00Z', PARIS)).toHaveLength(1);
  });

  it('counts the real elapsed time on a DST night', () => {
    const pieces = splitIntervalByLocalDays('2026-03-28T22:00:00Z', '2026-03-29T22:00:00Z', PARIS);
    expect(pieces.map((piece) => [piece.localDate, piece.minutes])).toEqual([
      ['2026-03-28', 60],
      ['2026-03-29', 23 * 60],
    ]);
  });

  it('returns nothing for an empty or reversed interval', () => {
    expect(splitIntervalByLocalDays('2026-06-01T10:00:00Z', '2026-06-01T10:00:00Z', PARIS)).toEqual([]);
    expect(splitIntervalByLocalDays('2026-06-01T10:00:00Z', '2026-06-01T09:00:00Z', PARIS)).toEqual([]);
  });

  it('produces contiguous pieces whose minutes sum to the whole', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 20 * 24 * 60 }),
        fc.constantFrom(...zones),
        (offsetMinutes, lengthMinutes, zone) => {
          const from = new Date(start + offsetMinutes * 60_000).toISOString().replace('.000', '');
          const to = new Date(start + (offsetMinutes + lengthMinutes) * 60_000)
            .toISOString()
            .replace('.000', '');
          for (const pieces of [
            splitIntervalByLocalDays(from, to, zone),
            splitIntervalByWeeks(from, to, zone),
          ]) {
            expect(pieces[0]?.start).toBe(from);
            expect(pieces.at(-1)?.end).toBe(to);
            pieces.slice(1).forEach((piece, index) => {
              expect(piece.start).toBe(pieces[index]?.end);
            });
            expect(pieces.every((piece) => piece.minutes > 0)).toBe(true);
            expect(pieces.reduce((sum, piece) => sum + piece.minutes, 0)).toBe(minutesBetween(from, to));
          }
        },
      ),
    );
  });
});

describe('splitIntervalByWeeks', () => {
  it('cuts at the local Monday midnight', () => {
    const pieces = splitIntervalByWeeks('2026-03-29T20:00:00Z', '2026-03-29T23:00:00Z', PARIS);
    expect(pieces).toEqual([
      {
        weekStartDate: '2026-03-23',
        start: '2026-03-29T20:00:00Z',
        end: '2026-03-29T22:00:00Z',
        minutes: 120,
      },
      {
        weekStartDate: '2026-03-30',
        start: '2026-03-29T22:00:00Z',
        end: '2026-03-29T23:00:00Z',
        minutes: 60,
      },
    ]);
  });

  it('honours a Sunday week start', () => {
    const pieces = splitIntervalByWeeks('2026-03-28T20:00:00Z', '2026-03-29T20:00:00Z', 'UTC', 7);
    expect(pieces.map((piece) => piece.weekStartDate)).toEqual(['2026-03-22', '2026-03-29']);
  });
});
