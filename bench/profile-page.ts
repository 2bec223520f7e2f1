/**
 * Where a page's main-thread time goes on a phone: opens built pages in Chromium (phone viewport,
 * CPU slowed 4× through CDP, signed in on benchmark 8's seeded workspace), records a CPU profile
 * of the load, and prints the busiest functions (self time) and, with `--inclusive`, the busiest
 * named functions counting what they call (React components show up there when the build keeps
 * their names: `npx vite build --minify false`).
 *
 *   npx tsx bench/profile-page.ts [--app <built checkout>] [--pages results,overview] [--runs 2]
 *     [--rate 4] [--top 30] [--inclusive] [--fibers] [--desktop] [--out <dir for .cpuprofile files>]
 *     [--compare-with <another built checkout>: its build is served too, the two alternate run for run]
 *     [--renders: how many components React drew during the load, commit by commit; a count the
 *      machine's load does not move, unlike the milliseconds]
 *     [--tasks: the load's tasks of 50 ms or more at that rate, what ran in each and its top
 *      functions, from a trace recorded beside the profile; `--tasks-over <ms>` for another floor]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, launchChromium } from '../e2e/support/chromium.js';
import { pageSpeedPages } from './benchmarks/page-speed.js';
import {
  blockingTime,
  type CpuProfile,
  findLongTasks,
  formatLongTasks,
  longTaskTraceCategories,
} from './lib/long-tasks.js';
import { pageAddress, startSeededSites } from './lib/seeded-sites.js';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = CpuProfile;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function frameLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url ? url.replace(/.*\//, '') : '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/** Self and inclusive milliseconds per function (a recursive function counted once per sample). */
function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    busy += ms;
    const label = frameLabel(node);
    self.set(label, (self.get(label) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame?.callFrame.functionName) continue;
      const key = frameLabel(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  return { busy, self, inclusive };
}

function top(map: Map<string, number>, count: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([label, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${label}`)
    .join('\n');
}

async function waitUntilSettled(tab: import('playwright-core').Page): Promise<void> {
  let previous = -1;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const size = await tab.evaluate(() =>
      document.querySelector('.mantine-Skeleton-root') ? -1 : document.getElementsByTagName('*').length,
    );
    if (size >= 0 && size === previous) return;
    previous = size;
    await tab.waitForTimeout(1000);
  }
}

/**
 * Installed before the page's scripts as React's devtools hook: at each commit, counts the
 * components whose function ran for it (React's PerformedWork flag), skipping the subtrees React
 * reused untouched (a child shared with the previous tree), as React DevTools does. A string:
 * tsx's helpers (`__name`) do not exist in the page.
 */
const recordRenders = `
  const commits = [];
  window.__cadenceCommits = commits;
  const componentTags = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject() { return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(id, root) {
      let drawn = 0;
      const stack = root.current.child ? [root.current.child] : [];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (fiber.sibling) stack.push(fiber.sibling);
        if (componentTags.has(fiber.tag) && (fiber.flags & 1) === 1) drawn += 1;
        const isReused = fiber.alternate !== null && fiber.alternate.child === fiber.child;
        if (fiber.child && !isReused) stack.push(fiber.child);
      }
      commits.push(drawn);
    },
  };
`;

/** How many of each component the page drew (its React fibers by name), the most frequent first. */
async function countComponents(tab: import('playwright-core').Page): Promise<string> {
  const counts = await tab.evaluate(() => {
    const container = document.getElementById('root') as unknown as Record<string, unknown>;
    const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
    type Fiber = { type: unknown; child: Fiber | null; sibling: Fiber | null };
    const byName: Record<string, number> = {};
    const stack: Fiber[] = key ? [container[key] as Fiber] : [];
    while (stack.length > 0) {
      const fiber = stack.pop() as Fiber;
      const type = fiber.type as
        | { displayName?: string; name?: string; render?: { name?: string } }
        | string
        | null;
      const name =
        typeof type === 'string'
          ? `<${type}>`
          : (type?.displayName ?? type?.name ?? type?.render?.name ?? (type ? '(anonymous)' : null));
      if (name) byName[name] = (byName[name] ?? 0) + 1;
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
    return byName;
  });
  const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
  const lines = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([name, value]) => `${String(value).padStart(6)}  ${name}`);
  return `--- components (${total} fibers)\n${lines.join('\n')}`;
}

const appRoot = path.resolve(option('app', '.'));
const pageNames = option('pages', 'results,overview,calendar,budget').split(',');
const runs = Number(option('runs', '1'));
const rate = Number(option('rate', '4'));
const count = Number(option('top', '30'));
const outDirectory = option('out', '');
const desktop = process.argv.includes('--desktop');
const listTasks = process.argv.includes('--tasks');
const taskFloor = Number(option('tasks-over', '50'));

const compareWith = option('compare-with', '');
const sites = await startSeededSites(appRoot, compareWith || undefined);
const browser = await launchChromium(findChromium() ?? '/usr/bin/chromium');
const busyBySite = new Map<string, number[]>();
const rendersBySite = new Map<string, number[]>();
const blockingBySite = new Map<string, number[]>();
try {
  for (const pageName of pageNames) {
    const page = pageSpeedPages.find((candidate) => candidate.name === pageName);
    if (!page) throw new Error(`No page ${pageName}`);
    for (let run = 0; run < runs; run += 1) {
      // The builds alternate, the order swapped each run, so that both see the same load.
      for (const site of run % 2 === 0 ? sites : [...sites].reverse()) {
        const url = pageAddress(site, page);
        const context = await browser.newContext(
          desktop
            ? { viewport: { width: 1350, height: 940 }, locale: 'en-US' }
            : {
                viewport: { width: 412, height: 823 },
                deviceScaleFactor: 1.75,
                isMobile: true,
                hasTouch: true,
                locale: 'en-US',
              },
        );
        if (page.signedIn) await context.setExtraHTTPHeaders({ Cookie: site.cookie });
        const tab = await context.newPage();
        if (process.argv.includes('--renders')) await tab.addInitScript({ content: recordRenders });
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        if (listTasks) await browser.startTracing(tab, { categories: longTaskTraceCategories });
        await cdp.send('Profiler.start');
        const started = Date.now();
        await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
        await tab.waitForLoadState('networkidle');
        // Drawn = the page title is there, no skeleton is left, and the DOM stopped growing for 1 s.
        await tab.waitForSelector('[data-page-title], h1', { timeout: 60_000 });
        await waitUntilSettled(tab);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        const trace = listTasks ? JSON.parse((await browser.stopTracing()).toString('utf8')) : undefined;
        const wall = Date.now() - started;
        const { busy, self, inclusive } = summarise(profile);
        const key = `${pageName} | ${site.label}`;
        busyBySite.set(key, [...(busyBySite.get(key) ?? []), busy]);
        const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
        console.log(
          `\n=== ${pageName}, ${site.label}, run ${run + 1}: busy ${busy.toFixed(0)} ms (CPU ×${rate}), wall ${wall} ms, load ${load}`,
        );
        if (count > 0) {
          console.log('--- self');
          console.log(top(self, count));
        }
        if (process.argv.includes('--inclusive')) {
          console.log('--- inclusive (named functions)');
          console.log(top(inclusive, count));
        }
        if (trace) {
          const tasks = findLongTasks(trace.traceEvents, profile, taskFloor);
          console.log(formatLongTasks(tasks));
          blockingBySite.set(key, [...(blockingBySite.get(key) ?? []), blockingTime(tasks)]);
        }
        if (process.argv.includes('--fibers')) console.log(await countComponents(tab));
        if (process.argv.includes('--renders')) {
          const commits = await tab.evaluate(
            () => (window as unknown as { __cadenceCommits: number[] }).__cadenceCommits,
          );
          const total = commits.reduce((sum, drawn) => sum + drawn, 0);
          console.log(
            `--- renders: ${total} components drawn in ${commits.length} commits: ${commits.join(' ')}`,
          );
          rendersBySite.set(key, [...(rendersBySite.get(key) ?? []), total]);
        }
        if (outDirectory) {
          mkdirSync(outDirectory, { recursive: true });
          const file = `${pageName}-${site.label.replace(/ /g, '-')}-${run + 1}.cpuprofile`;
          writeFileSync(path.join(outDirectory, file), JSON.stringify(profile));
        }
        await context.close();
      }
    }
  }
  console.log(`\n=== busy main thread per page and build (ms, CPU ×${rate}): runs, median`);
  for (const [key, values] of busyBySite) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`${key}: ${values.map((value) => value.toFixed(0)).join(', ')}; median ${median.toFixed(0)}`);
  }
  if (blockingBySite.size > 0)
    console.log(`\n=== blocking time after FCP (tasks over 50 ms at CPU ×${rate}), per page and build: runs`);
  for (const [key, values] of blockingBySite)
    console.log(`${key}: ${values.map((value) => value.toFixed(0)).join(', ')}`);
  if (rendersBySite.size > 0) console.log('\n=== components drawn during the load, per page and build: runs');
  for (const [key, values] of rendersBySite) console.log(`${key}: ${values.join(', ')}`);
} finally {
  await browser.close();
  for (const site of sites) await site.stop();
}
