import type { Kpi } from '../../../contracts/strategy.js';
import { kpiUnitOf, toDisplayedKpiValue } from '../../../core/strategy/kpi-units.js';

/** A KPI value as people read it: "1 500,00 €", "12,5 h", "2,5 %", "1 200". */
export function formatKpiValue(
  metric: Kpi['metric'],
  stored: number,
  locale: string,
  currency: string,
): string {
  const value = toDisplayedKpiValue(metric, stored);
  switch (kpiUnitOf(metric)) {
    case 'cents':
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
    case 'minutes':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} h`;
    case 'percent':
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits: 2,
      }).format(value);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** What a number input shows after the value for this metric: " €", " h", " %" or nothing. */
export function kpiInputSuffix(metric: Kpi['metric'], currency: string, locale: string): string | undefined {
  switch (kpiUnitOf(metric)) {
    case 'cents':
      return ` ${
        new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
          .formatToParts(0)
          .find((part) => part.type === 'currency')?.value ?? currency
      }`;
    case 'minutes':
      return ' h';
    case 'percent':
      return ' %';
    default:
      return undefined;
  }
}

/** A calendar date (YYYY-MM-DD) in the reader's format, read as a date, not an instant. */
export function formatIsoDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
