import { minusSign, noBreakSpace } from './french-typography.js';
import { numberFormat } from './number-format.js';

export type FormatLocale = 'fr' | 'en' | (string & {});

const isFrench = (locale: FormatLocale) => locale.toLowerCase().startsWith('fr');

/**
 * A duration as people read it: "1 h 30", "2 h", "45 min", "1 min", "0 h" in French, "1 h 30 min"
 * in English; no-break spaces so it never wraps, a real minus sign for a shortfall, "+" only when
 * asked (`signed`). Minutes are rounded to the nearest whole one.
 */
export function formatMinutes(
  minutes: number,
  locale: FormatLocale,
  options: { signed?: boolean } = {},
): string {
  const rounded = Math.round(Math.abs(minutes));
  const sign = rounded === 0 ? '' : minutes < 0 ? minusSign : options.signed ? '+' : '';
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const space = noBreakSpace;
  if (rounded === 0) return `0${space}h`;
  if (hours === 0) return `${sign}${rest}${space}min`;
  if (rest === 0) return `${sign}${hours}${space}h`;
  const restText = String(rest).padStart(2, '0');
  return isFrench(locale)
    ? `${sign}${hours}${space}h${space}${restText}`
    : `${sign}${hours}${space}h${space}${restText}${space}min`;
}

/**
 * A number in the locale's digits (decimal comma in French, grouping with a narrow space) with a
 * real minus sign: what chart axes and tables show.
 */
export function formatDecimal(value: number, locale: FormatLocale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value).replace('-', minusSign);
}
