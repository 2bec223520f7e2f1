import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input-value.js';

describe('datetime-local values in the workspace’s zone', () => {
  it('shows an instant as the zone’s wall clock, not the machine’s', () => {
    const instant = Date.parse('2026-11-23T23:30:00Z');
    expect(toZonedInputValue(instant, 'Europe/Paris')).toBe('2026-11-24T00:30');
    expect(toZonedInputValue(instant, 'America/New_York')).toBe('2026-11-23T18:30');
  });

  it('reads a wall clock back in the zone, with the DST rule of src/core/time', async () => {
    expect(await fromZonedInputValue('2026-11-24T00:30', 'Europe/Paris')).toBe('2026-11-23T23:30:00Z');
    // 02:30 does not exist on 2026-03-29 in Paris: moved forward by the gap.
    expect(await fromZonedInputValue('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00Z');
  });

  it('round-trips every whole minute, in any zone', async () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({
          min: Date.parse('2000-01-01T00:00:00Z') / 60_000,
          max: Date.parse('2100-01-01T00:00:00Z') / 60_000,
        }),
        fc.constantFrom(...zones),
        async (minute, zone) => {
          const shown = toZonedInputValue(minute * 60_000, zone);
          const back = Date.parse(await fromZonedInputValue(shown, zone));
          // A time shown twice (clocks going back) reads as its first occurrence: at most the gap earlier.
          expect(minute * 60_000 - back).toBeGreaterThanOrEqual(0);
          expect(minute * 60_000 - back).toBeLessThanOrEqual(60 * 60_000);
          expect(toZonedInputValue(back, zone)).toBe(shown);
        },
      ),
      { numRuns: 300 },
    );
  });
});
