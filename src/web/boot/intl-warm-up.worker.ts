// Runs in a worker of the page's own process (see warm-up-intl.ts): what each step loads into
// ICU's caches, the page's thread then finds loaded.

/** One step per kind of data the pages format with: a locale's subtags, plural rules, numbers,
 *  currency and percent patterns, date names and patterns, a zone's rules and names, and the
 *  en-US parts the Temporal polyfill reads zone offsets from. */
const steps: Array<(locale: string) => unknown> = [
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1.5),
  (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1),
  (locale) => new Intl.NumberFormat(locale, { style: 'percent' }).format(0.5),
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Paris',
    }).format(0),
  (locale) => new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(0),
  () =>
    new Intl.DateTimeFormat('en-US', {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZone: 'Europe/Paris',
    }).formatToParts(0),
];

addEventListener('message', (event: MessageEvent<string[]>) => {
  for (const locale of event.data)
    for (const step of steps) {
      try {
        step(locale);
      } catch {
        // An option this browser does not know: the page will not use it either.
      }
    }
  close();
});
