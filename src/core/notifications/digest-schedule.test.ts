import { describe, expect, it } from 'vitest';
import { findDueDigestWeek } from './digest-schedule.js';

describe('findDueDigestWeek', () => {
  it('is due from Friday 16:00 in the person’s zone until the week ends', () => {
    // Friday 27 March 2026, 15:59 and 16:00 in Paris (CET, UTC+1).
    expect(findDueDigestWeek('2026-03-27T14:59:00Z', 'Europe/Paris')).toBeNull();
    expect(findDueDigestWeek('2026-03-27T15:00:00Z', 'Europe/Paris')).toBe('2026-03-23');
    // Sunday 29 March (the spring change) 23:30 CEST: still that week's.
    expect(findDueDigestWeek('2026-03-29T21:30:00Z', 'Europe/Paris')).toBe('2026-03-23');
    // Monday: a new week, not due yet.
    expect(findDueDigestWeek('2026-03-30T06:00:00Z', 'Europe/Paris')).toBeNull();
  });

  it('follows each person’s own zone at the same instant', () => {
    // Friday 16:30 in Paris is 11:30 in Montréal (not yet) and Saturday 04:30 in Auckland (due).
    const instant = '2026-06-12T14:30:00Z';
    expect(findDueDigestWeek(instant, 'Europe/Paris')).toBe('2026-06-08');
    expect(findDueDigestWeek(instant, 'America/Montreal')).toBeNull();
    expect(findDueDigestWeek(instant, 'Pacific/Auckland')).toBe('2026-06-08');
  });
});
