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

  it.each([
    ['2026-12-07', '2026-12-13', 'fr', '7', '13 décembre'],
    ['2026-12-07', '2026-12-13', 'en', 'December 7', '13'],
    ['2026-11-30', '2026-12-06', 'fr', '30 novembre', '6 décembre'],
    ['2026-12-28', '2027-01-03', 'fr', '28 décembre 2026', '3 janvier 2027'],
    ['2026-12-07', '2026-12-07', 'fr', '7 décembre', '7 décembre'],
  ])(
    'says the span %s–%s in %s with what the dates share once: "%s" and "%s"',
    (from, to, language, start, end) => {
      expect(formatLocalDateSpan(from, to, language, { day: 'numeric', month: 'long' })).toEqual({
        from: start,
        to: end,
      });
    },
  );
});
