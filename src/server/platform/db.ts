import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { projectRoot } from './project-root.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Drizzle over PGlite or node-postgres: the code above this file never knows which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a repository can run queries on: the database or an open transaction. */
export type Queryable = Db | Transaction;

/**
 * Runs `work` in one transaction: everything it writes (rows, and jobs sent with its handle)
 * commits or rolls back together. Services receive this, never the database itself.
 */
export type RunInTransaction = <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;

export function createRunInTransaction(db: Db): RunInTransaction {
  return (work) => db.transaction((tx) => work(tx));
}

/**
 * The name to give a Drizzle query built once and run many times (`.prepare(builtOnce)` with
 * `sql.placeholder` values): Drizzle then writes its SQL text once, not on every call (~0.25 ms
 * for a select of whole rows, as much as a small query costs PGlite). Empty, so PostgreSQL gets an
 * unnamed statement as before: nothing is kept per connection, which stays safe behind a
 * transaction-pooling proxy. Only for queries on the database itself, never inside a transaction.
 */
export const builtOnce = '';

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Set on the embedded database; pg-boss and benchmarks reach it directly. */
  pglite?: PGlite;
  /** Set on PostgreSQL: the job queue opens its own small pool on it. */
  url?: string;
  close: () => Promise<void>;
};

/**
 * PGlite starts with PostgreSQL's default 128 MB of shared buffers and touches them all at start:
 * ~310 MB resident before the first request. 32 MB halves the idle footprint (measured by
 * bench/, benchmark 4) while a workspace's year of entries (~6 MB) still fits; pages beyond it
 * come from the OS file cache.
 */
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * How much a WebAssembly function runs before V8 recompiles it with TurboFan (its optimising
 * tier; Liftoff, the baseline, compiles it first): 100 times V8's default of 1,800,000 ("bytes
 * executed"). With the default, PGlite's own start and a server's first statements (migration
 * check, pg-boss's start) sent many of PostgreSQL's functions to TurboFan: 1–3 s of CPU on V8's
 * background threads during a start and up to ~60 MB of compiler memory, which glibc keeps,
 * fragmented in its per-thread arenas, once V8 has freed it: ~30 MB of a server's memory at rest
 * (bench/README.md, "Benchmark 4's memory"). Light statements cost the same in either tier (their
 * time is mostly JavaScript's); a heavy one (an aggregate over many rows) crosses this budget in
 * its first runs and gets TurboFan's code from then on.
 */
const wasmTieringBudget = 180_000_000;

/** Set before PGlite compiles its module (each `PGlite.create`); it concerns WebAssembly only. */
function holdPgliteInBaselineTierLonger(): void {
  setFlagsFromString(`--wasm-tiering-budget=${wasmTieringBudget}`);
}

export const migrationsFolder = path.join(projectRoot, 'db/migrations');

/**
 * Opens the database named by the settings: PostgreSQL when a URL is given, else PGlite in
 * `dataDir` (or in memory for `memory://`), and applies the committed migrations.
 */
export async function createDb(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  migrate?: boolean;
}): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  if (options.migrate !== false) await applyMigrations(handle);
  return handle;
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (restart, admin termination, a dropped database) is an
  // 'error' event on the pool; unheard, it would end the process. The pool drops that connection
  // and the next query opens another, so there is nothing else to do.
  pool.on('error', () => {});
  // Fail at start-up with the driver's message rather than on the first request.
  await pool.query('select 1');
  return { db: drizzlePg(pool, { schema }) as unknown as Db, kind: 'postgres', url, close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  holdPgliteInBaselineTierLonger();
  if (dataDir === 'memory://') {
    const pglite = await PGlite.create({ startParams: pgliteStartParams });
    return {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      kind: 'pglite',
      pglite,
      close: () => pglite.close(),
    };
  }
  const directory = path.join(dataDir, 'pglite');
  mkdirSync(directory, { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(directory, { startParams: pgliteStartParams });
    return {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export { DataDirLockedError } from './data-dir-lock.js';

export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
  } else {
    await migratePg(handle.db as never, { migrationsFolder });
  }
}
