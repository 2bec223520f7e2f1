import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEffortLink, minutesLeftOnEntry } from './effort-links.js';

describe('linking an entry to posts', () => {
  it('links every minute still unlinked by default', () => {
    expect(checkEffortLink({ entryMinutes: 45, linkedMinutes: [], requested: null })).toEqual({
      ok: true,
      minutes: 45,
    });
    expect(checkEffortLink({ entryMinutes: 45, linkedMinutes: [20, 5], requested: null })).toEqual({
      ok: true,
      minutes: 20,
    });
  });

  it('takes a part up to what is left, and names what is left when asked for more', () => {
    expect(checkEffortLink({ entryMinutes: 45, linkedMinutes: [30], requested: 15 })).toEqual({
      ok: true,
      minutes: 15,
    });
    expect(checkEffortLink({ entryMinutes: 45, linkedMinutes: [30], requested: 16 })).toEqual({
      ok: false,
      code: 'effort_link_over_entry',
      minutesLeft: 15,
      entryMinutes: 45,
    });
  });

  it('refuses an entry already linked in full, and one too short to count a minute', () => {
    expect(checkEffortLink({ entryMinutes: 45, linkedMinutes: [45], requested: null })).toMatchObject({
      ok: false,
      minutesLeft: 0,
    });
    expect(checkEffortLink({ entryMinutes: 0, linkedMinutes: [], requested: null })).toMatchObject({
      ok: false,
      minutesLeft: 0,
    });
  });

  it('never counts less than nothing left, even when an entry shrank under its links', () => {
    expect(minutesLeftOnEntry(10, [8, 7])).toBe(0);
    expect(minutesLeftOnEntry(60, [8, 7])).toBe(45);
  });

  it('never lets the accepted parts of an entry add up to more than its minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.option(fc.integer({ min: 1, max: 700 }), { nil: null }), { maxLength: 12 }),
        (entryMinutes, requests) => {
          const linked: number[] = [];
          for (const requested of requests) {
            const check = checkEffortLink({ entryMinutes, linkedMinutes: linked, requested });
            if (check.ok) linked.push(check.minutes);
            else expect(check.minutesLeft).toBe(minutesLeftOnEntry(entryMinutes, linked));
          }
          expect(linked.reduce((sum, minutes) => sum + minutes, 0)).toBeLessThanOrEqual(entryMinutes);
          expect(linked.every((minutes) => minutes >= 1)).toBe(true);
        },
      ),
    );
  });
});
