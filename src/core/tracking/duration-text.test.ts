import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';
import { parseDurationInput } from './parse-duration-input.js';

describe('parseDurationInput', () => {
  it.each([
    ['1:30', 5400],
    ['01:30:00', 5400],
    ['0:05', 300],
    ['1h30', 5400],
    ['1 h 30', 5400],
    ['1H30', 5400],
    ['1h30m', 5400],
    ['1h 30min', 5400],
    ['2h05', 7500],
    ['90m', 5400],
    ['90 min', 5400],
    ['45mn', 2700],
    ['2 min 30', 150],
    ['1h30m15s', 5415],
    ['1.5', 5400],
    ['1,5', 5400],
    [' 1,25 ', 4500],
    ['.5', 1800],
    ['1,5h', 5400],
    ['2', 7200],
    ['0', 0],
    ['1 heure 30', 5400],
    ['2 heures', 7200],
    ['1.333', 4799],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDurationInput(text)).toEqual({ ok: true, seconds });
  });

  it.each(['1:5', '1h75', '30 1h', 'abc', '1:30:', '1h h', '-1:00', '1,5,5', '1h 30.5', '30m 1h', '1.5.5h'])(
    'refuses %j as invalid_format',
    (text) => {
      const result = parseDurationInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_format');
    },
  );

  it('refuses empty input and durations over the limit', () => {
    expect(parseDurationInput('  ')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseDurationInput('90')).toMatchObject({ ok: false, error: { code: 'too_long' } });
    expect(parseDurationInput('25:00')).toMatchObject({ ok: false, error: { code: 'too_long' } });
    expect(parseDurationInput('25:00', { maxSeconds: 200_000 })).toEqual({ ok: true, seconds: 90_000 });
  });

  it('never returns a negative duration', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const result = parseDurationInput(text);
        if (result.ok) expect(result.seconds).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('reads a French decimal comma exactly like a decimal point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 999 }), (hours, fraction) => {
        expect(parseDurationInput(`${hours},${fraction}`)).toEqual(
          parseDurationInput(`${hours}.${fraction}`),
        );
      }),
    );
  });

  it('reads h:mm, XhMM and minutes alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        const seconds = hours * 3600 + minutes * 60;
        const mm = String(minutes).padStart(2, '0');
        expect(parseDurationInput(`${hours}:${mm}`)).toEqual({ ok: true, seconds });
        expect(parseDurationInput(`${hours}h${mm}`)).toEqual({ ok: true, seconds });
        expect(parseDurationInput(`${hours * 60 + minutes}m`)).toEqual({ ok: true, seconds });
      }),
    );
  });

  it('reads back every clock-seconds and compact rendering', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        expect(parseDurationInput(formatDuration(seconds, 'clock-seconds'))).toEqual({ ok: true, seconds });
        const minutes = Math.round(seconds / 60);
        expect(parseDurationInput(formatDuration(seconds, 'compact'))).toEqual({
          ok: true,
          seconds: minutes * 60,
        });
      }),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [5400, 'clock', '1:30'],
    [29, 'clock', '0:00'],
    [30, 'clock', '0:01'],
    [90_000, 'clock', '25:00'],
    [5415, 'clock-seconds', '1:30:15'],
    [5400, 'compact', '1h30'],
    [7200, 'compact', '2h'],
    [2700, 'compact', '45m'],
    [7500, 'compact', '2h05'],
    [0, 'compact', '0m'],
    [-5400, 'compact', '-1h30'],
    [-20, 'clock', '0:00'],
    [5400, 'decimal', '1.50'],
    [4799, 'decimal', '1.33'],
  ] as const)('formats %i s as %s -> %j', (seconds, style, expected) => {
    expect(formatDuration(seconds, style)).toBe(expected);
  });

  it('uses a decimal comma on request', () => {
    expect(formatDuration(5400, 'decimal', { decimalSeparator: ',' })).toBe('1,50');
    expect(formatDuration(-900, 'decimal', { decimalSeparator: ',' })).toBe('-0,25');
  });
});
