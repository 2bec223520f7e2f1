import { describe, expect, it } from 'vitest';
import { listUnclearLocalTimes } from '../time/index.js';
import { planCalendarSeries } from './plan-calendar-series.js';
import { makeBlock } from './routine-test-fixtures.js';

const paris2026 = listUnclearLocalTimes('Europe/Paris', { fromYear: 2026, toYear: 2026 });

describe('listUnclearLocalTimes', () => {
  it('finds the skipped and the repeated hour of 2026 in Paris', () => {
    expect(paris2026).toEqual([
      { start: '2026-03-29T02:00:00', end: '2026-03-29T03:00:00', kind: 'skipped' },
      { start: '2026-10-25T02:00:00', end: '2026-10-25T03:00:00', kind: 'repeated' },
    ]);
  });
});

describe('planCalendarSeries', () => {
  it('leaves a 09:00 block to its RRULE entirely', () => {
    const plan = planCalendarSeries(makeBlock({ startsOn: '2026-01-05' }), [], paris2026);
    expect(plan).toEqual({
      series: { firstDate: '2026-01-05', excludedDates: [], overrides: [] },
      standalone: [],
    });
  });

  it('writes the 02:30 Sunday occurrences of both DST days apart, in UTC', () => {
    const block = makeBlock({ weekdays: [7], startTime: '02:30', startsOn: '2026-01-05' });
    const plan = planCalendarSeries(block, [], paris2026);
    expect(plan.series?.excludedDates).toEqual(['2026-03-29', '2026-10-25']);
    expect(plan.standalone.map((occurrence) => [occurrence.occurrenceDate, occurrence.start])).toEqual([
      ['2026-03-29', '2026-03-29T01:30:00Z'],
      ['2026-10-25', '2026-10-25T00:30:00Z'],
    ]);
  });

  it('never anchors the series on a DST day, and keeps clear moves as overrides', () => {
    const block = makeBlock({ weekdays: [7], startTime: '10:00', startsOn: '2026-10-19' });
    const plan = planCalendarSeries(
      block,
      [
        { blockId: block.id, originalDate: '2026-11-08', kind: 'moved', newStartTime: '11:00' },
        { blockId: block.id, originalDate: '2026-11-15', kind: 'cancelled' },
        {
          blockId: block.id,
          originalDate: '2026-11-22',
          kind: 'moved',
          newDate: '2027-03-28',
          newStartTime: '02:15',
        },
        { blockId: 'another', originalDate: '2026-11-29', kind: 'cancelled' },
      ],
      [...paris2026, ...listUnclearLocalTimes('Europe/Paris', { fromYear: 2027, toYear: 2027 })],
    );
    expect(plan.series?.firstDate).toBe('2026-11-01');
    expect(plan.series?.excludedDates).toEqual(['2026-11-15', '2026-11-22']);
    expect(plan.series?.overrides.map((override) => override.originalDate)).toEqual(['2026-11-08']);
    expect(plan.standalone.map((occurrence) => [occurrence.occurrenceDate, occurrence.start])).toEqual([
      ['2026-10-25', '2026-10-25T09:00:00Z'],
      ['2026-11-22', '2027-03-28T01:15:00Z'],
    ]);
  });

  it('writes a block that never leaves DST days as single events only', () => {
    const block = makeBlock({ weekdays: [7], startsOn: '2026-10-25', endsOn: '2026-10-25' });
    const plan = planCalendarSeries(block, [], paris2026);
    expect(plan.series).toBeNull();
    expect(plan.standalone.map((occurrence) => occurrence.start)).toEqual(['2026-10-25T08:00:00Z']);
  });
});
