import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDurationSeconds,
  convertMinutesToSeconds,
  convertSecondsToMinutes,
  roundHalfAwayFromZero,
} from './duration.js';
import { formatUtcInstant } from './instant.js';

describe('computeDurationSeconds', () => {
  it('counts whole seconds between instants, whatever their offsets', () => {
    expect(computeDurationSeconds('2026-03-29T00:30:00Z', '2026-03-29T03:30:00+02:00')).toBe(3600);
    expect(computeDurationSeconds('2026-01-05T09:00:00.900Z', '2026-01-05T09:00:01.100Z')).toBe(1);
    expect(computeDurationSeconds('2026-01-05T10:00:00Z', '2026-01-05T09:00:00Z')).toBe(-3600);
  });

  it('throws on an instant without offset', () => {
    expect(() => computeDurationSeconds('2026-01-05T09:00:00', '2026-01-05T10:00:00Z')).toThrow(RangeError);
  });

  it('is additive over consecutive intervals and non-negative when ordered', () => {
    const instant = fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }).map((ms) => {
      const iso = formatUtcInstant(Math.floor(ms / 1000));
      return `${iso.slice(0, -1)}.${String(ms % 1000).padStart(3, '0')}Z`;
    });
    fc.assert(
      fc.property(fc.array(instant, { minLength: 3, maxLength: 3 }), (instants) => {
        const [a, b, c] = [...instants].sort() as [string, string, string];
        expect(computeDurationSeconds(a, b)).toBeGreaterThanOrEqual(0);
        expect(computeDurationSeconds(a, b) + computeDurationSeconds(b, c)).toBe(
          computeDurationSeconds(a, c),
        );
      }),
    );
  });
});

describe('minutes helpers', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(convertSecondsToMinutes(90)).toBe(2);
    expect(convertSecondsToMinutes(89)).toBe(1);
    expect(convertSecondsToMinutes(-90)).toBe(-2);
    expect(convertSecondsToMinutes(61, 'floor')).toBe(1);
    expect(convertSecondsToMinutes(61, 'ceil')).toBe(2);
    expect(convertMinutesToSeconds(1.5)).toBe(90);
  });
});
