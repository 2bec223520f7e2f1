import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarkBackupRestore } from './benchmarks/backup-restore.js';
import { benchmarkCalendarPage } from './benchmarks/calendar-page.js';
import { benchmarkColdStart } from './benchmarks/cold-start.js';
import { benchmarkDigestMail } from './benchmarks/digest-mail.js';
import { benchmarkInitialJavascript } from './benchmarks/initial-javascript.js';
import { benchmarkJobThroughput } from './benchmarks/job-throughput.js';
import { benchmarkPageSpeed, pageSpeedPages, quickPageSpeedPages } from './benchmarks/page-speed.js';
import { benchmarkPublishingThroughput } from './benchmarks/publishing-throughput.js';
import { benchmarkReadThroughput } from './benchmarks/read-throughput.js';
import { benchmarkReportViews } from './benchmarks/report-views.js';
import { benchmarkResultsViews } from './benchmarks/results-views.js';
import { benchmarkTogglImport } from './benchmarks/toggl-import.js';
import { defaultDatasetOptions, planAgency } from './dataset/agency-plan.js';
import { type DatabaseKind, datasetDirectory, readManifest } from './dataset/dataset-store.js';
import { generateDataset } from './dataset/generate-dataset.js';
import { openBenchContext } from './lib/bench-context.js';
import { type BenchmarkResult, formatResultsTable, formatVerdict } from './lib/result.js';
import { ensureServerBuild, ensureWebBuild } from './lib/server-build.js';

/**
 * `npm run bench [-- --quick] [-- --only 1,3] [-- --no-build] [-- --pages routine,time]`: every benchmark on
 * PGlite and, when DATABASE_URL is set, on PostgreSQL; prints the results table. Exits non-zero
 * only when a benchmark crashes: a missed target is printed, not failed (timings are machine facts).
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    name: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    /** Benchmark 8's pages (names from page-speed.ts), e.g. `--only 8 --pages routine,time`. */
    pages: { type: 'string' },
    /** `--databases postgres`: only some of the databases (DATABASE_URL still needed for PostgreSQL). */
    databases: { type: 'string' },
    /** Benchmark 8 against another built checkout too, run for run (`--compare-with ../old`). */
    'compare-with': { type: 'string' },
  },
});
const quick = values.quick;
const name = values.name ?? (quick ? 'quick' : 'agency');
const selected = new Set((values.only ?? '1,2,3,4,5,6,7,8,9,10,11,12').split(',').map((id) => id.trim()));
const serverUrl = process.env.DATABASE_URL || undefined;
const kinds: DatabaseKind[] = (serverUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const)).filter(
  (kind) => !values.databases || values.databases.split(',').includes(kind),
);
const settings = quick
  ? {
      views: { warmup: 2, runs: 8 },
      load: { seconds: 2, connections: 20 },
      importRows: 5_000,
      importRounds: 3,
      starts: 1,
      jobs: { jobs: 1_000, rounds: 1 },
      publishing: { posts: 1_000 },
      lighthouseRuns: 1,
      calendar: { posts: 300, rounds: 2 },
      digestPeople: 25,
    }
  : {
      views: { warmup: 5, runs: 30 },
      load: { seconds: 10, connections: 20 },
      importRows: 100_000,
      importRounds: 3,
      starts: 3,
      jobs: { jobs: 10_000, rounds: 2 },
      publishing: { posts: 10_000 },
      lighthouseRuns: 3,
      calendar: { posts: 300, rounds: 5 },
      digestPeople: 500,
    };
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const describePeriod = (years: number) =>
  years >= 1 ? `${years} year${years === 1 ? '' : 's'}` : `${Math.round(years * 365)} days`;

const results: BenchmarkResult[] = [];
const crashes: string[] = [];

