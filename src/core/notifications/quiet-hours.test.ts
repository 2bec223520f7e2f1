import { describe, expect, it } from 'vitest';
import { endOfQuietHours } from './quiet-hours.js';

const paris = 'Europe/Paris';
const night = { start: '22:00', end: '07:00' };

describe('endOfQuietHours', () => {
  it('lets a mail go outside quiet hours, or without any', () => {
    expect(endOfQuietHours('2026-06-10T10:00:00Z', paris, night)).toBeNull();
    expect(endOfQuietHours('2026-06-10T23:00:00Z', paris, null)).toBeNull();
  });

  it('holds an evening mail until the next morning, in the person’s zone', () => {
    // 23:30 in Paris (CEST) -> 07:00 the next day, 05:00 UTC.
    expect(endOfQuietHours('2026-06-10T21:30:00Z', paris, night)).toBe('2026-06-11T05:00:00Z');
    // 05:00 in Paris -> 07:00 the same morning.
    expect(endOfQuietHours('2026-06-11T03:00:00Z', paris, night)).toBe('2026-06-11T05:00:00Z');
    // The same instant in Montréal is 17:30: not quiet there.
    expect(endOfQuietHours('2026-06-10T21:30:00Z', 'America/Toronto', night)).toBeNull();
  });

  it('keeps 07:00 local across the spring and autumn changes', () => {
    // Saturday 28 March 2026 23:00 CET -> Sunday 29 March 07:00 CEST = 05:00 UTC.
    expect(endOfQuietHours('2026-03-28T22:00:00Z', paris, night)).toBe('2026-03-29T05:00:00Z');
    // Saturday 24 October 2026 23:00 CEST -> Sunday 25 October 07:00 CET = 06:00 UTC.
    expect(endOfQuietHours('2026-10-24T21:00:00Z', paris, night)).toBe('2026-10-25T06:00:00Z');
  });

  it('handles quiet hours within a day (a lunch break)', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(endOfQuietHours('2026-06-10T10:30:00Z', paris, lunch)).toBe('2026-06-10T12:00:00Z');
    expect(endOfQuietHours('2026-06-10T12:30:00Z', paris, lunch)).toBeNull();
  });
});
