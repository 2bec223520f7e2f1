import { describe, expect, it } from 'vitest';
import { expandPostingSlots } from '../content/posting-slots.js';
import { findEmptySlots } from './empty-slots.js';

describe('findEmptySlots', () => {
  it('leaves the slots whose day has no planned post of their network', () => {
    const occurrences = expandPostingSlots(
      [
        { network: 'linkedin', weekday: 1, time: '09:00' },
        { network: 'linkedin', weekday: 3, time: '09:00' },
        { network: 'linkedin', weekday: 3, time: '17:30' },
        { network: 'bluesky', weekday: 1, time: '12:30' },
      ],
      'Europe/Paris',
      '2026-03-30',
      7,
    );
    const empty = findEmptySlots(occurrences, [
      { network: 'linkedin', localDate: '2026-03-30' },
      { network: 'linkedin', localDate: '2026-04-01' },
      { network: 'bluesky', localDate: '2026-04-02' },
    ]);
    expect(empty.map((slot) => `${slot.network} ${slot.localDate} ${slot.time}`)).toEqual([
      'bluesky 2026-03-30 12:30',
      'linkedin 2026-04-01 17:30',
    ]);
    // Monday 30 March 09:00 in Paris is after the spring change: 07:00 UTC.
    expect(occurrences[0]?.instant).toBe('2026-03-30T07:00:00Z');
  });
});
