import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { findChromium } from '../../e2e/support/chromium.js';
import { startServer } from '../../e2e/support/server.js';
import { type SeededWorkspace, seedPageSpeedWorkspace } from '../lib/page-speed-workspace.js';
import type { BenchmarkResult } from '../lib/result.js';
import { pageAddress } from '../lib/seeded-sites.js';

/** The main pages, by the name the results use; `signedIn: false` opens them without the cookie. */
export const pageSpeedPages: readonly { name: string; path: string; signedIn: boolean }[] = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'overview', path: '', signedIn: true },
  { name: 'strategy', path: 'strategy', signedIn: true },
  { name: 'budget', path: 'budget', signedIn: true },
  { name: 'routine', path: 'routine', signedIn: true },
  { name: 'today', path: 'today', signedIn: true },
  { name: 'time', path: 'time', signedIn: true },
  { name: 'posts', path: 'posts', signedIn: true },
  { name: 'ideas', path: 'ideas', signedIn: true },
  { name: 'calendar', path: 'calendar', signedIn: true },
  { name: 'results', path: 'results', signedIn: true },
  { name: 'regularity', path: 'regularity', signedIn: true },
  { name: 'batch', path: 'batch', signedIn: true },
  { name: 'post-editor', path: 'posts/:post', signedIn: true },
];
/** `--quick`: the first page anyone sees and the heaviest signed-in page (FullCalendar). */
export const quickPageSpeedPages = ['sign-in', 'routine'];

const targets = { performance: 90, accessibility: 100, bestPractices: 95 };

type PageScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  failing: string[];
  benchmarkIndex: number;
};

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;

