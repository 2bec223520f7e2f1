import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { computeKpiProgress, kpiMetricDefinitions, kpiMetrics, parseIsoDate } from './kpi.js';

const quarter = { startDate: '2026-01-01', dueDate: '2026-04-01' }; // 90 days

describe('KPI keys', () => {
  it('defines every metric', () => {
    expect(kpiMetrics).toHaveLength(11);
    expect(Object.keys(kpiMetricDefinitions).sort()).toEqual([...kpiMetrics].sort());
    expect(kpiMetricDefinitions.revenue.unit).toBe('cents');
    expect(kpiMetricDefinitions.hours_spent.unit).toBe('minutes');
  });
});

describe('computeKpiProgress', () => {
  it('is on track when progress keeps up with time', () => {
    // 45 of 90 days elapsed, 600 of 1000 new followers
    const progress = computeKpiProgress({
      ...quarter,
      baseline: 1000,
      target: 2000,
      actual: 1600,
      today: '2026-02-15',
    });
    expect(progress).toEqual({
      ratio: 0.6,
      displayRatio: 0.6,
      status: 'on_track',
      expectedRatioToday: 0.5,
      daysRemaining: 45,
    });
  });

  it('is behind when progress lags time', () => {
    const progress = computeKpiProgress({
      ...quarter,
      baseline: 1000,
      target: 2000,
      actual: 1400,
      today: '2026-02-15',
    });
    expect(progress.status).toBe('behind');
    expect(progress.ratio).toBeCloseTo(0.4, 12);
  });

  it('is achieved once the target is met, even early or late', () => {
    expect(computeKpiProgress({ ...quarter, target: 10, actual: 12, today: '2026-01-10' })).toMatchObject({
      status: 'achieved',
      ratio: 1.2,
      displayRatio: 1,
    });
    expect(computeKpiProgress({ ...quarter, target: 10, actual: 10, today: '2026-06-01' }).status).toBe(
      'achieved',
    );
  });

  it('is overdue after the due date when not achieved', () => {
    const progress = computeKpiProgress({ ...quarter, target: 10, actual: 9, today: '2026-04-02' });
    expect(progress).toMatchObject({ status: 'overdue', daysRemaining: -1, expectedRatioToday: 1 });
  });

  it('is not started before the start date', () => {
    const progress = computeKpiProgress({ ...quarter, target: 10, actual: 0, today: '2025-12-20' });
    expect(progress).toMatchObject({ status: 'not_started', expectedRatioToday: 0, ratio: 0 });
  });

  it('gives the benefit of the doubt without a start date', () => {
    const progress = computeKpiProgress({
      target: 10,
      actual: 1,
      dueDate: '2026-04-01',
      today: '2026-03-31',
    });
    expect(progress).toMatchObject({
      status: 'on_track',
      expectedRatioToday: null,
      ratio: 0.1,
      daysRemaining: 1,
    });
  });

  it('handles lower-is-better KPIs with a baseline', () => {
    // cost per lead from 60 EUR to 20 EUR, now 40 EUR: halfway
    const progress = computeKpiProgress({
      ...quarter,
      direction: 'lower_is_better',
      baseline: 6000,
      target: 2000,
      actual: 4000,
      today: '2026-03-01',
    });
    expect(progress.ratio).toBe(0.5);
    expect(progress.status).toBe('behind'); // 59 of 90 days elapsed
    expect(progress.expectedRatioToday).toBeCloseTo(59 / 90, 12);
  });

  it('handles lower-is-better KPIs without a baseline', () => {
    const base = { ...quarter, direction: 'lower_is_better' as const, today: '2026-01-15' };
    expect(computeKpiProgress({ ...base, target: 2000, actual: 4000 }).ratio).toBe(0.5);
    expect(computeKpiProgress({ ...base, target: 2000, actual: 1500 }).status).toBe('achieved');
    expect(computeKpiProgress({ ...base, target: 2000, actual: 0 })).toMatchObject({
      status: 'achieved',
      ratio: 1,
    });
  });

  it('never reports negative progress when the value went backwards', () => {
    const progress = computeKpiProgress({
      ...quarter,
      baseline: 1000,
      target: 2000,
      actual: 900,
      today: '2026-01-02',
    });
    expect(progress.ratio).toBe(0);
    expect(progress.status).toBe('behind');
  });

  it('treats a start date equal to the due date as a deadline', () => {
    const sameDay = { startDate: '2026-03-01', dueDate: '2026-03-01', target: 5, actual: 4 };
    expect(computeKpiProgress({ ...sameDay, today: '2026-03-01' })).toMatchObject({
      expectedRatioToday: 1,
      status: 'behind',
    });
  });

  it('rejects malformed input', () => {
    const valid = { ...quarter, target: 10, actual: 1, today: '2026-02-01' };
    expect(() => computeKpiProgress({ ...valid, today: '2026-02-30' })).toThrow(RangeError);
    expect(() => computeKpiProgress({ ...valid, dueDate: '2026-04-01T00:00' })).toThrow(RangeError);
    expect(() => computeKpiProgress({ ...valid, startDate: '2026-05-01' })).toThrow(/before startDate/);
    expect(() => computeKpiProgress({ ...valid, actual: Number.NaN })).toThrow(RangeError);
  });

  const dateArbitrary = fc
    .integer({ min: 0, max: 3650 })
    .map((offset) => Temporal.PlainDate.from('2024-01-01').add({ days: offset }).toString());
  // KPI values are counts, cents or percents with two decimals: no denormals or 17-digit floats.
  const valueArbitrary = fc
    .integer({ min: -100_000_000, max: 100_000_000 })
    .map((hundredths) => hundredths / 100);

  it('is achieved with ratio >= 1 exactly when actual meets the target', () => {
    fc.assert(
      fc.property(
        valueArbitrary,
        valueArbitrary,
        fc.option(valueArbitrary, { nil: undefined }),
        fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
        dateArbitrary,
        dateArbitrary,
        (target, actual, baseline, direction, dueDate, today) => {
          const progress = computeKpiProgress({ target, actual, baseline, direction, dueDate, today });
          const isMet = direction === 'higher_is_better' ? actual >= target : actual <= target;
          expect(progress.status === 'achieved').toBe(isMet);
          expect(progress.ratio >= 1).toBe(isMet);
          expect(progress.ratio).toBeGreaterThanOrEqual(0);
          expect(progress.displayRatio).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is achieved when actual equals target', () => {
    fc.assert(
      fc.property(
        valueArbitrary,
        fc.option(valueArbitrary, { nil: undefined }),
        dateArbitrary,
        (target, baseline, today) => {
          const progress = computeKpiProgress({
            target,
            actual: target,
            baseline,
            dueDate: '2027-01-01',
            today,
          });
          expect(progress.status).toBe('achieved');
          expect(progress.ratio).toBe(1);
        },
      ),
    );
  });

  it('expects a share of the period in [0, 1] that grows with time', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, dateArbitrary, (a, b, c, d) => {
        const [startDate, dueDate] = [a, b].sort();
        const [earlier, later] = [c, d].sort();
        const input = { startDate, dueDate: dueDate as string, target: 100, actual: 0 };
        const first = computeKpiProgress({ ...input, today: earlier as string }).expectedRatioToday ?? -1;
        const second = computeKpiProgress({ ...input, today: later as string }).expectedRatioToday ?? -1;
        expect(first).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThanOrEqual(1);
        expect(second).toBeGreaterThanOrEqual(first);
      }),
    );
  });
});

describe('parseIsoDate', () => {
  it('parses strict calendar dates', () => {
    expect(parseIsoDate('2024-02-29', 'd').toString()).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29', 'd')).toThrow(RangeError);
    expect(() => parseIsoDate('20240101', 'd')).toThrow(RangeError);
  });
});
