/**
 * What each of the page's first `Intl` calls costs, in the order given, each in a fresh Chromium
 * (ICU's data is loaded once per renderer process): how src/web/app/warm-up-intl.ts chose its
 * steps, so that no step is one long task. Unthrottled milliseconds; the median of the runs.
 *
 *   npx tsx bench/icu-first-calls.ts [--steps plural,extensions,subtags,number,date,zone]
 *     [--locale fr] [--runs 8]
 */
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/support/chromium.js';

/** The calls, as source run in the page with `locale` defined. */
const calls: Record<string, string> = {
  plural: 'new Intl.PluralRules(locale).select(1)',
  extensions: "Intl.getCanonicalLocales(locale + '-u-nu-latn')",
  subtags: 'new Intl.Locale(locale).maximize()',
  number: 'new Intl.NumberFormat(locale).format(1)',
  date: 'new Intl.DateTimeFormat(locale).format(0)',
  zone: "new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' }).format(0)",
  parisDate:
    "new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Paris', weekday: 'long', hour: '2-digit' }).format(0)",
  currency: "new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(12.5)",
  list: "new Intl.ListFormat(locale).format(['a', 'b'])",
  relative: "new Intl.RelativeTimeFormat(locale).format(-2, 'day')",
  // The list of available locales that every formatter resolves its locale against: most of the cost.
  available: 'Intl.NumberFormat.supportedLocalesOf([locale])',
  lookup: "new Intl.NumberFormat(locale, { localeMatcher: 'lookup' }).format(1)",
};

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const steps = option('steps', 'plural,extensions,subtags,number,date,zone').split(',');
const locale = option('locale', 'fr');
const runs = Number(option('runs', '8'));
for (const step of steps) if (!calls[step]) throw new Error(`unknown step ${step}: ${Object.keys(calls)}`);

const timed = steps
  .map((step) => `{ const start = performance.now(); ${calls[step]}; out.push(performance.now() - start); }`)
  .join('\n');
const samples: number[][] = steps.map(() => []);
for (let run = 0; run < runs; run += 1) {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('data:text/html,<p>ICU</p>');
    const durations: number[] = await page.evaluate(
      `(() => { const locale = ${JSON.stringify(locale)}; const out = []; ${timed} return out; })()`,
    );
    for (const [index, duration] of durations.entries()) samples[index]?.push(duration);
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`first calls of Intl, locale ${locale}, ${runs} fresh browsers, ms (median, then every run)`);
steps.forEach((step, index) => {
  const values = samples[index] ?? [];
  console.log(
    `${step.padEnd(11)} ${median(values).toFixed(1).padStart(6)}   ${values.map((v) => v.toFixed(0)).join(' ')}`,
  );
});
