import { describe, expect, it } from 'vitest';
import { localDateOf } from './local-date-of.js';
import { getLocalDate } from './zoned-bounds.js';

const zones = [
  'Europe/Paris',
  'America/Montreal',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
  'Asia/Kolkata',
];

describe('the local date of an instant, with Intl only', () => {
  it('is the date Temporal gives, hour by hour around clock changes and year ends', () => {
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

  it('reads epoch milliseconds and instants written with an offset', () => {
    expect(localDateOf(Date.parse('2026-03-29T00:30:00+01:00'), 'Europe/Paris')).toBe('2026-03-29');
    expect(localDateOf('2026-03-28T23:30:00Z', 'Europe/Paris')).toBe('2026-03-29');
  });

  it('refuses an unknown zone, as getLocalDate does', () => {
    expect(() => localDateOf('2026-03-29T07:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});
