// What Lighthouse's simulation (Lantern) did with one page load: every network request and every
// main-thread task of the graph it used for LCP, with its simulated start and end, in order. The
// score comes from those simulated times, not from the local load; this shows what sits on the
// path to the largest paint (which request waited for a connection, which task ran when).
//   npx tsx bench/lantern-timeline.ts --page routine [--graph pessimisticLargestContentfulPaint]
// Labels: optimistic|pessimistic + FirstContentfulPaint|LargestContentfulPaint|Interactive.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { findChromium } from '../e2e/support/chromium.js';
import { startServer } from '../e2e/support/server.js';
import { pageSpeedPages } from './benchmarks/page-speed.js';
import { seedPageSpeedWorkspace } from './lib/page-speed-workspace.js';
import { pageAddress } from './lib/seeded-sites.js';

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const pageName = argument('page', 'routine');
const graph = argument('graph', 'pessimisticLargestContentfulPaint');
const page = pageSpeedPages.find((candidate) => candidate.name === pageName);
if (!page) throw new Error(`unknown page ${pageName}`);

/** The task's kinds of work (parse, evaluate, layout…) and the files it ran, from its trace events. */
function describeTask(events: { name: string; args?: { data?: { url?: string } } }[], baseUrl: string) {
  const kinds = new Map<string, number>();
  for (const event of events) {
    const label = event.args?.data?.url
      ? `${event.name}(${event.args.data.url.replace(baseUrl, '').slice(0, 40)})`
      : event.name;
    if (
      /^(ParseHTML|EvaluateScript|v8\.compile|v8\.compileModule|FunctionCall|Layout|UpdateLayoutTree|Paint|RunMicrotasks|TimerFire|XHRReadyStateChange|ResourceReceivedData|ResourceFinish|FireAnimationFrame|v8\.evaluateModule|ScheduleStyleRecalculation)/.test(
        event.name,
      )
    )
      kinds.set(label, (kinds.get(label) ?? 0) + 1);
  }
  if (process.argv.includes('--events')) {
    const durations = new Map<string, number>();
    for (const event of events as { name: string; dur?: number }[])
      durations.set(event.name, (durations.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    return [...durations.entries()]
      .sort((left, right) => right[1] - left[1])
      .slice(0, 8)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
  }
  return [...kinds.keys()].slice(0, 6).join(' ');
}

const server = await startServer();
const chrome = await launch({
  chromePath: findChromium() ?? undefined,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const site = await seedPageSpeedWorkspace(server.baseUrl);
  const url = pageAddress({ baseUrl: server.baseUrl, ...site }, page);
  const flags = {
    port: chrome.port,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: ['performance'],
    ...(page.signedIn ? { extraHeaders: { Cookie: site.cookie } } : {}),
  };
  // A first load, not read: a new profile's first page records its language (a PATCH that later
  // loads do not make), as benchmark 8's runs after its first.
  await lighthouse(url, flags);
  const outcome = await lighthouse(url, flags);
  const audits = outcome?.lhr.audits ?? {};
  const metric = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  console.log(
    `${pageName}: performance ${Math.round((outcome?.lhr.categories.performance?.score ?? 0) * 100)}, ` +
      `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}`,
  );
  const observed = (audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
  const element = (
    audits['lcp-breakdown-insight']?.details as { items?: { nodeLabel?: string }[] } | undefined
  )?.items?.[1]?.nodeLabel;
  console.log(
    `observed here (not simulated): FCP ${Math.round(observed?.observedFirstContentfulPaint ?? Number.NaN)}, ` +
      `LCP ${Math.round(observed?.observedLargestContentfulPaint ?? Number.NaN)} (${element?.slice(0, 60) ?? '?'})`,
  );
  const timings = Lantern.Simulation.Simulator.allNodeTimings.get(graph);
  if (!timings)
    throw new Error(
      `no graph ${graph}: ${[...Lantern.Simulation.Simulator.allNodeTimings.keys()].join(', ')}`,
    );
  // Observed start times (in parentheses, ms) from the first request's.
  const firstStart = Math.min(...[...timings.keys()].map((node) => node.startTime));
  const rows = [...timings.entries()].sort((left, right) => left[1].startTime - right[1].startTime);
  for (const [node, timing] of rows) {
    const duration = Math.round(timing.endTime - timing.startTime);
    if (node.type === 'cpu') {
      if (duration < 20) continue;
      console.log(
        `${String(Math.round(timing.startTime)).padStart(6)} ${String(Math.round(timing.endTime)).padStart(6)} ${String(duration).padStart(5)}  cpu ${describeTask(node.childEvents, server.baseUrl)}`,
      );
    } else {
      const request = node.request;
      const name = request.url.replace(server.baseUrl, '').replace(site.workspaceId, ':w').slice(0, 90);
      console.log(
        `${String(Math.round(timing.startTime)).padStart(6)} ${String(Math.round(timing.endTime)).padStart(6)} ${String(duration).padStart(5)}  ${`(${Math.round((node.startTime - firstStart) / 1000)})`.padStart(7)} ${request.priority.padEnd(8)} ${(request.initiator?.type ?? '').padEnd(7)} ${String(Math.round(request.transferSize / 1024)).padStart(4)} KB ${name}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
