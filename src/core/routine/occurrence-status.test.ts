import { describe, expect, it } from 'vitest';
import { computeAdherence, computeOccurrenceStatus } from './occurrence-status.js';

describe('computeOccurrenceStatus', () => {
  // Wednesday 2026-03-25, 09:00-10:00 in Paris (UTC+1): the local day ends at 2026-03-25T23:00:00Z.
  const occurrence = { localDate: '2026-03-25', timeZone: 'Europe/Paris', end: '2026-03-25T09:00:00Z' };

  it('is planned, then missed once the local day is over', () => {
    expect(computeOccurrenceStatus({ occurrence, now: '2026-03-25T22:59:00Z' })).toBe('planned');
    expect(computeOccurrenceStatus({ occurrence, now: '2026-03-25T23:00:00Z' })).toBe('missed');
  });

  it('keeps done and skipped marks, and a started one becomes missed at the end of the day', () => {
    expect(computeOccurrenceStatus({ occurrence, mark: 'done', now: '2026-04-01T00:00:00Z' })).toBe('done');
    expect(computeOccurrenceStatus({ occurrence, mark: 'skipped', now: '2026-03-20T00:00:00Z' })).toBe(
      'skipped',
    );
    expect(computeOccurrenceStatus({ occurrence, mark: 'started', now: '2026-03-25T08:30:00Z' })).toBe(
      'started',
    );
    expect(computeOccurrenceStatus({ occurrence, mark: 'started', now: '2026-03-25T23:00:00Z' })).toBe(
      'missed',
    );
  });

  it('uses the local day of the occurrence zone and the occurrence end when it runs past midnight', () => {
    const late = { localDate: '2026-03-25', timeZone: 'America/New_York', end: '2026-03-26T04:30:00Z' };
    // New York midnight is 04:00Z; the block runs until 04:30Z.
    expect(computeOccurrenceStatus({ occurrence: late, now: '2026-03-26T04:15:00Z' })).toBe('planned');
    expect(computeOccurrenceStatus({ occurrence: late, now: '2026-03-26T04:30:00Z' })).toBe('missed');
  });
});

describe('computeAdherence', () => {
  it('divides done by settled occurrences, leaving pending ones out', () => {
    const statuses = ['done', 'done', 'done', 'missed', 'skipped', 'planned', 'started'] as const;
    expect(computeAdherence(statuses.map((status) => ({ status })))).toEqual({
      planned: 5,
      done: 3,
      skipped: 1,
      missed: 1,
      pending: 2,
      toMark: 0,
      ratio: 0.6,
    });
  });

  it('tells what is over but not marked yet from what is still to come', () => {
    const now = '2026-03-25T12:00:00Z';
    const adherence = computeAdherence(
      [
        { status: 'planned', end: '2026-03-25T09:30:00Z' },
        { status: 'started', end: '2026-03-25T11:00:00Z' },
        { status: 'planned', end: '2026-03-25T12:30:00Z' },
        { status: 'done', end: '2026-03-25T08:00:00Z' },
      ],
      now,
    );
    expect(adherence).toMatchObject({ planned: 1, done: 1, pending: 1, toMark: 2, ratio: 1 });
  });

  it('has no ratio when nothing is settled yet', () => {
    expect(computeAdherence([{ status: 'planned' }]).ratio).toBeNull();
  });
});
