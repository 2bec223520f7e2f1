import { describe, expect, it } from 'vitest';
import { parseTypedDate, parseTypedTime } from './typed-date-time.js';

describe('parseTypedDate', () => {
  it('reads day first in French and month first in English', () => {
    expect(parseTypedDate('04/12/2026', 'fr')).toBe('2026-12-04');
    expect(parseTypedDate('04/12/2026', 'en')).toBe('2026-04-12');
    expect(parseTypedDate('4.12.26', 'fr')).toBe('2026-12-04');
    expect(parseTypedDate('2026-12-04', 'en')).toBe('2026-12-04');
  });

  it('refuses dates that do not exist', () => {
    expect(parseTypedDate('31/02/2026', 'fr')).toBeNull();
    expect(parseTypedDate('29/02/2028', 'fr')).toBe('2028-02-29');
    expect(parseTypedDate('13/13/2026', 'fr')).toBeNull();
    expect(parseTypedDate('demain', 'fr')).toBeNull();
    expect(parseTypedDate('0000-01-01', 'fr')).toBeNull();
  });
});

describe('parseTypedTime', () => {
  it('reads 24-hour and am/pm times as people type them', () => {
    expect(parseTypedTime('9:30')).toBe('09:30');
    expect(parseTypedTime('09h30')).toBe('09:30');
    expect(parseTypedTime('9h')).toBe('09:00');
    expect(parseTypedTime('0930')).toBe('09:30');
    expect(parseTypedTime('17')).toBe('17:00');
    expect(parseTypedTime('2pm')).toBe('14:00');
    expect(parseTypedTime('12:15 am')).toBe('00:15');
    expect(parseTypedTime('12 PM')).toBe('12:00');
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['24:00', '9:75', '13pm', '', 'midi', '9:3'])
      expect(parseTypedTime(text), text).toBeNull();
  });
});
