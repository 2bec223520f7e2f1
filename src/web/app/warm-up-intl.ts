import type { Locale } from '../../contracts/common.js';

/**
 * The first use of `Intl` in a page makes ICU load its data: ~40 ms on a desktop, 150–400 ms on a
 * slow phone, whatever the first call is (a number, a plural, a date in a zone). Paid in one call,
 * it is one long task that blocks input; these steps each pay one part of it (the locale's likely
 * subtags, plural rules, numbers, dates with a zone), each in a task of its own, in the order the
 * costs fall in Chromium, so that the page's own formats find the data loaded.
 */
const warmUpSteps: Array<(locale: Locale) => unknown> = [
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.PluralRules(locale).select(1),
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
