import { describe, expect, it } from 'vitest';
import { cutBackTimer, isForgottenTimer, validateEntryInterval } from './entry-interval.js';

const now = '2026-03-30T12:00:00Z';

describe('validateEntryInterval', () => {
  it('accepts a normal entry and normalises its instants', () => {
    expect(
      validateEntryInterval({ start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T08:30:00.400Z', now }),
    ).toEqual({
      ok: true,
      startUtc: '2026-03-30T07:00:00Z',
      endUtc: '2026-03-30T08:30:00Z',
      durationSeconds: 5400,
    });
  });

  it('refuses an end that is not after the start', () => {
    const result = validateEntryInterval({ start: '2026-03-30T09:00:00Z', end: '2026-03-30T09:00:00Z', now });
    expect(result).toMatchObject({ ok: false, error: { code: 'end_not_after_start' } });
  });

  it('caps manual entries at exactly 24 h but not timers or imports', () => {
    const start = '2026-03-28T10:00:00Z';
    expect(validateEntryInterval({ start, end: '2026-03-29T10:00:00Z', now }).ok).toBe(true);
    expect(validateEntryInterval({ start, end: '2026-03-29T10:00:01Z', now })).toMatchObject({
      ok: false,
      error: { code: 'too_long', params: { maxSeconds: 86_400 } },
    });
    expect(validateEntryInterval({ start, end: '2026-03-29T10:00:01Z', now, source: 'timer' }).ok).toBe(true);
  });

  it('tolerates 5 minutes of clock skew into the future, not more', () => {
    const start = '2026-03-30T11:00:00Z';
    expect(validateEntryInterval({ start, end: '2026-03-30T12:05:00Z', now }).ok).toBe(true);
    expect(validateEntryInterval({ start, end: '2026-03-30T12:05:01Z', now })).toMatchObject({
      ok: false,
      error: { code: 'in_future' },
    });
  });

  it('names the field of an invalid instant', () => {
    expect(validateEntryInterval({ start: '2026-03-30T09:00', end: '2026-03-30T10:00Z', now })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_instant', params: { field: 'start' } },
      },
    );
  });
});

describe('forgotten timers', () => {
  it('flags a timer once it has run for the limit', () => {
    expect(isForgottenTimer({ startedAt: '2026-03-30T08:00:01Z', now })).toBe(false);
    expect(isForgottenTimer({ startedAt: '2026-03-30T08:00:00Z', now })).toBe(true);
    expect(isForgottenTimer({ startedAt: '2026-03-30T11:00:00Z', now, limitMinutes: 60 })).toBe(true);
  });

  it('cuts a timer back to an earlier end', () => {
    expect(
      cutBackTimer({ startedAt: '2026-03-30T06:00:00Z', proposedEnd: '2026-03-30T08:30:00+02:00', now }),
    ).toEqual({ ok: true, endUtc: '2026-03-30T06:30:00Z', durationSeconds: 1800, discardedSeconds: 19_800 });
  });

  it('refuses a cut-back before the start or after now', () => {
    const startedAt = '2026-03-30T06:00:00Z';
    expect(cutBackTimer({ startedAt, proposedEnd: '2026-03-30T05:00:00Z', now })).toMatchObject({
      ok: false,
      error: { code: 'end_not_after_start' },
    });
    expect(cutBackTimer({ startedAt, proposedEnd: '2026-03-30T12:00:01Z', now })).toMatchObject({
      ok: false,
      error: { code: 'end_after_now' },
    });
    expect(cutBackTimer({ startedAt, proposedEnd: 'noon', now })).toMatchObject({
      ok: false,
      error: { code: 'invalid_instant', params: { field: 'proposedEnd' } },
    });
  });
});
