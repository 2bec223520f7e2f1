import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeek } from './retention.js';

const at = (iso: string) => ({ name: iso, createdAt: new Date(iso) });
const policy = { keepDaily: 3, keepWeekly: 2, timeZone: 'Europe/Paris' };

describe('ISO weeks', () => {
  it('numbers weeks from the one holding the first Thursday', () => {
    expect(isoWeek('2026-12-04')).toBe('2026-W49');
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still 2026's last week
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday, already 2025's first week
  });
});

describe('which backups to keep', () => {
  it('keeps the newest of each of the last days and weeks, and deletes the rest', () => {
    const backups = [
      at('2026-12-04T02:00:00Z'), // Friday, week 49
      at('2026-12-03T14:00:00Z'), // a second one that day: the newest of it wins the day…
      at('2026-12-03T02:00:00Z'), // …and this one is kept as one of the three newest
      at('2026-12-02T02:00:00Z'),
      at('2026-12-01T02:00:00Z'), // beyond the 3 days, and not the newest of week 49
      at('2026-11-27T02:00:00Z'), // newest of week 48
      at('2026-11-26T02:00:00Z'),
      at('2026-11-20T02:00:00Z'), // week 47: beyond the 2 weeks
    ];
    expect([...backupsToKeep(backups, policy)].sort()).toEqual(
      [
        '2026-11-27T02:00:00Z',
        '2026-12-02T02:00:00Z',
        '2026-12-03T02:00:00Z',
        '2026-12-03T14:00:00Z',
        '2026-12-04T02:00:00Z',
      ].sort(),
    );
  });

  it('reads days in the instance zone: 23:30 UTC on 3 December is 4 December in Paris', () => {
    const backups = [
      '2026-12-03T23:30:00Z',
      '2026-12-04T02:00:00Z',
      '2026-12-04T03:00:00Z',
      '2026-12-04T04:00:00Z',
    ];
    const kept = backupsToKeep(backups.map(at), { keepDaily: 2, keepWeekly: 0, timeZone: 'Europe/Paris' });
    // One day in Paris, whose newest is kept with the two before it; in UTC 23:30 would be a second day.
    expect([...kept].sort()).toEqual([
      '2026-12-04T02:00:00Z',
      '2026-12-04T03:00:00Z',
      '2026-12-04T04:00:00Z',
    ]);
    expect(backupsToKeep(backups.map(at), { keepDaily: 2, keepWeekly: 0, timeZone: 'UTC' }).size).toBe(4);
  });

  it('always keeps the three newest backups, even when told to keep nothing', () => {
    const backups = [
      '2026-12-01T00:00:00Z',
      '2026-12-01T01:00:00Z',
      '2026-12-01T02:00:00Z',
      '2026-12-01T03:00:00Z',
    ];
    expect([...backupsToKeep(backups.map(at), { ...policy, keepDaily: 0, keepWeekly: 0 })].sort()).toEqual(
      backups.slice(1),
    );
    expect(backupsToKeep([], policy).size).toBe(0);
  });
});
