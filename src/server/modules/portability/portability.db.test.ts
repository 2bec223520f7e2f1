import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/sql-rows.js';
import { fillEveryWorkspaceTable } from '../../testing/every-table.js';
import { buildSampleWorld, fillPath, type SampleWorld } from '../../testing/sample-world.js';
import { as, createTestContext, type TestContext, type TestUser } from '../../testing/test-app.js';
import { exportWorkspace } from './export-workspace.js';
import { quoteIdentifier, readCatalog } from './schema-catalog.js';
import { isArchivedTable, workspaceKeyOf } from './workspace-archive.js';

let context: TestContext;
let world: SampleWorld;
let archive: Buffer;

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The members list names the importer too; the rest of the workspace must read the same. */
const differByDesign = new Set([
  '/api/workspaces/:workspaceId/members',
  '/api/workspaces/:workspaceId/invitations',
  // Network connections stay on the instance that sealed their tokens, and their follower counts with them.
  '/api/workspaces/:workspaceId/connections',
  '/api/workspaces/:workspaceId/results/followers',
]);

async function readWorkspace(app: FastifyInstance, user: TestUser, workspaceId: string) {
  const answers = new Map<string, string>();
  for (const route of app.declaredRoutes) {
    if (route.method !== 'GET' || typeof route.access !== 'object' || differByDesign.has(route.url)) continue;
    if (route.url.endsWith('/export')) continue;
    // Sub-resources are reached through lists; here the workspace's own views are compared.
    if (/:(?!workspaceId)\w+/.test(route.url)) continue;
    const response = await as(app, user, { method: 'GET', url: fillPath(route, workspaceId, world.ids) });
    answers.set(route.url, `${response.statusCode} ${response.body.replace(uuid, '<id>')}`);
  }
  return answers;
}

const importArchive = (user: TestUser, body: Buffer, dryRun = false) =>
  as(context.app, user, {
    method: 'POST',
    url: `/api/workspace-imports?dryRun=${dryRun}`,
    headers: { 'content-type': 'application/gzip' },
    payload: body,
  });

beforeAll(async () => {
  context = await createTestContext();
  world = await buildSampleWorld(context.app);
  // The post shows its image: an id kept inside a document (posts.media_ids).
  const attached = await as(context.app, world.owner, {
    method: 'PATCH',
    url: `/api/workspaces/${world.workspaceId}/posts/${world.ids.postId}`,
    payload: { mediaIds: [world.ids.mediaId] },
  });
  expect(attached.statusCode).toBe(200);
  await fillEveryWorkspaceTable(context.database.db, world);
  const exported = await as(context.app, world.owner, {
    method: 'GET',
    url: `/api/workspaces/${world.workspaceId}/export`,
  });
  expect(exported.statusCode).toBe(200);
  expect(exported.headers['content-disposition']).toMatch(
    /attachment; filename="cadence-victim-\d{4}-\d{2}-\d{2}\.json\.gz"/,
  );
  archive = exported.rawPayload;
}, 60_000);
afterAll(() => context.close());

