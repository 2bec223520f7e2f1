/**
 * When a page first paints and when its largest text appears, over a slow phone network (the
 * Lighthouse mobile profile's 150 ms round trip and 1.6 Mbit/s, applied by Chromium through CDP,
 * with 4× CPU slowdown), for this build and another, alternating run for run. Lighthouse's own
 * figures are simulated from a fast local load, where whether the first paint comes before the
 * scripts have arrived is a race; this measures what a phone on that network sees.
 *
 *   npx tsx bench/first-paint-slow-network.ts --compare-with <built checkout> [--path /sign-in] [--runs 5]
 */
import path from 'node:path';
import { findChromium, launchChromium } from '../e2e/support/chromium.js';
import { startServer } from '../e2e/support/server.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const chromium = findChromium();
if (!chromium) throw new Error('No chromium found');
const pagePath = option('path', '/sign-in');
const runs = Number(option('runs', '5'));
const compareWith = path.resolve(option('compare-with', '.'));
const builds = [
  { name: 'this build', server: await startServer() },
  { name: 'compared build', server: await startServer({}, compareWith) },
];
const browser = await launchChromium(chromium);
const results = new Map<string, { fcp: number; lcp: number }[]>(builds.map((build) => [build.name, []]));
try {
  for (let run = 0; run < runs; run += 1)
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const marks = { lcp: 0 };
        (window as unknown as { __marks: typeof marks }).__marks = marks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) marks.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${build.server.baseUrl}${pagePath}`, { waitUntil: 'load' });
      await page.locator('h1').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1_000);
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        lcp: (window as unknown as { __marks: { lcp: number } }).__marks.lcp,
      }));
      results.get(build.name)?.push(timing);
      console.log(
        `${build.name}, run ${run + 1}: FCP ${Math.round(timing.fcp)} ms, LCP ${Math.round(timing.lcp)} ms`,
      );
      await context.close();
    }
} finally {
  await browser.close();
  for (const build of builds) await build.server.stop();
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
for (const [name, timings] of results)
  console.log(
    `${pagePath} | ${name}: FCP median ${Math.round(median(timings.map((t) => t.fcp)))} ms, LCP median ${Math.round(median(timings.map((t) => t.lcp)))} ms`,
  );
