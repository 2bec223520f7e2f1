import { addDaysToDate, isoWeekdayOf } from '../time/epoch-day.js';
import { addMonths } from './months.js';

/**
 * The KPI metrics results can measure on their own: counted from outcomes, or (followers) the
 * latest daily count of the connected accounts.
 */
export const measuredKpiMetrics = ['leads', 'clients_won', 'revenue', 'followers'] as const;
export type MeasuredKpiMetric = (typeof measuredKpiMetrics)[number];

export function isMeasuredKpiMetric(metric: string): metric is MeasuredKpiMetric {
  return (measuredKpiMetrics as readonly string[]).includes(metric);
}

/**
 * The local dates `[from, toExclusive)` of the KPI's period that contains `today`: its week
 * (Monday first), month, quarter or year. A KPI "10 leads a month" is read on the current month.
 */
export function currentKpiPeriod(
  period: 'week' | 'month' | 'quarter' | 'year',
  today: string,
): { from: string; toExclusive: string } {
  if (period === 'week') {
    const from = addDaysToDate(today, 1 - isoWeekdayOf(today));
    return { from, toExclusive: addDaysToDate(from, 7) };
  }
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  const firstMonth =
    period === 'month'
      ? today.slice(0, 7)
      : period === 'quarter'
        ? `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}`
        : `${year}-01`;
  const length = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return { from: `${firstMonth}-01`, toExclusive: `${addMonths(firstMonth, length)}-01` };
}
