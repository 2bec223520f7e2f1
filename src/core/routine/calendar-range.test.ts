import { describe, expect, it } from 'vitest';
import { calendarRangeAt, firstFullRoutineWeek } from './calendar-range.js';

describe('calendarRangeAt', () => {
  it("shows a wide screen the anchor's week and a phone three days from it", () => {
    expect(calendarRangeAt('2026-10-28', false)).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(calendarRangeAt('2026-10-24', true)).toEqual({ from: '2026-10-24', to: '2026-10-26' });
    // Monday to Sunday, from either end of the week.
    expect(calendarRangeAt('2026-11-23', false)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(calendarRangeAt('2026-11-29', false)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    // Across the clock change (Paris, 25 October) and a year's end, by whole dates.
    expect(calendarRangeAt('2026-10-25', false)).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(calendarRangeAt('2026-12-31', true)).toEqual({ from: '2026-12-31', to: '2027-01-02' });
  });
});

describe('firstFullRoutineWeek', () => {
  // 2026-12-04 is a Friday; 2026-11-30 the Monday of its week.
  it('shows next week for a routine that began after this week’s Monday (generated on a Friday)', () => {
    expect(firstFullRoutineWeek(['2026-12-04', '2026-12-04'], '2026-12-04')).toBe('2026-12-07');
  });

  it('keeps this week when the routine already ran on its Monday, or is empty', () => {
    expect(firstFullRoutineWeek(['2026-11-30'], '2026-12-04')).toBeNull();
    expect(firstFullRoutineWeek(['2026-11-12', '2026-12-04'], '2026-12-04')).toBeNull();
    expect(firstFullRoutineWeek([], '2026-12-04')).toBeNull();
  });

  it('shows a routine that starts on a later Monday from that Monday', () => {
    expect(firstFullRoutineWeek(['2026-12-14'], '2026-12-04')).toBe('2026-12-14');
    expect(firstFullRoutineWeek(['2026-12-16'], '2026-12-04')).toBe('2026-12-21');
  });
});
