import { describe, expect, it } from 'vitest';
import { findFirstOccurrenceDate } from './block-recurrence.js';
import { makeBlock } from './routine-test-fixtures.js';
import { toRRule } from './to-rrule.js';

describe('toRRule', () => {
  it('writes a weekly rule with interval, sorted days and Monday week start', () => {
    expect(toRRule(makeBlock({ weekdays: [3, 1], intervalWeeks: 2 }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO',
    );
  });

  it('ends with UNTIL in UTC at the last second of endsOn in the block zone', () => {
    expect(toRRule(makeBlock({ weekdays: [7], endsOn: '2026-12-31' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;WKST=MO;UNTIL=20261231T225959Z',
    );
    expect(toRRule(makeBlock({ weekdays: [5], endsOn: '2026-07-03', timeZone: 'America/New_York' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;WKST=MO;UNTIL=20260704T035959Z',
    );
  });
});

describe('findFirstOccurrenceDate (DTSTART)', () => {
  it('finds the first matching day on or after startsOn, within the anchored cycle', () => {
    expect(findFirstOccurrenceDate(makeBlock({ weekdays: [1, 3], startsOn: '2026-03-04' }))).toBe(
      '2026-03-04',
    );
    // Friday start, Monday only, every 3 weeks: the anchor week's Monday is past, so three weeks later.
    expect(
      findFirstOccurrenceDate(makeBlock({ weekdays: [1], intervalWeeks: 3, startsOn: '2026-03-06' })),
    ).toBe('2026-03-23');
    expect(
      findFirstOccurrenceDate(makeBlock({ weekdays: [1], startsOn: '2026-03-04', endsOn: '2026-03-08' })),
    ).toBeNull();
  });
});
