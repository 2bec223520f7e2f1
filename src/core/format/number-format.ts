import { keptFormats } from './kept-formats.js';

/** One `Intl.NumberFormat` per locale and options, kept (money, decimals, percentages per cell). */
export const numberFormat = keptFormats(
  (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