async function attempt(label: string, work: () => Promise<BenchmarkResult | BenchmarkResult[]>) {
  process.stderr.write(`running ${label}\n`);
  try {
    const outcome = await work();
    results.push(...(Array.isArray(outcome) ? outcome : [outcome]));
  } catch (error) {
    crashes.push(`${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function main() {
  const startedAt = performance.now();
  // The machine is shared: the load at both ends of the run goes with its results.
  const loadAtStart = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  // Benchmarks 5, 6 and 7 need no dataset.
  const needsDataset = ['1', '2', '3', '4', '9', '10'].some((id) => selected.has(id));
  const manifest = !needsDataset
    ? null
    : quick
      ? await generateDataset(
          name,
          { ...defaultDatasetOptions, workspaces: 2, years: (4 * 7) / 365 },
          kinds,
          serverUrl,
        )
      : readManifest(name);
  const missing = kinds.filter((kind) => !manifest?.generated[kind]);
  if (needsDataset && (!manifest || missing.length > 0))
    throw new Error(
      `No "${name}" dataset on ${missing.join(' and ') || 'pglite'}: run npm run bench:data -- --workspaces 50 --years 1 first`,
    );
  const plan = manifest ? planAgency(manifest.options) : null;

  if (selected.has('5')) await attempt('5 initial JavaScript', async () => benchmarkInitialJavascript());
  // Before the data dir is opened in this process: PGlite allows one process at a time.
  if (selected.has('4'))
    await attempt('4 cold start', async () => {
      if (!values['no-build']) ensureServerBuild(projectRoot);
      return benchmarkColdStart(name, { runs: settings.starts });
    });
  // Also before the dataset is opened by the others: it opens the PGlite directory itself.
  if (selected.has('9')) await attempt('9 backup and restore', () => benchmarkBackupRestore(name));

  for (const kind of kinds) {
    if (!plan || !['1', '2', '3', '10'].some((id) => selected.has(id))) break;
    const context = await openBenchContext(name, kind, plan, serverUrl);
    try {
      if (selected.has('1'))
        await attempt(`1 report views (${kind})`, () => benchmarkReportViews(context, plan, settings.views));
      if (selected.has('10'))
        await attempt(`10 results and calendar views (${kind})`, () =>
          benchmarkResultsViews(context, plan, settings.views),
        );
      if (selected.has('2'))
        await attempt(`2 read throughput (${kind})`, () =>
          benchmarkReadThroughput(context, plan, settings.load),
        );
      if (selected.has('3'))
        await attempt(`3 Toggl import (${kind})`, () =>
          benchmarkTogglImport(context, plan, { rows: settings.importRows, rounds: settings.importRounds }),
        );
    } finally {
      await context.close();
    }
  }

  // Needs no dataset: a scratch database per kind.
  if (selected.has('6'))
    for (const kind of kinds)
      await attempt(`6 job throughput (${kind})`, () =>
        benchmarkJobThroughput(kind, serverUrl, settings.jobs),
      );

  if (selected.has('7'))
    for (const kind of kinds)
      await attempt(`7 publishing throughput (${kind})`, () =>
        benchmarkPublishingThroughput(kind, serverUrl, settings.publishing),
      );
  // Needs no dataset: the built app on a scratch data dir, 300 posts imported through its API.
  if (selected.has('12'))
    await attempt('12 Friday digest by mail', () => benchmarkDigestMail({ people: settings.digestPeople }));
  if (selected.has('11'))
    await attempt('11 calendar month in Chromium', async () => {
      if (!values['no-build']) {
        ensureServerBuild(projectRoot);
        ensureWebBuild(projectRoot);
      }
      return benchmarkCalendarPage(settings.calendar);
    });
  // Needs no dataset: the built app on a scratch data dir, seeded through its API.
  if (selected.has('8'))
    await attempt('8 Lighthouse mobile', async () => {
      if (!values['no-build']) {
        ensureServerBuild(projectRoot);
        ensureWebBuild(projectRoot);
      }
      return benchmarkPageSpeed({
        pages:
          values.pages?.split(',').map((page) => page.trim()) ??
          (quick ? quickPageSpeedPages : pageSpeedPages.map((page) => page.name)),
        runs: settings.lighthouseRuns,
        reportDirectory: path.join(datasetDirectory(name), 'lighthouse'),
        ...(values['compare-with'] ? { compareWith: path.resolve(values['compare-with']) } : {}),
      });
    });

  results.sort((left, right) => Number(left.id) - Number(right.id));
  const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at the start ${loadAtStart}, at the end ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;
  const command = `npm run bench${quick ? ' -- --quick' : ''}${serverUrl ? ' (DATABASE_URL set)' : ''}`;
  const dataset = manifest
    ? `dataset "${name}": ${manifest.options.workspaces} workspaces, ${describePeriod(manifest.options.years)}, seed ${manifest.options.seed}, ${manifest.generated.pglite?.entries.toLocaleString('en') ?? '?'} time entries, ${manifest.generated.pglite?.posts?.toLocaleString('en') ?? 'no'} posts, ${manifest.generated.pglite?.snapshots?.toLocaleString('en') ?? 'no'} metric snapshots, ${manifest.generated.pglite?.outcomes?.toLocaleString('en') ?? 'no'} outcomes`
    : 'no dataset';
  console.log(`\n${command}\n${dataset}\n${machine}\n\n${formatResultsTable(results)}\n`);
  console.log(formatVerdict(results, crashes.length));
  mkdirSync(datasetDirectory(name), { recursive: true });
  writeFileSync(
    path.join(datasetDirectory(name), 'results.json'),
    `${JSON.stringify({ command, dataset, machine, at: new Date().toISOString(), results, crashes }, null, 2)}\n`,
  );
  console.log(`took ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (crashes.length > 0) {
    console.error(`\n${crashes.length} benchmark(s) CRASHED:\n${crashes.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