function readScores(lhr: Result): PageScores {
  // What keeps accessibility or best practices below 100, to read in the table.
  const failing = ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * One Lighthouse run; a run whose trace came out broken (NO_NAVSTART, NO_FCP: it happens on a
 * loaded machine) is tried again, twice at most.
 */
async function runLighthouse(url: string, flags: Flags, pageName: string): Promise<Result> {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const outcome = await lighthouse(url, flags);
    if (outcome && !outcome.lhr.runtimeError) return outcome.lhr;
    lastError = outcome?.lhr.runtimeError
      ? `${outcome.lhr.runtimeError.code} ${outcome.lhr.runtimeError.message}`
      : 'no result';
    process.stderr.write(`  ${pageName}: Lighthouse failed (${lastError}), trying again\n`);
  }
  throw new Error(`${pageName}: ${lastError}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Site = { label: string; baseUrl: string } & SeededWorkspace;
type PageRun = { lhr: Result; scores: PageScores };

const median = (runs: PageRun[]) =>
  [...runs].sort((left, right) => left.scores.performance - right.scores.performance)[
    Math.floor((runs.length - 1) / 2)
  ];

function describeRuns(chosen: PageRun, runs: PageRun[]) {
  const s = chosen.scores;
  const spread = runs.length > 1 ? ` (runs: ${runs.map((run) => run.scores.performance).join(', ')})` : '';
  return (
    `performance ${s.performance}${spread}, LCP ${seconds(s.lcpMs)}, TBT ${Math.round(s.tbtMs)} ms, ` +
    `CLS ${s.cls.toFixed(3)}, FCP ${seconds(s.fcpMs)}; accessibility ${s.accessibility}, ` +
    `best practices ${s.bestPractices}${s.failing.length > 0 ? ` (${s.failing.join(', ')})` : ''}; ` +
    `CPU benchmark index ${Math.round(s.benchmarkIndex)}`
  );
}

/**
 * Benchmark 8: Lighthouse's mobile profile (Moto G Power screen, simulated slow 4G: 150 ms RTT,
 * 1.6 Mbit/s; 4x CPU slowdown) in Debian's Chromium, headless, against the built app served by
 * `dist/server/main.js` on a scratch data dir, signed in (the session cookie sent as a header) on a
 * freshly seeded workspace. Each page runs `runs` times; the run with the median performance score
 * is reported, and its full report is written to `reportDirectory/<page>.json`.
 * `compareWith` (another checkout, built) serves that build beside this one, seeded the same way,
 * and alternates them run for run (order swapped each run): both see the same machine load, which
 * moves Lighthouse's simulated timings more than most code changes do.
 */
export async function benchmarkPageSpeed(options: {
  pages: readonly string[];
  runs: number;
  reportDirectory: string;
  compareWith?: string;
}): Promise<BenchmarkResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium: apt-get install chromium (or set CHROMIUM_PATH)');
  const pages = pageSpeedPages.filter((page) => options.pages.includes(page.name));
  const servers = [{ label: 'this build', server: await startServer() }];
  const stopServers = async () => {
    for (const { server } of servers) await server.stop();
  };
  if (options.compareWith) {
    // A compared build that does not start must not leave this one running.
    const compared = await startServer({}, options.compareWith).catch(async (error: unknown) => {
      await stopServers();
      throw error;
    });
    servers.push({ label: 'compared build', server: compared });
  }
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  }).catch(async (error: unknown) => {
    await stopServers();
    throw error;
  });
  try {
    const sites: Site[] = [];
    for (const { label, server } of servers)
      sites.push({ label, baseUrl: server.baseUrl, ...(await seedPageSpeedWorkspace(server.baseUrl)) });
    mkdirSync(options.reportDirectory, { recursive: true });
    const results: BenchmarkResult[] = [];
    for (const page of pages) {
      const runsBySite = new Map<Site, PageRun[]>(sites.map((site) => [site, []]));
      for (let run = 0; run < options.runs; run += 1) {
        const order = run % 2 === 0 ? sites : [...sites].reverse();
        for (const site of order) {
          const url = pageAddress(site, page);
          const flags: Flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            // The session as a header (Lighthouse clears the origin's cookies before each run).
            // A cookie the page writes itself would replace it in Chromium: the app writes one
            // (cadence.locale) only when it speaks another language than the browser's, which the
            // seeded profile does not (its language is taken from the browser, English).
            ...(page.signedIn ? { extraHeaders: { Cookie: site.cookie } } : {}),
          };
          const lhr = await runLighthouse(url, flags, page.name);
          if (page.signedIn && new URL(lhr.finalDisplayedUrl).pathname.startsWith('/sign-in'))
            throw new Error(`${page.name}: the session cookie was not accepted (landed on sign-in)`);
          runsBySite.get(site)?.push({ lhr, scores: readScores(lhr) });
        }
      }
      const [current, compared] = sites.map((site) => runsBySite.get(site) ?? []);
      const chosen = current && median(current);
      if (!current || !chosen) continue;
      writeFileSync(path.join(options.reportDirectory, `${page.name}.json`), JSON.stringify(chosen.lhr));
      const comparedChosen = compared && median(compared);
      if (comparedChosen)
        writeFileSync(
          path.join(options.reportDirectory, `${page.name}.compared.json`),
          JSON.stringify(comparedChosen.lhr),
        );
      const s = chosen.scores;
      const met =
        s.performance >= targets.performance &&
        s.accessibility >= targets.accessibility &&
        s.bestPractices >= targets.bestPractices;
      results.push({
        id: '8',
        name: `Lighthouse mobile: ${page.name}`,
        database: '-',
        measured: describeRuns(chosen, current),
        baseline:
          compared && comparedChosen
            ? `compared build, same runs: ${describeRuns(comparedChosen, compared)}`
            : 'fixed targets',
        ratio: s.performance / targets.performance,
        target: `performance >= ${targets.performance}, accessibility ${targets.accessibility}, best practices >= ${targets.bestPractices}`,
        met,
      });
    }
    return results;
  } finally {
    chrome.kill();
    await stopServers();
  }
}
