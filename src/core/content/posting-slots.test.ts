import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandPostingSlots,
  findNextFreeSlot,
  type PostingSlot,
  proposePostingSlots,
} from './posting-slots.js';

const paris = 'Europe/Paris';

describe('proposePostingSlots', () => {
  it('spreads a weekly target over the week', () => {
    expect(proposePostingSlots('linkedin', 3).map((slot) => `${slot.weekday} ${slot.time}`)).toEqual([
      '1 09:00',
      '3 09:00',
      '5 09:00',
    ]);
    expect(proposePostingSlots('x', 0.5)).toHaveLength(1);
    expect(proposePostingSlots('x', 0)).toEqual([]);
    expect(proposePostingSlots('x', 10).filter((slot) => slot.time === '12:30')).toHaveLength(3);
  });

  it('proposes as many distinct slots as the rounded-up target, at most 21', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 40, noNaN: true }), (target) => {
        const slots = proposePostingSlots('mastodon', target);
        expect(slots).toHaveLength(Math.min(21, Math.ceil(target)));
        expect(new Set(slots.map((slot) => `${slot.weekday} ${slot.time}`)).size).toBe(slots.length);
      }),
    );
  });
});

describe('expandPostingSlots across daylight-saving changes', () => {
  const sundays: PostingSlot[] = [
    { network: 'linkedin', weekday: 7, time: '09:00' },
    { network: 'x', weekday: 7, time: '02:30' },
  ];

  it('keeps 09:00 at 09:00 local on both sides of 29 March 2026', () => {
    const [before] = expandPostingSlots(sundays.slice(0, 1), paris, '2026-03-22', 1);
    const [after] = expandPostingSlots(sundays.slice(0, 1), paris, '2026-03-29', 1);
    expect(before?.instant).toBe('2026-03-22T08:00:00Z');
    expect(after?.instant).toBe('2026-03-29T07:00:00Z');
  });

  it('moves a 02:30 slot skipped on 29 March forward by the gap, and takes the first 02:30 on 25 October', () => {
    const march = expandPostingSlots(sundays, paris, '2026-03-29', 1);
    expect(march.map((item) => item.instant)).toEqual(['2026-03-29T01:30:00Z', '2026-03-29T07:00:00Z']);
    const october = expandPostingSlots(sundays, paris, '2026-10-25', 1);
    expect(october.map((item) => item.instant)).toEqual(['2026-10-25T00:30:00Z', '2026-10-25T08:00:00Z']);
  });

  it('keeps the wall-clock time of every slot, any week of 2026', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 45),
        (dayOfYear, hour, minute) => {
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const slots: PostingSlot[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
            network: 'bluesky',
            weekday,
            time,
          }));
          const from = new Date(Date.UTC(2026, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
          const [occurrence] = expandPostingSlots(slots, paris, from, 1);
          const shown = new Intl.DateTimeFormat('en-GB', {
            timeZone: paris,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(new Date(occurrence?.instant ?? ''));
          // Only the skipped hour of the spring change may show another time (one hour later).
          if (from === '2026-03-29' && hour === 2) expect(shown).toBe(`03:${time.slice(3)}`);
          else expect(shown).toBe(time);
        },
      ),
    );
  });
});

describe('findNextFreeSlot', () => {
  const slots: PostingSlot[] = [
    { network: 'linkedin', weekday: 1, time: '09:00' },
    { network: 'linkedin', weekday: 3, time: '09:00' },
    { network: 'x', weekday: 2, time: '12:30' },
  ];

  it('takes the first slot after now of the post networks that is not taken', () => {
    const next = findNextFreeSlot({
      slots,
      zone: paris,
      now: '2026-03-23T09:00:00Z', // Monday 10:00 in Paris: Monday's 09:00 is past
      networks: ['linkedin'],
      taken: [{ network: 'linkedin', instant: '2026-03-25T08:00:00Z' }],
    });
    // Wednesday 25 is taken; the next Monday is 30 March, after the change: 09:00 is 07:00 UTC.
    expect(next).toMatchObject({ instant: '2026-03-30T07:00:00Z', localDate: '2026-03-30', time: '09:00' });
  });

  it('ignores posts of other networks and says when there is no slot', () => {
    const next = findNextFreeSlot({
      slots,
      zone: paris,
      now: '2026-10-24T12:00:00Z',
      networks: ['linkedin', 'x'],
      taken: [{ network: 'facebook', instant: '2026-10-26T08:00:00Z' }],
    });
    expect(next?.instant).toBe('2026-10-26T08:00:00Z');
    expect(
      findNextFreeSlot({ slots, zone: paris, now: '2026-10-24T12:00:00Z', networks: ['bluesky'], taken: [] }),
    ).toBeNull();
  });

  it('never returns a taken or past instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 12 }),
        (startDay, takenCount) => {
          const now = new Date(Date.UTC(2026, 0, 1 + startDay, 10)).toISOString();
          const taken = expandPostingSlots(slots, paris, now.slice(0, 10), 60)
            .slice(0, takenCount)
            .map(({ network, instant }) => ({ network, instant }));
          const next = findNextFreeSlot({ slots, zone: paris, now, networks: ['linkedin', 'x'], taken });
          expect(next).not.toBeNull();
          expect(next && next.instant > now).toBe(true);
          expect(taken.some((item) => item.instant === next?.instant)).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });
});
