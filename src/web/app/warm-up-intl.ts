import type { Locale } from '../../contracts/common.js';

/**
 * The first use of `Intl` in a page makes ICU load its data: ~40 ms on a desktop, 150–400 ms on a
 * slow phone, whatever the first call is (a number, a plural, a date in a zone). Paid in one call,
 * it is one long task that blocks input; these steps each pay one part of it, each in a task of
 * its own, so that the page's own formats find the data loaded. Measured in Chromium, each step
 * the first of its kind in a fresh page (bench/README.md, "Session 19"): plural rules ~2 ms, the
 * Unicode extensions' data (`-u-nu-…`, which any formatter's locale goes through) ~19, the likely
 * subtags ~22, numbers ~7, dates ~6, a date in a zone ~1. A NumberFormat first paid the first three
 * at once (~40).
 */
const warmUpSteps: Array<(locale: Locale) => unknown> = [
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => Intl.getCanonicalLocales(`${locale}-u-nu-latn`),
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.NumberFormat(locale).format(1),
  (locale) => new Intl.DateTimeFormat(locale).format(0),
  (locale) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' }).format(0),
];

/** Loads ICU's data for `locale` in short tasks, one step per task, starting after this one. */
export function warmUpIntl(locale: Locale): void {
  const runStep = (index: number) => {
    const step = warmUpSteps[index];
    if (!step) return;
    step(locale);
    setTimeout(() => runStep(index + 1), 0);
  };
  setTimeout(() => runStep(0), 0);
}
