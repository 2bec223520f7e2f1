import { describe, expect, it } from 'vitest';
import { convertDaysToCivil } from '../tracking/instant.js';
import {
  type DateFormat,
  detectDateFormat,
  parseClockTime,
  parseTrackerDuration,
  resolveDateTriple,
  splitDateText,
} from './local-date-time.js';

function readDate(text: string, format: DateFormat): string | null {
  const triple = splitDateText(text);
  const day = triple === null ? null : resolveDateTriple(triple, format);
  if (day === null) return null;
  const { year, month, day: dayOfMonth } = convertDaysToCivil(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

const datesOf = (...texts: string[]) => [
  texts.map((text) => splitDateText(text)).filter((triple) => triple !== null),
];

describe('dates', () => {
  it('reads ISO, US and European dates with any separator', () => {
    expect(readDate('2026-03-04', 'ymd')).toBe('2026-03-04');
    expect(readDate('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(readDate('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(readDate('4.3.2026', 'dmy')).toBe('2026-03-04');
    expect(readDate('04-03-26', 'dmy')).toBe('2026-03-04');
  });

  it('refuses dates that do not exist in the format', () => {
    expect(readDate('2026-02-29', 'ymd')).toBeNull();
    expect(readDate('2028-02-29', 'ymd')).toBe('2028-02-29');
    expect(readDate('31/04/2026', 'dmy')).toBeNull();
    expect(readDate('13/01/2026', 'mdy')).toBeNull();
    expect(readDate('2026-03-04', 'dmy')).toBeNull();
    expect(readDate('03/04/2026', 'ymd')).toBeNull();
    expect(readDate('yesterday', 'ymd')).toBeNull();
  });
});

describe('detectDateFormat', () => {
  it('uses the whole file: one unambiguous date settles the others', () => {
    const rows = [...datesOf('03/04/2026'), ...datesOf('03/05/2026'), ...datesOf('03/13/2026')];
    expect(detectDateFormat(rows)).toEqual({
      format: 'mdy',
      isAmbiguous: false,
      alternatives: [],
      isForced: false,
    });
  });

  it('prefers the reading with the shortest span when every date is ambiguous', () => {
    const rows = [...datesOf('03/04/2026', '03/04/2026'), ...datesOf('03/05/2026'), ...datesOf('03/06/2026')];
    expect(detectDateFormat(rows)).toEqual({
      format: 'mdy',
      isAmbiguous: true,
      alternatives: ['dmy'],
      isForced: false,
    });
    const european = [...datesOf('03/04/2026'), ...datesOf('04/04/2026'), ...datesOf('05/04/2026')];
    expect(detectDateFormat(european)?.format).toBe('dmy');
  });

  it('falls back to the preferred order, then dmy, on a perfect tie', () => {
    expect(detectDateFormat(datesOf('03/04/2026'))?.format).toBe('dmy');
    expect(detectDateFormat(datesOf('03/04/2026'), { preferredDateOrder: 'mdy' })).toEqual({
      format: 'mdy',
      isAmbiguous: true,
      alternatives: ['dmy'],
      isForced: false,
    });
  });

  it('picks the format reading the most rows when none reads them all', () => {
    const rows = [...datesOf('13/04/2026'), ...datesOf('14/04/2026'), ...datesOf('04/15/2026')];
    expect(detectDateFormat(rows)).toEqual({
      format: 'dmy',
      isAmbiguous: false,
      alternatives: [],
      isForced: false,
    });
    expect(detectDateFormat([[], ...datesOf('99/99/2026')])).toBeNull();
  });
});

describe('times and durations', () => {
  it.each([
    ['09:05', 32_700],
    ['09:05:30', 32_730],
    ['9:05 AM', 32_700],
    ['9:05:00 PM', 75_900],
    ['12:00 PM', 43_200],
    ['12:15 AM', 900],
    ['9:05pm', 75_900],
    ['9:05 p.m.', 75_900],
    ['00:00:00', 0],
    ['23:59:59', 86_399],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });

  it.each(['24:00', '13:00 PM', '0:30 AM', '9:5', '25:61', '10h00', ''])('refuses %j', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });

  it('reads hh:mm:ss and decimal-hour durations', () => {
    expect(parseTrackerDuration('01:30:00')).toBe(5400);
    expect(parseTrackerDuration('25:00:00')).toBe(90_000);
    expect(parseTrackerDuration('1:30')).toBe(5400);
    expect(parseTrackerDuration('1.50')).toBe(5400);
    expect(parseTrackerDuration('1,50')).toBe(5400);
    expect(parseTrackerDuration('0,33')).toBe(1188);
    expect(parseTrackerDuration('-01:00:00')).toBeNull();
    expect(parseTrackerDuration('n/a')).toBeNull();
  });
});
