import { describe, expect, it } from 'vitest';
import { batchWeekStart, planBatchWeek } from './batch-plan.js';

const base = {
  weekStart: '2026-03-23',
  zone: 'Europe/Paris',
  now: '2026-03-20T12:00:00Z',
  slots: [
    { network: 'linkedin' as const, weekday: 1, time: '09:00' },
    { network: 'linkedin' as const, weekday: 3, time: '09:00' },
    { network: 'linkedin' as const, weekday: 5, time: '09:00' },
    { network: 'mastodon' as const, weekday: 2, time: '12:30' },
  ],
  targets: [
    { network: 'linkedin' as const, targetPostsPerWeek: 3 },
    { network: 'instagram' as const, targetPostsPerWeek: 2 },
  ],
};

describe('planBatchWeek', () => {
  it('lists the empty slots of next week against each target', () => {
    const plan = planBatchWeek({
      ...base,
      versions: [{ network: 'linkedin', isPublished: false, at: '2026-03-25T08:00:00Z' }],
    });
    const linkedin = plan.find((line) => line.network === 'linkedin');
    expect(linkedin).toMatchObject({ target: 3, scheduled: 1, missing: 2 });
    expect(linkedin?.openSlots.map((slot) => slot.localDate)).toEqual(['2026-03-23', '2026-03-27']);
    expect(plan.find((line) => line.network === 'instagram')).toMatchObject({ missing: 2, openSlots: [] });
    // Mastodon has slots but no target: still offered.
    expect(plan.find((line) => line.network === 'mastodon')?.openSlots).toHaveLength(1);
  });

  it('keeps the wall-clock time across the spring change and drops slots already past', () => {
    const plan = planBatchWeek({ ...base, now: '2026-03-25T12:00:00Z', versions: [] });
    const linkedin = plan.find((line) => line.network === 'linkedin');
    // Friday 27 March 09:00 in Paris is still winter time (08:00 UTC); summer time starts on the 29th.
    expect(linkedin?.openSlots.map((slot) => slot.instant)).toEqual(['2026-03-27T08:00:00Z']);
    const after = planBatchWeek({ ...base, weekStart: '2026-03-30', versions: [] });
    expect(after.find((line) => line.network === 'linkedin')?.openSlots[0]?.instant).toBe(
      '2026-03-30T07:00:00Z',
    );
  });
});

describe('batchWeekStart', () => {
  it('is this week on a Monday, the coming Monday otherwise', () => {
    expect(batchWeekStart('2026-12-07')).toBe('2026-12-07');
    expect(batchWeekStart('2026-12-08')).toBe('2026-12-14');
    expect(batchWeekStart('2026-12-13')).toBe('2026-12-14');
  });
});
