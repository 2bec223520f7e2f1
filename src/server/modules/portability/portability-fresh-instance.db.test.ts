import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';
import { fillEveryWorkspaceTable } from '../../testing/every-table.js';
import { pdfText, squeeze } from '../../testing/pdf-text.js';
import { buildSampleWorld, fillPath, type SampleWorld } from '../../testing/sample-world.js';
import { as, createTestContext, signUp, type TestContext, type TestUser } from '../../testing/test-app.js';
import { readCatalog } from './schema-catalog.js';
import type { WorkspaceArchive } from './workspace-archive.js';

/**
 * The hand-over as the issue tells it: a workspace exported from one instance and imported into
 * a fresh one where nobody has an account yet (every person a placeholder), after a dry run;
 * its views read the same there, and a second import of the same file changes nothing.
 */
let source: TestContext;
let target: TestContext;
let world: SampleWorld;
let importer: TestUser;
let archive: Buffer;

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Who the workspace's people are differs by design: the importer joins, the others are placeholders. */
const differByDesign = new Set([
  '/api/workspaces/:workspaceId/members',
  '/api/workspaces/:workspaceId/invitations',
  '/api/workspaces/:workspaceId/connections',
  '/api/workspaces/:workspaceId/results/followers',
]);

async function userIds(db: Queryable): Promise<string[]> {
  return (await selectRows<{ id: string }>(db, sql`select id from "user"`)).map((row) => row.id);
}

/** A PDF by its text, less "prepared by" (who asks for it: the importer here, the owner there). */
const readablePdf = (text: string) =>
  squeeze(text).replace(/(préparé par|prepared by) .+? (Heures|Hours|Semaine|Week)/, '$1 <reader> $2');

async function readWorkspace(app: FastifyInstance, user: TestUser, workspaceId: string, people: string[]) {
  const answers = new Map<string, string>();
  for (const route of app.declaredRoutes) {
    if (route.method !== 'GET' || typeof route.access !== 'object' || differByDesign.has(route.url)) continue;
    if (route.url.endsWith('/export') || /:(?!workspaceId)\w+/.test(route.url)) continue;
    const response = await as(app, user, { method: 'GET', url: fillPath(route, workspaceId, world.ids) });
    let body = response.headers['content-type']?.toString().startsWith('application/pdf')
      ? readablePdf(await pdfText(response.rawPayload))
      : response.body;
    for (const id of people) body = body.replaceAll(id, '<person>');
    answers.set(route.url, `${response.statusCode} ${body.replace(uuid, '<id>')}`);
  }
  return answers;
}

/**
 * Each table of an archive as sorted rows of `column=value`, ids and people made anonymous
 * (they are new on import by design); a connection's id and a publication's idempotency key
 * never travel (the connection stays behind; the key names a publication to its network).
 */
const wholeId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function archivedRows(bytes: Buffer, people: string[]) {
  const content = JSON.parse(gunzipSync(bytes).toString('utf8')) as WorkspaceArchive;
  const carried = new Set(
    content.tables.flatMap((table) => {
      const index = table.columns.indexOf('id');
      return index < 0 ? [] : table.rows.map((row) => row[index]);
    }),
  );
  const tables = new Map<string, string[]>();
  for (const table of content.tables) {
    const rows = table.rows.map((row) =>
      table.columns
        .map((column, index) => {
          let value = row[index] ?? null;
          if (column === 'connected_account_id' || column === 'idempotency_key') value = '<left behind>';
          if (value === null) return `${column}=null`;
          for (const id of people) value = value.replaceAll(id, '<person>');
          // A reference without a foreign key to a row the archive does not carry (a deleted
          // entry, a job of the exporting instance) arrives empty.
          if (wholeId.test(value) && !carried.has(value)) return `${column}=null`;
          return `${column}=${value.replace(uuid, '<id>')}`;
        })
        .join(' '),
    );
    tables.set(table.name, rows.sort());
  }
  return tables;
}

async function countRows(db: Queryable) {
  const counts = new Map<string, number>();
  for (const table of await readCatalog(db)) {
    const [row] = await selectRows<{ count: number }>(
      db,
      sql.raw(`select count(*)::int as count from "${table.name}"`),
    );
    counts.set(table.name, row?.count ?? 0);
  }
  return counts;
}

const importArchive = (dryRun: boolean) =>
  as(target.app, importer, {
    method: 'POST',
    url: `/api/workspace-imports?dryRun=${dryRun}`,
    headers: { 'content-type': 'application/gzip' },
    payload: archive,
  });

beforeAll(async () => {
  source = await createTestContext();
  world = await buildSampleWorld(source.app);
  await fillEveryWorkspaceTable(source.database.db, world);
  const exported = await as(source.app, world.owner, {
    method: 'GET',
    url: `/api/workspaces/${world.workspaceId}/export`,
  });
  expect(exported.statusCode).toBe(200);
  archive = exported.rawPayload;
  target = await createTestContext();
  importer = await signUp(target.app);
  // The agency's letterhead is the instance's (not the workspace's): the same on both, so the
  // reports compare; the importer, first account here, administers this instance.
  const organisation = await as(target.app, importer, {
    method: 'PUT',
    url: '/api/instance/organisation',
    payload: {
      name: 'Sample Agency',
      website: 'https://agency.example',
      contactLine: 'hello@agency.example',
    },
  });
  expect(organisation.statusCode).toBe(200);
}, 120_000);
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('a workspace handed over to a fresh instance', () => {
  it('previews, imports once, and reads the same there', async () => {
    const before = await countRows(target.database.db);
    const dryRun = await importArchive(true);
    expect(dryRun.statusCode).toBe(200);
    expect(dryRun.json().people.every((person: { matched: boolean }) => !person.matched)).toBe(true);
    expect(await countRows(target.database.db)).toEqual(before);

    const imported = await importArchive(false);
    expect(imported.statusCode).toBe(200);
    const workspaceId = imported.json().workspaceId as string;

    const people = [...(await userIds(source.database.db)), ...(await userIds(target.database.db))];
    const original = await readWorkspace(source.app, world.owner, world.workspaceId, people);
    const copy = await readWorkspace(target.app, importer, workspaceId, people);
    expect(original.size).toBeGreaterThan(10);
    for (const [route, answer] of original) expect.soft(copy.get(route), route).toBe(answer);

    // Row by row too (pages show only part of what is stored: a scheduled post's figures, say):
    // the copy exported again holds the same rows in every table as the original's archive.
    const copyArchive = await as(target.app, importer, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/export`,
    });
    const originalRows = archivedRows(archive, people);
    const copyRows = archivedRows(copyArchive.rawPayload, people);
    // Left behind with the network connection they belong to.
    originalRows.delete('follower_snapshots');
    copyRows.delete('follower_snapshots');
    expect([...copyRows.keys()].sort()).toEqual([...originalRows.keys()].sort());
    for (const [table, rows] of originalRows) {
      const copied = copyRows.get(table) ?? [];
      // The importer joins as an owner: one membership more, and nothing else.
      if (table === 'memberships') expect(copied.length).toBe(rows.length + 1);
      else expect.soft(copied, table).toEqual(rows);
    }

    const afterFirst = await countRows(target.database.db);
    const again = await importArchive(false);
    expect(again.json()).toMatchObject({ workspaceId, alreadyImported: true });
    expect(await countRows(target.database.db)).toEqual(afterFirst);
  }, 120_000);
});
