import { Temporal } from 'temporal-polyfill';
import type { KpiDirection, KpiMetric } from './kpi-kinds.js';

export {
  type KpiDirection,
  type KpiMetric,
  type KpiPeriod,
  kpiDirections,
  kpiMetrics,
  kpiPeriods,
} from './kpi-kinds.js';

/**
 * How values of a metric are stored: money in integer cents, durations in integer minutes,
 * rates as percents (2.5 means 2.5 %), everything else as counts.
 */
export type KpiUnit = 'count' | 'percent' | 'cents' | 'minutes';

export interface KpiMetricDefinition {
  unit: KpiUnit;
  defaultDirection: KpiDirection;
}

// Every built-in metric is "more is better"; a lower-is-better goal (cost per lead, hours spent
// on low-value tasks) is a `custom` KPI or an explicit direction on the KPI itself.
export const kpiMetricDefinitions: Readonly<Record<KpiMetric, KpiMetricDefinition>> = Object.freeze({
  followers: { unit: 'count', defaultDirection: 'higher_is_better' },
  engagement_rate: { unit: 'percent', defaultDirection: 'higher_is_better' },
  clicks: { unit: 'count', defaultDirection: 'higher_is_better' },
  leads: { unit: 'count', defaultDirection: 'higher_is_better' },
  clients_won: { unit: 'count', defaultDirection: 'higher_is_better' },
  revenue: { unit: 'cents', defaultDirection: 'higher_is_better' },
  posts_published: { unit: 'count', defaultDirection: 'higher_is_better' },
  hours_spent: { unit: 'minutes', defaultDirection: 'higher_is_better' },
  reach: { unit: 'count', defaultDirection: 'higher_is_better' },
  impressions: { unit: 'count', defaultDirection: 'higher_is_better' },
  custom: { unit: 'count', defaultDirection: 'higher_is_better' },
});

export type KpiStatus = 'achieved' | 'on_track' | 'behind' | 'not_started' | 'overdue';

export interface KpiProgressInput {
  /** The value when the KPI was set; without it, progress is measured from 0 (or as target/actual, see below). */
  baseline?: number;
  target: number;
  actual: number;
  /** ISO `YYYY-MM-DD`. */
  dueDate: string;
  /** ISO `YYYY-MM-DD`; without it the time-based comparison is impossible (expectedRatioToday is null). */
  startDate?: string;
  /** ISO `YYYY-MM-DD`, the caller's "today" in the workspace's time zone. */
  today: string;
  /** Defaults to 'higher_is_better'. */
  direction?: KpiDirection;
}

export interface KpiProgress {
  /** Share of the way from baseline to target: 0 = nothing yet, 1 = target reached, > 1 = beyond. Never negative. */
  ratio: number;
  /** `ratio` clamped to [0, 1], for progress bars. */
  displayRatio: number;
  status: KpiStatus;
  /** Share of the start-to-due period elapsed today, in [0, 1]; null without a start date. */
  expectedRatioToday: number | null;
  /** Days from today to the due date; negative once it has passed. */
  daysRemaining: number;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a strict ISO calendar date; Temporal alone would also accept a date-time. */
export function parseIsoDate(value: string, label: string): Temporal.PlainDate {
  if (!isoDatePattern.test(value)) {
    throw new RangeError(`${label} must be an ISO date YYYY-MM-DD, got ${value}`);
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new RangeError(`${label} is not a valid calendar date: ${value}`);
  }
}

function assertFinite(value: number, label: string): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${label} must be a finite number, got ${value}`);
  }
}

function daysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  return from.until(to, { largestUnit: 'days' }).days;
}

function isTargetMet(actual: number, target: number, direction: KpiDirection): boolean {
  return direction === 'higher_is_better' ? actual >= target : actual <= target;
}

/**
 * Progress ratio. With a baseline that the target improves on, it is the share of the distance
 * covered: (actual - baseline) / (target - baseline), which also holds for lower-is-better goals
 * (both differences are negative). Without a usable baseline:
 * - higher is better: actual / target;
 * - lower is better: target / actual (a cost per lead of 40 EUR against a 20 EUR target is 0.5);
 * and when those divisions are impossible (target or actual <= 0), 1 if the target is met, else 0.
 */
function computeRatio(input: KpiProgressInput, direction: KpiDirection): number {
  const { baseline, target, actual } = input;
  let ratio: number;
  if (baseline !== undefined && (direction === 'higher_is_better' ? target > baseline : target < baseline)) {
    ratio = (actual - baseline) / (target - baseline);
  } else if (direction === 'higher_is_better' && target > 0) {
    ratio = actual / target;
  } else if (direction === 'lower_is_better' && actual > 0 && target > 0) {
    ratio = target / actual;
  } else {
    ratio = isTargetMet(actual, target, direction) ? 1 : 0;
  }
  return Math.max(0, ratio);
}

/**
 * Where a KPI stands today. Status, first match wins:
 * 1. achieved - the target is met (even before the start or after the due date);
 * 2. overdue - today is after the due date;
 * 3. not_started - today is before the start date;
 * 4. on_track - progress ratio >= share of the start-to-due period elapsed (or no start date:
 *    nothing to compare with, so the benefit of the doubt);
 * 5. behind - otherwise.
 * Throws a RangeError on a malformed date, a due date before the start date, or a non-finite value.
 */
export function computeKpiProgress(input: KpiProgressInput): KpiProgress {
  const direction = input.direction ?? 'higher_is_better';
  assertFinite(input.target, 'target');
  assertFinite(input.actual, 'actual');
  if (input.baseline !== undefined) {
    assertFinite(input.baseline, 'baseline');
  }
  const today = parseIsoDate(input.today, 'today');
  const dueDate = parseIsoDate(input.dueDate, 'dueDate');
  const startDate = input.startDate === undefined ? null : parseIsoDate(input.startDate, 'startDate');
  if (startDate !== null && Temporal.PlainDate.compare(startDate, dueDate) > 0) {
    throw new RangeError(`dueDate ${input.dueDate} is before startDate ${input.startDate}`);
  }

  const ratio = computeRatio(input, direction);
  const daysRemaining = daysBetween(today, dueDate);
  let expectedRatioToday: number | null = null;
  if (startDate !== null) {
    const totalDays = daysBetween(startDate, dueDate);
    const elapsedDays = daysBetween(startDate, today);
    const elapsedShare = totalDays === 0 ? (elapsedDays >= 0 ? 1 : 0) : elapsedDays / totalDays;
    expectedRatioToday = Math.min(1, Math.max(0, elapsedShare));
  }

  let status: KpiStatus;
  if (isTargetMet(input.actual, input.target, direction)) {
    status = 'achieved';
  } else if (daysRemaining < 0) {
    status = 'overdue';
  } else if (startDate !== null && Temporal.PlainDate.compare(today, startDate) < 0) {
    status = 'not_started';
  } else if (expectedRatioToday === null || ratio >= expectedRatioToday) {
    status = 'on_track';
  } else {
    status = 'behind';
  }

  return { ratio, displayRatio: Math.min(1, ratio), status, expectedRatioToday, daysRemaining };
}