describe('workspace export and import', () => {
  it('exports every table of the workspace, and none of its secrets', () => {
    const content = JSON.parse(gunzipSync(archive).toString('utf8'));
    const names = content.tables.map((table: { name: string }) => table.name);
    expect(names).toEqual(
      expect.arrayContaining(['workspaces', 'time_entries', 'routine_blocks', 'posts', 'ideas']),
    );
    expect(
      content.tables.find((table: { name: string }) => table.name === 'follower_snapshots').rows,
    ).toHaveLength(1);
    expect(names).not.toContain('calendar_feeds');
    expect(names).not.toContain('invitations');
    expect(names).not.toContain('connected_accounts');
    expect(content.people.map((person: { email: string }) => person.email)).toContain(world.owner.email);
  });

  it('carries rows of every table a workspace owns, so that the round trip below proves each one', async () => {
    const content = JSON.parse(gunzipSync(archive).toString('utf8'));
    const rowsByTable = new Map<string, number>(
      content.tables.map((table: { name: string; rows: unknown[] }) => [table.name, table.rows.length]),
    );
    // A table added later is archived by itself (read from the catalogue); this fails until
    // testing/every-table.ts gives it a row, so that its import is proven too.
    const empty = (await readCatalog(context.database.db))
      .filter(isArchivedTable)
      .map((table) => table.name)
      .filter((name) => !rowsByTable.get(name));
    expect(empty).toEqual([]);
  });

  it('refuses, with the images’ weight, a workspace whose images would not fit in one archive', async () => {
    const meta = { cadenceVersion: 'test', now: new Date('2026-12-05T10:00:00Z') };
    await expect(
      exportWorkspace(context.database.db, world.workspaceId, { ...meta, imageBytesLimit: 10 }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'archive_images_too_large',
      params: { megabytes: 1, limit: 0 },
    });
    await expect(exportWorkspace(context.database.db, world.workspaceId, meta)).resolves.toMatchObject({
      workspace: { id: world.workspaceId },
    });
  });

  it('shows on a dry run what an import would do, and writes nothing', async () => {
    const before = await as(context.app, world.outsider, { method: 'GET', url: '/api/workspaces' });
    const dryRun = await importArchive(world.outsider, archive, true);
    expect(dryRun.statusCode).toBe(200);
    expect(dryRun.json()).toMatchObject({ workspaceId: null, alreadyImported: false });
    expect(
      dryRun.json().tables.find((table: { name: string }) => table.name === 'time_entries').rows,
    ).toBeGreaterThan(0);
    // Exported, but left behind with the connection it counts.
    expect(
      dryRun.json().tables.find((table: { name: string }) => table.name === 'follower_snapshots').rows,
    ).toBe(0);
    expect(dryRun.json().people).toContainEqual({
      name: world.owner.name,
      email: world.owner.email,
      matched: true,
    });
    const after = await as(context.app, world.outsider, { method: 'GET', url: '/api/workspaces' });
    expect(after.body).toBe(before.body);
  });

  it('imports it as a new workspace that reads as the original, once however often it is sent', async () => {
    const imported = await importArchive(world.outsider, archive);
    expect(imported.statusCode).toBe(200);
    const workspaceId = imported.json().workspaceId as string;
    expect(workspaceId).not.toBe(world.workspaceId);

    const original = await readWorkspace(context.app, world.owner, world.workspaceId);
    const copy = await readWorkspace(context.app, world.owner, workspaceId);
    expect(original.size).toBeGreaterThan(10);
    for (const [route, answer] of original) expect.soft(copy.get(route), route).toBe(answer);

    // Ids inside documents follow their rows: the copy's posts show the copy's images.
    const posts = await as(context.app, world.owner, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/posts`,
    });
    const withImages = (posts.json() as { mediaIds: string[]; media: { id: string }[] }[]).filter(
      (post) => post.mediaIds.length > 0,
    );
    expect(withImages.length).toBeGreaterThan(0);
    for (const post of withImages)
      expect(post.mediaIds.every((id) => post.media.some((image) => image.id === id))).toBe(true);

    // The importer owns the copy.
    const members = await as(context.app, world.outsider, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/members`,
    });
    expect(members.json()).toContainEqual(
      expect.objectContaining({ userId: world.outsider.id, role: 'owner' }),
    );

    const again = await importArchive(world.outsider, archive);
    expect(again.json()).toMatchObject({ workspaceId, alreadyImported: true });
  });

  it('leaves no id of the original workspace in the copy, even where no foreign key points', async () => {
    const imported = await importArchive(world.outsider, archive);
    const copyId = imported.json().workspaceId as string;
    const tables = (await readCatalog(context.database.db)).filter(isArchivedTable);
    const rowsOf = (table: string, workspaceId: string) =>
      selectRows<{ row: string }>(
        context.database.db,
        sql.raw(
          `select row_to_json(t)::text as row from ${quoteIdentifier(table)} t
            where ${quoteIdentifier(workspaceKeyOf(table))} = '${workspaceId}'`,
        ),
      );
    const originalIds = new Set<string>();
    for (const table of tables)
      for (const { row } of await rowsOf(table.name, world.workspaceId)) {
        const id = (JSON.parse(row) as { id?: unknown }).id;
        if (typeof id === 'string') originalIds.add(id);
      }
    const leaked: string[] = [];
    for (const table of tables)
      for (const { row } of await rowsOf(table.name, copyId))
        for (const id of row.match(uuid) ?? []) if (originalIds.has(id)) leaked.push(`${table.name}: ${id}`);
    expect(originalIds.size).toBeGreaterThan(20);
    expect(leaked).toEqual([]);
  });

  it('refuses with a clear message what is not an archive, or comes from a newer Cadence', async () => {
    for (const body of [Buffer.from('not json'), gzipSync('{"format":"something else"}'), Buffer.alloc(0)]) {
      const refused = await importArchive(world.outsider, body);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().title).toBe('Not a workspace archive');
    }
    const content = JSON.parse(gunzipSync(archive).toString('utf8'));
    const future = gzipSync(JSON.stringify({ ...content, migrationWhen: content.migrationWhen + 1e12 }));
    const newer = await importArchive(world.outsider, future);
    expect(newer.statusCode).toBe(422);
    expect(newer.json().detail).toMatch(/newer version of Cadence/);
  });

  it('refuses an archive that carries tables no workspace owns (instance administrators, API tokens)', async () => {
    const content = JSON.parse(gunzipSync(archive).toString('utf8'));
    const importer = { id: 'importer', name: world.outsider.name, email: world.outsider.email };
    const crafted = (table: object) =>
      gzipSync(
        JSON.stringify({
          ...content,
          people: [...content.people, importer],
          tables: [...content.tables, table],
        }),
      );
    const forged = [
      // The importer made administrator of the instance.
      { name: 'instance_administrators', columns: ['user_id', 'is_founder'], rows: [['importer', 'false']] },
      // A token of the importer's choosing for the workspace's owner (matched by email).
      {
        name: 'api_tokens',
        columns: ['id', 'user_id', 'name', 'token_hash', 'hint', 'workspace_ids'],
        rows: [
          [
            '00000000-0000-4000-8000-00000000aaaa',
            world.owner.id,
            'forged',
            'f'.repeat(64),
            'cad_…',
            `{${world.workspaceId}}`,
          ],
        ],
      },
    ];
    for (const table of forged) {
      const refused = await importArchive(world.outsider, crafted(table));
      expect(refused.statusCode, table.name).toBe(422);
    }
    const access = await as(context.app, world.outsider, {
      method: 'GET',
      url: '/api/instance/administrators',
    });
    expect(access.statusCode).toBe(403);
    const [tokens] = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from api_tokens where name = 'forged'`,
    );
    expect(tokens?.count).toBe(0);
  });
});
