import { describe, expect, it } from 'vitest';
import { getLocalDate, zonedWeekStart } from '../../../core/time/zoned-bounds.js';
import { localDateOf, todayIn, weekStartOf } from './workspace-dates.js';

const zones = [
  'Europe/Paris',
  'America/Montreal',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
  'Asia/Kolkata',
];

describe('workspace dates (Intl, without Temporal)', () => {
  it('gives the local date core/time gives, hour by hour around the clock changes and year ends', () => {
    const starts = [
      '2026-03-28T00:00:00Z',
      '2026-10-24T00:00:00Z',
      '2026-12-30T00:00:00Z',
      '2028-02-27T00:00:00Z',
    ];
    for (const start of starts)
      for (let hour = 0; hour < 96; hour += 1) {
        const instant = new Date(Date.parse(start) + hour * 3_600_000).toISOString();
        for (const zone of zones)
          expect(localDateOf(instant, zone), `${instant} ${zone}`).toBe(getLocalDate(instant, zone));
      }
  });

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

  it('refuses an unknown zone, as core/time does', () => {
    expect(() => localDateOf('2026-03-29T07:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});
