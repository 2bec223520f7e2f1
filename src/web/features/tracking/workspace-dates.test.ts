import { describe, expect, it } from 'vitest';
import { getLocalDate, zonedWeekStart } from '../../../core/time/zoned-bounds.js';
import { formatLocalDateSpan, todayIn, weekStartOf } from './workspace-dates.js';

describe('workspace dates (without Temporal)', () => {
  it("says today's date in the workspace's zone, not the device's", () => {
    const before = getLocalDate(new Date().toISOString(), 'Pacific/Kiritimati');
    const today = todayIn('Pacific/Kiritimati');
    const after = getLocalDate(new Date().toISOString(), 'Pacific/Kiritimati');
    expect([before, after]).toContain(today);
  });

  it('starts a week on its Monday, as zonedWeekStart does for a date', () => {
    for (let day = 0; day < 21; day += 1) {
      const date = new Date(Date.UTC(2026, 2, 20 + day)).toISOString().slice(0, 10);
      expect(weekStartOf(date)).toBe(zonedWeekStart(date, 'Europe/Paris'));
    }
    expect(weekStartOf('2026-03-29')).toBe('2026-03-23');
  });

  it('says a span of dates with what they share once, where each language puts it', () => {
    const dayAndMonth = { day: 'numeric', month: 'long' } as const;
    expect(formatLocalDateSpan('2026-12-07', '2026-12-13', 'fr', dayAndMonth)).toEqual({
      from: '7',
      to: '13 décembre',
    });
    expect(formatLocalDateSpan('2026-12-07', '2026-12-13', 'en', dayAndMonth)).toEqual({
      from: 'December 7',
      to: '13',
    });
    expect(formatLocalDateSpan('2026-11-30', '2026-12-06', 'fr', dayAndMonth)).toEqual({
      from: '30 novembre',
      to: '6 décembre',
    });
    expect(formatLocalDateSpan('2026-12-28', '2027-01-03', 'fr', dayAndMonth)).toEqual({
      from: '28 décembre 2026',
      to: '3 janvier 2027',
    });
    expect(formatLocalDateSpan('2026-12-07', '2026-12-07', 'fr', dayAndMonth)).toEqual({
      from: '7 décembre',
      to: '7 décembre',
    });
  });
});
