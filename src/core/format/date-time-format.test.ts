import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-time-format.js';

describe('dateTimeFormat', () => {
  const noon = new Date('2026-03-24T12:00:00Z');

  it('formats like toLocaleDateString given date fields, and hands back the same formatter', () => {
    const options = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    const format = dateTimeFormat('fr', options);
    expect(format.format(noon)).toBe(noon.toLocaleDateString('fr', options));
    expect(dateTimeFormat('fr', { ...options })).toBe(format);
  });

  it('keeps locales, options and zones apart', () => {
    const time = { hour: '2-digit', minute: '2-digit' } as const;
    expect(dateTimeFormat('en', { ...time, timeZone: 'UTC' })).not.toBe(
      dateTimeFormat('fr', { ...time, timeZone: 'UTC' }),
    );
    expect(dateTimeFormat('fr', { ...time, timeZone: 'Europe/Paris' }).format(noon)).toBe('13:00');
    expect(dateTimeFormat('fr', { ...time, timeZone: 'America/Montreal' }).format(noon)).toBe('08:00');
  });

  it('throws for a zone Intl refuses, as Intl does', () => {
    expect(() => dateTimeFormat('fr', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
