import type { Locale } from '../../contracts/common.js';

/**
 * The first use of `Intl` in a page makes ICU load its data: ~40 ms on a desktop, 150–400 ms on a
 * slow phone, whatever the first call is (a number, a plural, a date in a zone). These steps each
 * pay one part of it. Measured in Chromium, each step the first of its kind in a fresh page
 * (bench/README.md, "Session 19"): plural rules ~2 ms, the Unicode extensions' data (`-u-nu-…`,
 * which any formatter's locale goes through) ~19, the likely subtags ~22, numbers ~7, dates ~6,
 * a date in a zone ~1. A NumberFormat first paid the first three at once (~40).
 * No imports but a type: the warm-up's worker bundles this file alone.
 */
export const warmUpSteps: ReadonlyArray<(locale: Locale) => unknown> = [
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => Intl.getCanonicalLocales(`${locale}-u-nu-latn`),
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.NumberFormat(locale).format(1),
  (locale) => new Intl.DateTimeFormat(locale).format(0),
  (locale) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' }).format(0),
];
