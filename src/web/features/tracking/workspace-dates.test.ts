import { describe, expect, it } from 'vitest';
import { getLocalDate, zonedWeekStart } from '../../../core/time/zoned-bounds.js';
import { todayIn, weekStartOf } from './workspace-dates.js';

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
});
