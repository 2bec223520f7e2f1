/**
 * The move to PostgreSQL on the agency dataset (#17): copies `bench/data/<name>/pglite` aside,
 * moves the copy into an empty PostgreSQL database (every table's count and checksum verified by
 * the move itself), then opens the app on each database and compares its reports, route by route,
 * as the agency's owner sees them.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/move-check.ts [--name agency]
 *
 * DATABASE_URL names the server; the check creates and drops its own database there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { addDaysToDate } from '../src/core/time/epoch-day.js';
import { moveToPostgres } from '../src/server/platform/backup/move-to-postgres.js';
import { createDb } from '../src/server/platform/db.js';
import { planAgency } from './dataset/agency-plan.js';
import { benchOrigin, buildBenchApp, datasetNow } from './lib/bench-app.js';
import { createInjectClient } from './lib/inject-client.js';

const { values } = parseArgs({ options: { name: { type: 'string', default: 'agency' } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (a database is created there).');
const datasetDir = path.resolve('bench/data', values.name);
const manifest = JSON.parse(readFileSync(path.join(datasetDir, 'dataset.json'), 'utf8'));
const plan = planAgency(manifest.options);
const now = datasetNow(plan);

const targetName = `cadence_move_check_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${targetName}`);
const targetUrl = Object.assign(new URL(serverUrl), { pathname: `/${targetName}` }).toString();
const copy = mkdtempSync(path.join(tmpdir(), 'cadence-move-check-'));
try {
  cpSync(path.join(datasetDir, 'pglite'), path.join(copy, 'pglite'), { recursive: true });
  // Opening the copy brings it to this Cadence's schema, as a person's upgrade would.
  await (await createDb({ dataDir: copy })).close();

  const started = performance.now();
  const report = await moveToPostgres({ dataDir: copy, databaseUrl: targetUrl });
  const seconds = (performance.now() - started) / 1000;
  console.log(`moved ${report.rows} rows in ${report.tables.length} tables in ${seconds.toFixed(1)} s`);

  const answers = [];
  for (const source of [{ dataDir: copy }, { dataDir: copy, databaseUrl: targetUrl }]) {
    const database = await createDb(source);
    const app = await buildBenchApp(database, now);
    try {
      answers.push(await readReports(createInjectClient(app, benchOrigin)));
    } finally {
      await app.close();
      await database.close();
    }
  }
  const [embedded, postgres] = answers;
  const differing = Object.keys(embedded ?? {}).filter(
    (route) => !isDeepStrictEqual(embedded?.[route], postgres?.[route]),
  );
  console.log(`${Object.keys(embedded ?? {}).length} report answers compared, ${differing.length} differ`);
  for (const route of differing)
    console.log(`  differs: ${route}\n    ${firstDifference(embedded?.[route], postgres?.[route])}`);
  process.exitCode = differing.length === 0 ? 0 : 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
  await admin.query(`drop database if exists ${targetName} with (force)`);
  await admin.end();
}

/** The reports an agency owner reads, for every workspace: the same URLs on both databases. */
async function readReports(client: ReturnType<typeof createInjectClient>) {
  const session = await client.signIn(plan.owner);
  const until = plan.options.until;
  const month = until.slice(0, 7);
  const firstMonth = addDaysToDate(until, -330).slice(0, 7);
  const workspaces = (await client.call(session, 'GET', '/api/workspaces')) as { id: string }[];
  const routes = [`/api/agency/results?from=${firstMonth}&to=${month}`];
  for (const { id } of workspaces) {
    const base = `/api/workspaces/${id}`;
    routes.push(
      `${base}/planned-vs-actual?weekStart=${addDaysToDate(until, -6)}`,
      `${base}/planned-vs-actual/trend?weeks=12&weekStart=${addDaysToDate(until, -6)}`,
      `${base}/results?from=${firstMonth}&to=${month}&dimension=network&granularity=month`,
      `${base}/time-entries?from=${addDaysToDate(until, -30)}&to=${until}`,
      `${base}/budget`,
    );
  }
  const answers: Record<string, unknown> = {};
  for (const route of routes) answers[route] = await client.call(session, 'GET', route);
  return answers;
}

/** Where two answers first part ways, for the log. */
function firstDifference(left: unknown, right: unknown, at = '$'): string {
  if (typeof left !== 'object' || left === null || typeof right !== 'object' || right === null)
    return `${at}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const a = (left as Record<string, unknown>)[key];
    const b = (right as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${at}.${key}`);
  }
  return `${at}: equal`;
}
