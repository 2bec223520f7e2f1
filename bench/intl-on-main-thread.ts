/**
 * How long a page's main thread spends inside `Intl` (constructors, `format`, `formatToParts`,
 * `select`) during its load, per build: ICU's first load is paid there (src/web/app/warm-up-intl.ts;
 * session 18 measured a worker taking it off, bench/README.md).
 * Unthrottled, a phone's viewport, signed in on benchmark 8's seeded workspace; the builds
 * alternate run for run, the order swapped each run.
 *
 *   npx tsx bench/intl-on-main-thread.ts --compare-with <another built checkout> [--runs 8]
 *     [--pages time,overview]
 */
import { findChromium, launchChromium } from '../e2e/support/chromium.js';
import { pageSpeedPages } from './benchmarks/page-speed.js';
import { pageAddress, startSeededSites } from './lib/seeded-sites.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** Installed before the page's scripts: wraps Intl's constructors and hot methods with a clock.
 *  A string: tsx's helpers (`__name`) do not exist in the page. */
const timeIntl = `
  window.__intlMs = 0;
  const clock = (run) => { const start = performance.now(); try { return run(); } finally { window.__intlMs += performance.now() - start; } };
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Locale', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Collator']) {
    const Original = Intl[name];
    if (!Original) continue;
    const Timed = function (...args) { return clock(() => new Original(...args)); };
    Timed.prototype = Original.prototype;
    Object.setPrototypeOf(Timed, Original);
    Intl[name] = Timed;
  }
  for (const [prototype, method] of [[Intl.NumberFormat.prototype, 'format'], [Intl.DateTimeFormat.prototype, 'format'], [Intl.DateTimeFormat.prototype, 'formatToParts'], [Intl.PluralRules.prototype, 'select']]) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, method);
    if (descriptor.get) {
      const get = descriptor.get;
      Object.defineProperty(prototype, method, { configurable: true, get() { const bound = get.call(this); return (...args) => clock(() => bound(...args)); } });
    } else {
      const original = descriptor.value;
      prototype[method] = function (...args) { return clock(() => original.apply(this, args)); };
    }
  }
`;

const compareWith = option('compare-with', '');
if (!compareWith) throw new Error('--compare-with <built checkout> is required');
const runs = Number(option('runs', '8'));
const pageNames = option('pages', 'time,overview').split(',');
const sites = await startSeededSites(process.cwd(), compareWith);
const browser = await launchChromium(findChromium() ?? '/usr/bin/chromium');
try {
  for (const pageName of pageNames) {
    const page = pageSpeedPages.find((candidate) => candidate.name === pageName);
    if (!page) throw new Error(`No page ${pageName}`);
    const measured = new Map<string, number[]>();
    for (let run = 0; run < runs; run += 1)
      for (const site of run % 2 === 0 ? sites : [...sites].reverse()) {
        const url = pageAddress(site, page);
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          isMobile: true,
          locale: 'en-US',
        });
        if (page.signedIn) await context.setExtraHTTPHeaders({ Cookie: site.cookie });
        const tab = await context.newPage();
        await tab.addInitScript({ content: timeIntl });
        await tab.goto(url, { waitUntil: 'load' });
        await tab.waitForSelector('[data-page-title], h1');
        await tab.waitForLoadState('networkidle');
        const ms = Number(await tab.evaluate('window.__intlMs'));
        measured.set(site.label, [...(measured.get(site.label) ?? []), Math.round(ms)]);
        await context.close();
      }
    for (const [label, values] of measured) {
      const median = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(`${pageName} | ${label}: ${values.join(', ')} ms; median ${median}`);
    }
  }
} finally {
  await browser.close();
  for (const site of sites) await site.stop();
}
