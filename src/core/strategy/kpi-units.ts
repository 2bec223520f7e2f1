import { type KpiMetric, type KpiUnit, kpiMetricDefinitions } from './kpi.js';

/**
 * KPIs are stored in exact units (money in integer cents, durations in integer minutes), but
 * people think in euros and hours. These convert between the stored value and the one typed or
 * read on screen, so nobody has to type a revenue target in cents.
 */
const displayFactor: Readonly<Record<KpiUnit, number>> = { count: 1, percent: 1, cents: 100, minutes: 60 };

export function kpiUnitOf(metric: KpiMetric): KpiUnit {
  return kpiMetricDefinitions[metric].unit;
}

/** 150000 cents → 1500 (euros); 90 minutes → 1.5 (hours); counts and percents unchanged. */
export function toDisplayedKpiValue(metric: KpiMetric, stored: number): number {
  return stored / displayFactor[kpiUnitOf(metric)];
}

/**
 * 1500.5 (euros) → 150050 cents; 1.5 (hours) → 90 minutes: money and durations are rounded to
 * their stored unit, counts and percents are kept as typed.
 */
export function toStoredKpiValue(metric: KpiMetric, displayed: number): number {
  const unit = kpiUnitOf(metric);
  const factor = displayFactor[unit];
  return factor === 1 ? displayed : Math.round(displayed * factor);
}
