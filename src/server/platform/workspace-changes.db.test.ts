import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import type { DatabaseHandle } from './db.js';
import * as schema from './schema.js';
import { listenToWorkspaceChanges, type WorkspaceChangesListener } from './workspace-changes.js';

// The database's change notifications (db/migrations/0024_workspace_changes.sql), which keep
// every process's response cache coherent whoever writes.
let database: DatabaseHandle;
let listener: WorkspaceChangesListener;
const heard: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  listener = await listenToWorkspaceChanges(
    database,
    { warn: () => {}, info: () => {} },
    { onChange: (payload) => heard.push(payload), onMissedChanges: () => {} },
  );
  await waitFor(async () => listener.isListening);
});
afterAll(async () => {
  await listener.stop();
  await database.close();
});

type Run = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
const pool = () => (database.db as unknown as { $client: pg.Pool }).$client;

const run: Run = async (text, values = []) => {
  if (database.pglite) return (await database.pglite.query<Record<string, unknown>>(text, values)).rows;
  return (await pool().query(text, values)).rows;
};

/** `work` in one transaction on one connection, committed at the end. */
async function inTransaction(work: (query: Run) => Promise<void>): Promise<void> {
  if (database.pglite) {
    await database.pglite.transaction((tx) =>
      work(async (text, values = []) => (await tx.query<Record<string, unknown>>(text, values)).rows),
    );
    return;
  }
  const client = await pool().connect();
  try {
    await client.query('begin');
    await work(async (text, values = []) => (await client.query(text, values)).rows);
    await client.query('commit');
  } finally {
    client.release();
  }
}

/** What the next statements notify, once committed (on PostgreSQL, once delivered). */
async function heardAfter(work: () => Promise<unknown>, expected: number): Promise<string[]> {
  heard.length = 0;
  await work();
  // A marker workspace id written last: once it is heard, everything before it was.
  await run(`select pg_notify('cadence_workspace_changed', 'end-of-test-statements')`);
  await waitFor(async () => heard.includes('end-of-test-statements'), { timeoutMilliseconds: 2_000 });
  const payloads = heard.filter((payload) => payload !== 'end-of-test-statements');
  expect(payloads).toHaveLength(expected);
  return payloads;
}

async function createWorkspace(name: string): Promise<string> {
  const [row] = await run(
    `insert into workspaces (name, time_zone, currency, locale) values ($1, 'Europe/Paris', 'EUR', 'fr') returning id`,
    [name],
  );
  return row?.id as string;
}

describe('workspace change notifications', () => {
  it('watches every table of the schema that has a workspace_id column (a new one fails here)', async () => {
    const withWorkspaceId = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => value instanceof PgTable)
      .map((table) => getTableConfig(table))
      .filter((config) => config.columns.some((column) => column.name === 'workspace_id'))
      .map((config) => config.name)
      .sort();
    expect(withWorkspaceId.length).toBeGreaterThan(30);
    const rows = await run(
      `select c.relname as table, array_agg(t.tgname::text order by t.tgname) as triggers
         from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where t.tgname like 'workspace_changed_%' group by c.relname`,
    );
    const watched = new Map(rows.map((row) => [row.table as string, row.triggers as string[]]));
    const all = [
      'workspace_changed_delete',
      'workspace_changed_insert',
      'workspace_changed_truncate',
      'workspace_changed_update',
    ];
    for (const table of [...withWorkspaceId, 'workspaces'])
      expect([table, watched.get(table)]).toEqual([table, all]);
  });

  it('notifies each workspace a statement touched once, at commit, and nothing for no row', async () => {
    const first = await heardAfter(() => createWorkspace('First'), 1);
    const firstId = first[0] as string;
    const secondId = (await heardAfter(() => createWorkspace('Second'), 1))[0] as string;

    const bothRenamed = await heardAfter(
      () => run(`update workspaces set name = name || '!' where id in ($1, $2)`, [firstId, secondId]),
      2,
    );
    expect(bothRenamed.sort()).toEqual([firstId, secondId].sort());
    await heardAfter(() => run(`update workspaces set name = 'x' where false`), 0);

    // Many rows of one workspace in one statement: one notification.
    await heardAfter(
      () =>
        run(
          `insert into task_categories (workspace_id, name, color, sort_order)
           select $1, 'Category ' || n, 'blue', n from generate_series(1, 50) n`,
          [firstId],
        ),
      1,
    );
    // A transaction: identical notifications folded, sent at commit.
    const committed = await heardAfter(
      () =>
        inTransaction(async (query) => {
          await query(`update task_categories set name = name || '.' where workspace_id = $1`, [firstId]);
          await query(`delete from task_categories where workspace_id = $1 and sort_order > 25`, [firstId]);
          expect(heard).toEqual([]);
        }),
      1,
    );
    expect(committed).toEqual([firstId]);
  });

  it('says "every workspace" for a person renamed or removed, and a table emptied', async () => {
    const [person] = await run(
      `insert into "user" (id, name, email, email_verified, created_at, updated_at)
       values ('person-1', 'Ada', 'ada@example.com', true, now(), now()) returning id`,
    );
    expect(
      await heardAfter(() => run(`update "user" set name = 'Ada L.' where id = $1`, [person?.id]), 1),
    ).toEqual(['*']);
    expect(await heardAfter(() => run(`delete from "user" where id = $1`, [person?.id]), 1)).toEqual(['*']);
    expect(await heardAfter(() => run('truncate rush_weeks'), 1)).toEqual(['*']);
  });
});
