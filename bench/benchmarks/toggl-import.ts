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

/**
 * Benchmark 3: a Toggl CSV import committed through HTTP (parse, map, one transaction of bulk
 * inserts) into a new workspace, against csv-parse alone reading the same text. The workspace
 * is deleted and the table vacuumed afterwards, so the dataset is left as it was.
 */
export async function benchmarkTogglImport(
  context: BenchContext,
  plan: AgencyPlan,
  options: { rows: number },
): Promise<BenchmarkResult> {
  const text = generateTogglCsv(options.rows, { seed: plan.options.seed, until: plan.options.until });
  const client = createInjectClient(context.app, benchOrigin);
  const { id } = await client.call<{ id: string }>(context.owner, 'POST', '/api/workspaces', {
    name: 'Import benchmark',
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

    // csv-parse runs twice before the import and twice after, so that the baseline sees the same
    // machine load as the single, long import it is compared with.
    const parseSamples: number[] = [];
    const parseOnce = () => {
      const startedAt = performance.now();
      const records = parse(text, { columns: true, bom: true }) as unknown[];
      parseSamples.push(performance.now() - startedAt);
      if (records.length !== options.rows) throw new Error(`csv-parse read ${records.length} rows`);
    };
    parseOnce();
    parseOnce();
    let startedAt = performance.now();
    await postAs(context, `/api/workspaces/${id}/imports/preview`, body);
    const previewMs = performance.now() - startedAt;
    startedAt = performance.now();
    const result = await postAs(context, `/api/workspaces/${id}/imports`, body);
    const commitMs = performance.now() - startedAt;
    if (result.inserted !== options.rows)
      throw new Error(`the import inserted ${String(result.inserted)} rows`);
    parseOnce();
    parseOnce();

    const parseOnly = summarise(parseSamples);
    const ratio = commitMs / parseOnly.median;
    return {
      id: '3',
      name: `Toggl CSV import, ${options.rows.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(1)} MB)`,
      database: context.kind,
      measured: `commit ${milliseconds(commitMs)} (preview ${milliseconds(previewMs)})`,
      baseline: `csv-parse alone median ${milliseconds(parseOnly.median)} (4 runs around the import)`,
      ratio,
      target: '<= 3x',
      met: ratio <= 3,
    };
  } finally {
    await client.call(context.owner, 'DELETE', `/api/workspaces/${id}`);
    // PGlite never vacuums by itself (single-user mode has no autovacuum): without this, each run
    // would leave 100,000 dead rows behind and slow the next one down.
    await context.rawQuery('vacuum time_entries', []);
  }
}
