import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUtcInstant } from './instant.js';
import { aggregateEntriesByLocalDay, splitIntervalByLocalDay } from './split-by-local-day.js';
import { diffTimesheetCell, placeGridEntry } from './timesheet-cell.js';
import { buildTimesheetGrid } from './timesheet-grid.js';

describe('splitIntervalByLocalDay', () => {
  it('splits at local midnight, in the given zone whatever the process zone', () => {
    expect(
      splitIntervalByLocalDay(
        { startUtc: '2026-03-28T22:30:00Z', endUtc: '2026-03-29T01:30:00Z' },
        'Europe/Paris',
      ),
    ).toEqual([
      { localDate: '2026-03-28', seconds: 1800 },
      { localDate: '2026-03-29', seconds: 9000 },
    ]);
    expect(
      splitIntervalByLocalDay({ startUtc: '2026-03-28T22:30:00Z', endUtc: '2026-03-29T01:30:00Z' }, 'UTC'),
    ).toEqual([
      { localDate: '2026-03-28', seconds: 5400 },
      { localDate: '2026-03-29', seconds: 5400 },
    ]);
  });

  it('preserves the total and gives each day at most its real length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_767_225_600, max: 1_798_761_600 }),
        fc.integer({ min: 0, max: 4 * 86_400 }),
        fc.constantFrom('Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'UTC'),
        (start, length, zone) => {
          const segments = splitIntervalByLocalDay(
            { startUtc: formatUtcInstant(start), endUtc: formatUtcInstant(start + length) },
            zone,
          );
          expect(segments.reduce((sum, segment) => sum + segment.seconds, 0)).toBe(length);
          for (const segment of segments) expect(segment.seconds).toBeLessThanOrEqual(25 * 3600);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('buildTimesheetGrid', () => {
  it('builds a categories × days matrix with totals', () => {
    const cells = aggregateEntriesByLocalDay(
      [
        { categoryId: 'communication', startUtc: '2026-03-30T07:00:00Z', endUtc: '2026-03-30T08:00:00Z' },
        { categoryId: 'communication', startUtc: '2026-03-30T12:00:00Z', endUtc: '2026-03-30T12:30:00Z' },
        { categoryId: 'blogging', startUtc: '2026-04-05T21:00:00Z', endUtc: '2026-04-05T23:00:00Z' },
      ],
      'Europe/Paris',
    );
    const grid = buildTimesheetGrid(cells, '2026-03-30', { categoryOrder: ['strategy', 'communication'] });
    expect(grid.days).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(grid.rows).toEqual([
      { categoryId: 'strategy', secondsByDay: [0, 0, 0, 0, 0, 0, 0], totalSeconds: 0 },
      { categoryId: 'communication', secondsByDay: [5400, 0, 0, 0, 0, 0, 0], totalSeconds: 5400 },
      { categoryId: 'blogging', secondsByDay: [0, 0, 0, 0, 0, 0, 3600], totalSeconds: 3600 },
    ]);
    expect(grid.dayTotals).toEqual([5400, 0, 0, 0, 0, 0, 3600]);
    expect(grid.totalSeconds).toBe(9000);
    // 23:00-01:00 Paris on Sunday: the hour after midnight belongs to the next week.
    expect(grid.outsideWeekSeconds).toBe(3600);
  });

  it('keeps row totals, column totals and the grand total consistent', () => {
    const cell = fc.record({
      categoryId: fc.constantFrom('a', 'b', 'c'),
      localDate: fc.constantFrom('2026-10-25', '2026-10-26', '2026-10-31', '2026-11-01', '2026-11-02'),
      seconds: fc.nat({ max: 86_400 }),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        const grid = buildTimesheetGrid(cells, '2026-10-26');
        const inputTotal = cells.reduce((sum, item) => sum + item.seconds, 0);
        expect(grid.totalSeconds + grid.outsideWeekSeconds).toBe(inputTotal);
        expect(grid.rows.reduce((sum, row) => sum + row.totalSeconds, 0)).toBe(grid.totalSeconds);
      }),
    );
  });

  it('refuses a malformed week start', () => {
    expect(() => buildTimesheetGrid([], '2026-02-30')).toThrow(RangeError);
    expect(() => buildTimesheetGrid([], '30/03/2026')).toThrow(RangeError);
  });
});

describe('diffTimesheetCell', () => {
  const timer = { id: 'timer-1', seconds: 3600, origin: 'timer' as const };
  const grid = { id: 'grid-1', seconds: 1800, origin: 'grid' as const };

  it('creates one grid entry for an increase on a cell without one', () => {
    expect(diffTimesheetCell([timer], 5400)).toEqual({
      ok: true,
      currentSeconds: 3600,
      operations: [{ kind: 'create', seconds: 1800 }],
    });
  });

  it('grows or shrinks the existing grid entry, deleting it at zero', () => {
    expect(diffTimesheetCell([timer, grid], 7200)).toMatchObject({
      operations: [{ kind: 'update', entryId: 'grid-1', seconds: 3600 }],
    });
    expect(diffTimesheetCell([timer, grid], 4000)).toMatchObject({
      operations: [{ kind: 'update', entryId: 'grid-1', seconds: 400 }],
    });
    expect(diffTimesheetCell([timer, grid], 3600)).toMatchObject({
      operations: [{ kind: 'delete', entryId: 'grid-1' }],
    });
    expect(diffTimesheetCell([timer, grid], 5400)).toMatchObject({ operations: [] });
  });

  it('refuses to go below the timed entries', () => {
    expect(diffTimesheetCell([timer, grid], 1800)).toMatchObject({
      ok: false,
      error: { code: 'below_timed_entries', params: { minimumSeconds: 3600 } },
    });
  });

  it('shrinks several grid entries last first', () => {
    const entries = [
      { id: 'g1', seconds: 600, origin: 'grid' as const },
      { id: 'g2', seconds: 300, origin: 'grid' as const },
    ];
    expect(diffTimesheetCell(entries, 400)).toMatchObject({
      operations: [
        { kind: 'delete', entryId: 'g2' },
        { kind: 'update', entryId: 'g1', seconds: 400 },
      ],
    });
  });

  it('refuses invalid totals', () => {
    expect(diffTimesheetCell([], -1)).toMatchObject({ ok: false, error: { code: 'invalid_seconds' } });
    expect(diffTimesheetCell([], 86_401)).toMatchObject({ ok: false, error: { code: 'too_long' } });
  });

  it('always reaches the requested total when it accepts', () => {
    const entry = fc.record({
      id: fc.uuid(),
      seconds: fc.nat({ max: 20_000 }),
      origin: fc.constantFrom('grid' as const, 'timer' as const, 'manual' as const, 'import' as const),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), fc.nat({ max: 86_400 }), (entries, target) => {
        const result = diffTimesheetCell(entries, target);
        if (!result.ok) return;
        const seconds = new Map(entries.map((item) => [item.id, item.seconds]));
        let created = 0;
        for (const operation of result.operations) {
          if (operation.kind === 'create') created += operation.seconds;
          else if (operation.kind === 'update') seconds.set(operation.entryId, operation.seconds);
          else seconds.set(operation.entryId, 0);
        }
        const total = [...seconds.values()].reduce((sum, value) => sum + value, 0) + created;
        expect(total).toBe(target);
      }),
    );
  });
});

describe('placeGridEntry', () => {
  it('starts at 09:00 local, or ends at midnight when it would spill over', () => {
    expect(placeGridEntry({ localDate: '2026-03-30', seconds: 5400, zone: 'Europe/Paris' })).toEqual({
      ok: true,
      startUtc: '2026-03-30T07:00:00Z',
      endUtc: '2026-03-30T08:30:00Z',
    });
    expect(placeGridEntry({ localDate: '2026-03-30', seconds: 20 * 3600, zone: 'Europe/Paris' })).toEqual({
      ok: true,
      startUtc: '2026-03-30T02:00:00Z',
      endUtc: '2026-03-30T22:00:00Z',
    });
  });

  it('knows the DST day has 23 hours', () => {
    expect(placeGridEntry({ localDate: '2026-03-29', seconds: 86_400, zone: 'Europe/Paris' })).toMatchObject({
      ok: false,
      error: { code: 'longer_than_day', params: { daySeconds: 82_800 } },
    });
    expect(placeGridEntry({ localDate: '2026-10-25', seconds: 86_400, zone: 'Europe/Paris' })).toEqual({
      ok: true,
      startUtc: '2026-10-24T23:00:00Z',
      endUtc: '2026-10-25T23:00:00Z',
    });
  });
});
