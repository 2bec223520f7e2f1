import { parse } from 'csv-parse/sync';
import type { AgencyPlan } from '../dataset/agency-plan.js';
import { generateTogglCsv, togglTags } from '../dataset/toggl-csv.js';
import { benchOrigin } from '../lib/bench-app.js';
import type { BenchContext } from '../lib/bench-context.js';
import { createInjectClient } from '../lib/inject-client.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';
import { summarise } from '../lib/stats.js';

type Category = { id: string; referenceKey: string | null };

async function postAs(context: BenchContext, path: string, body: unknown) {
  const response = await fetch(`${context.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: context.owner.cookie, origin: benchOrigin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

type TogglRecord = Record<'Start date' | 'Start time' | 'End date' | 'End time' | 'Description', string>;

const bareChunkSize = 5_000;

/**
 * The floor of any import: csv-parse reading the text, then the same rows written into the same
 * table by bare multi-row inserts (column arrays, chunks of 5,000, one transaction; local times
 * turned into instants by PostgreSQL), rolled back. No mapping, no duplicate check, no batch.
 */
async function parseAndInsertBare(
  context: BenchContext,
  text: string,
  scope: { workspaceId: string; userId: string; categoryId: string },
): Promise<number> {
  const startedAt = performance.now();
  const records = parse(text, { columns: true, bom: true }) as TogglRecord[];
  await context.rawRolledBack(async (query) => {
    for (let offset = 0; offset < records.length; offset += bareChunkSize) {
      const chunk = records.slice(offset, offset + bareChunkSize);
      await query(
        `insert into time_entries (workspace_id, user_id, category_id, note, started_at, ended_at, origin)
         select $1::uuid, $2, $3::uuid, r.note,
                (r.start_local::timestamp at time zone 'Europe/Paris'),
                (r.end_local::timestamp at time zone 'Europe/Paris'), 'import'
         from unnest($4::text[], $5::text[], $6::text[]) as r(note, start_local, end_local)`,
        [
          scope.workspaceId,
          scope.userId,
          scope.categoryId,
          chunk.map((record) => record.Description),
          chunk.map((record) => `${record['Start date']} ${record['Start time']}`),
          chunk.map((record) => `${record['End date']} ${record['End time']}`),
        ],
      );
    }
  });
  return performance.now() - startedAt;
}

/**
 * `/api/health` asked again and again while `work` runs: how long another person waits for the
 * simplest answer while an import is being written.
 */
async function probeHealthDuring<Result>(context: BenchContext, work: Promise<Result>) {
  const latencies: number[] = [];
  let isDone = false;
  const done = work.finally(() => {
    isDone = true;
  });
  while (!isDone) {
    const startedAt = performance.now();
    await fetch(`${context.baseUrl}/api/health`).then((response) => response.arrayBuffer());
    latencies.push(performance.now() - startedAt);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { result: await done, latencies };
}

/**
 * Benchmark 3: a Toggl CSV import committed through HTTP (parse, map, one transaction of bulk
 * inserts) into a new workspace, against parsing plus a bare insert of the same rows into the same
 * table. One import is a single shot that the machine's load sways a lot, so it runs `rounds`
 * times, each into a workspace of its own (created, imported into, deleted, the table vacuumed),
 * with a floor run before the first and after each one; medians are compared. `/api/health` is
 * probed during every commit and every floor run alike.
 */
export async function benchmarkTogglImport(
  context: BenchContext,
  plan: AgencyPlan,
  options: { rows: number; rounds: number },
): Promise<BenchmarkResult> {
  const text = generateTogglCsv(options.rows, { seed: plan.options.seed, until: plan.options.until });
  const client = createInjectClient(context.app, benchOrigin);
  const me = await client.call<{ user: { id: string } }>(context.owner, 'GET', '/api/me');
  const commits: number[] = [];
  const previews: number[] = [];
  const floors: number[] = [];
  const healthLatencies: number[] = [];

  for (let round = 0; round < options.rounds; round++) {
    const { id } = await client.call<{ id: string }>(context.owner, 'POST', '/api/workspaces', {
      name: `Import benchmark ${round + 1}`,
      timeZone: 'Europe/Paris',
    });
    try {
      const categories = await client.call<Category[]>(
        context.owner,
        'GET',
        `/api/workspaces/${id}/categories`,
      );
      const byKey = new Map(categories.map((category) => [category.referenceKey, category.id]));
      const mapping = {
        byTag: Object.fromEntries(togglTags.map((tag) => [tag, byKey.get(tag.toLowerCase()) ?? null])),
        fallbackCategoryId: byKey.get('strategie') ?? null,
      };
      const body = { fileName: 'toggl.csv', text, mapping };
      const scope = { workspaceId: id, userId: me.user.id, categoryId: mapping.fallbackCategoryId ?? '' };
      // Each floor run is probed like the commit: the probe's requests take their share of the same
      // thread (the app runs in this process), so both sides of the ratio carry the same load.
      const floorRun = async () =>
        floors.push((await probeHealthDuring(context, parseAndInsertBare(context, text, scope))).result);
      if (round === 0) await floorRun();
      let startedAt = performance.now();
      await postAs(context, `/api/workspaces/${id}/imports/preview`, body);
      previews.push(performance.now() - startedAt);
      startedAt = performance.now();
      const { result, latencies } = await probeHealthDuring(
        context,
        postAs(context, `/api/workspaces/${id}/imports`, body),
      );
      commits.push(performance.now() - startedAt);
      healthLatencies.push(...latencies);
      if (result.inserted !== options.rows)
        throw new Error(`the import inserted ${String(result.inserted)} rows`);
      await floorRun();
    } finally {
      await client.call(context.owner, 'DELETE', `/api/workspaces/${id}`);
      // PGlite never vacuums by itself (single-user mode has no autovacuum): without this, each run
      // would leave 100,000 dead rows behind and slow the next one down.
      await context.rawQuery('vacuum time_entries', []);
    }
  }

  const commit = summarise(commits);
  const floor = summarise(floors);
  const health = summarise(healthLatencies);
  const ratio = commit.median / floor.median;
  const list = (samples: readonly number[]) => samples.map((sample) => milliseconds(sample)).join(', ');
  return {
    id: '3',
    name: `Toggl CSV import, ${options.rows.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(1)} MB)`,
    database: context.kind,
    measured:
      `commit median ${milliseconds(commit.median)} (${list(commits)}; preview median ${milliseconds(summarise(previews).median)}); ` +
      `/api/health meanwhile: median ${milliseconds(health.median)}, worst ${milliseconds(Math.max(0, ...healthLatencies))} (${health.runs} probes)`,
    baseline: `csv-parse + bare multi-row insert of the same rows, median ${milliseconds(floor.median)} (${list(floors)}: before the first import and after each, probed the same way)`,
    ratio,
    target: '<= 1.5x',
    met: ratio <= 1.5,
  };
}
