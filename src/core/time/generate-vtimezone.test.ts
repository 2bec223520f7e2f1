import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { generateVTimezone } from './generate-vtimezone.js';

/**
 * An independent parser (ical.js) reads the generated VTIMEZONE and must find, for every local time
 * that exists once, the UTC offset Temporal gives, also years after the window (where only the
 * yearly RRULEs carry the rule).
 */
function offsetsDisagreeingWithTemporal(zone: string, fromYear: number, toYear: number, untilYear: number) {
  const timezone = new ICAL.Timezone({
    component: generateVTimezone(zone, { fromYear, toYear }),
    tzid: zone,
  });
  const mismatches: string[] = [];
  const end = Temporal.PlainDate.from({ year: untilYear, month: 12, day: 31 }).toZonedDateTime(zone);
  // Steps of 11 hours (prime to 24) visit every hour of the day within days, so each transition is met.
  for (
    let cursor = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 2 }).toZonedDateTime(zone);
    Temporal.ZonedDateTime.compare(cursor, end) < 0;
    cursor = cursor.add({ hours: 11 })
  ) {
    const local = cursor.toPlainDateTime();
    const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
    const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
    if (!earlier.toInstant().equals(later.toInstant())) continue; // ambiguous: either offset is right
    const time = ICAL.Time.fromData(
      { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
      timezone,
    );
    const expected = cursor.offsetNanoseconds / 1e9;
    const actual = timezone.utcOffset(time);
    if (actual !== expected) mismatches.push(`${local.toString()} expected ${expected} got ${actual}`);
  }
  return mismatches;
}

describe('generateVTimezone', () => {
  it('writes Europe/Paris as two yearly rules (last Sunday of March and of October)', () => {
    const text = generateVTimezone('Europe/Paris', { fromYear: 2026, toYear: 2030 });
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it.each([
    'Europe/Paris',
    'America/New_York',
    'Australia/Sydney',
    'America/Santiago',
    'Asia/Kolkata',
    'Europe/Dublin',
    'Pacific/Chatham',
    'UTC',
  ])('gives ical.js the same offsets as Temporal in %s, years past the window', (zone) => {
    expect(offsetsDisagreeingWithTemporal(zone, 2025, 2030, 2036)).toEqual([]);
  });

  it('keeps irregular transitions (Casablanca around Ramadan) exact inside the window', () => {
    expect(offsetsDisagreeingWithTemporal('Africa/Casablanca', 2025, 2029, 2029)).toEqual([]);
  });

  it('refuses an unknown zone and a reversed window', () => {
    expect(() => generateVTimezone('Mars/Olympus', { fromYear: 2026, toYear: 2027 })).toThrow(RangeError);
    expect(() => generateVTimezone('Europe/Paris', { fromYear: 2027, toYear: 2026 })).toThrow(RangeError);
  });
});
