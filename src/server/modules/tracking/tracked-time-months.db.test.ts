import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/sql-rows.js';
import { as, createTestContext, type TestContext, type TestUser } from '../../testing/test-app.js';
import { createResultsRepository } from '../results/results.repository.js';
import { resolveMonthWindow } from '../results/results-window.js';
import { addMember, createTrackingWorld, type TrackingWorld } from './tracking-test-world.js';

/**
 * The rollup of tracked time (tracked_time_months) is kept by the database's triggers: after
 * every kind of write the app makes, it must equal an aggregate of time_entries made from scratch,
 * and the ROI reads that use it must answer what the scan of the entries answers.
 */
let context: TestContext;
let world: TrackingWorld;
let member: TestUser;

const toggl = readFileSync(
  new URL('../../../core/imports/fixtures/toggl-detailed-iso-bom.csv', import.meta.url),
  'utf8',
);

/** A small seeded generator (mulberry32): the same writes on every run and both databases. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(20261205);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/**
 * A start anywhere in 2026 up to mid-November, whole minutes; one in three is within an hour
 * of a month's end in Paris or UTC, so that entries cross months and zones disagree on their month.
 */
function randomStart(): string {
  if (random() < 1 / 3) {
    const month = 1 + Math.floor(random() * 10);
    const firstOfNext = Date.UTC(2026, month, 1);
    return new Date(firstOfNext - (1 + Math.floor(random() * 180)) * 60_000).toISOString();
  }
  const from = Date.UTC(2026, 0, 1);
  const to = Date.UTC(2026, 10, 15);
  return new Date(from + Math.floor((random() * (to - from)) / 60_000) * 60_000).toISOString();
}

async function expectRollupExact(step: string) {
  const db = context.database.db;
  const rollup = await selectRows<Record<string, unknown>>(
    db,
    sql`select workspace_id, month::text, user_id, category_id, network_key,
          trim_scale(seconds)::text as seconds, entries
        from tracked_time_months order by 1, 2, 3, 4, 5`,
  );
  const scratch = await selectRows<Record<string, unknown>>(
    db,
    sql`select e.workspace_id, date_trunc('month', e.started_at at time zone w.time_zone)::date::text as month,
          e.user_id, e.category_id, e.network_key,
          trim_scale(sum(extract(epoch from e.ended_at - e.started_at)))::text as seconds, count(*)::int as entries
        from time_entries e join workspaces w on w.id = e.workspace_id
        where e.ended_at is not null
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
  );
  expect(rollup, step).toEqual(scratch);

  // The ROI reads: the rollup answers what the scan of the entries answers, month by month.
  const repository = createResultsRepository(db);
  const workspaces = await selectRows<{ id: string; timeZone: string }>(
    db,
    sql`select id, time_zone as "timeZone" from workspaces`,
  );
  const byKey = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
  for (const workspace of workspaces) {
    const window = resolveMonthWindow({ from: '2025-12', to: '2026-12' }, workspace.timeZone, '2026-11-23');
    expect(byKey(await repository.sumMonthlyLabour(workspace.id, window)), step).toEqual(
      byKey(await repository.sumLabour(workspace.id, window)),
    );
  }
  return rollup.length;
}

beforeAll(async () => {
  context = await createTestContext();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
  member = await addMember(context, world, 'member');
}, 60_000);
afterAll(() => context.close());

describe('the rollup of tracked time', () => {
  it('stays exact through random creations, edits, moves, deletions, timers and grid cells', async () => {
    const categories = Object.values(world.categories);
    const networks = [null, 'instagram', 'linkedin', 'facebook'] as const;
    const people = [world.owner, member];
    const entries: { id: string; user: TestUser }[] = [];
    const create = async (user: TestUser) => {
      const response = await world.call(
        'POST',
        '/time-entries',
        {
          categoryId: pick(categories),
          networkKey: pick(networks),
          startedAt: randomStart(),
          durationSeconds: 60 * (1 + Math.floor(random() * 600)),
        },
        user,
      );
      expect(response.statusCode, response.body).toBe(201);
      entries.push({ id: response.json().id, user });
    };
    for (let index = 0; index < 12; index++) await create(pick(people));
    await expectRollupExact('after the first entries');

    for (let step = 0; step < 40; step++) {
      const action = pick(['create', 'edit', 'move', 'delete', 'duplicate'] as const);
      const target = entries.length > 0 ? pick(entries) : null;
      if (action === 'create' || !target) {
        await create(pick(people));
      } else if (action === 'edit') {
        // Another category, network or note: the key changes, or nothing the rollup sees does.
        const change = pick([
          { categoryId: pick(categories) },
          { networkKey: pick(networks) },
          { note: `note ${step}` },
        ]);
        const response = await world.call('PATCH', `/time-entries/${target.id}`, change, target.user);
        expect(response.statusCode, response.body).toBe(200);
      } else if (action === 'move') {
        // Another start, maybe another month, and another length.
        const startedAt = randomStart();
        const endedAt = new Date(Date.parse(startedAt) + 60_000 * (1 + Math.floor(random() * 900)));
        const response = await world.call(
          'PATCH',
          `/time-entries/${target.id}`,
          { startedAt, endedAt: endedAt.toISOString() },
          target.user,
        );
        expect(response.statusCode, response.body).toBe(200);
      } else if (action === 'delete') {
        expect(
          (await world.call('DELETE', `/time-entries/${target.id}`, undefined, target.user)).statusCode,
        ).toBe(204);
        entries.splice(entries.indexOf(target), 1);
      } else {
        const response = await world.call(
          'POST',
          `/time-entries/${target.id}/duplicate`,
          { date: randomStart().slice(0, 10) },
          target.user,
        );
        expect(response.statusCode, response.body).toBe(201);
        entries.push({ id: response.json().id, user: target.user });
      }
      await expectRollupExact(`step ${step}: ${action}`);
    }

    // A running timer is not counted; stopped, it is.
    const started = await world.call('POST', '/timer/start', {
      categoryId: pick(categories),
      networkKey: 'instagram',
    });
    expect(started.statusCode, started.body).toBe(200);
    await expectRollupExact('timer running');
    context.clock.advance(25 * 60_000);
    expect((await world.call('POST', '/timer/stop')).statusCode).toBe(200);
    await expectRollupExact('timer stopped');

    // The weekly grid writes and rewrites its own entries.
    for (const seconds of [7200, 1800, 0]) {
      const cell = await world.call('PUT', '/timesheet/cell', {
        categoryId: world.categories.veille,
        date: '2026-10-30',
        seconds,
      });
      expect(cell.statusCode, cell.body).toBe(200);
      await expectRollupExact(`grid cell ${seconds} s`);
    }
  }, 600_000);

  it('follows a tracker import and its undo, a change of zone and a member leaving', async () => {
    const mapping = {
      byTag: { Communication: world.categories.communication, Blogging: world.categories.blogging },
      byProject: { Veille: world.categories.veille },
      fallbackCategoryId: null,
    };
    const before = await expectRollupExact('before the import');
    const imported = await world.call('POST', '/imports', { fileName: 'toggl.csv', text: toggl, mapping });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().inserted).toBe(5);
    expect(await expectRollupExact('after the import')).toBeGreaterThan(before);
    const [batch] = (await world.call('GET', '/imports')).json();
    expect((await world.call('DELETE', `/imports/${batch.id}`)).statusCode).toBe(204);
    expect(await expectRollupExact('after the undo')).toBe(before);

    // Entries near a month's end change month with the zone: the workspace's rows are rebuilt.
    const monthsIn = async () =>
      selectRows<{ month: string; seconds: string }>(
        context.database.db,
        sql`select month::text, sum(seconds)::text as seconds from tracked_time_months
            where workspace_id = ${world.workspaceId} group by 1 order by 1`,
      );
    // 22:00 on 30 April in Paris is 08:00 on 1 May in Auckland.
    const lateApril = await world.call('POST', '/time-entries', {
      categoryId: world.categories.veille,
      startedAt: '2026-04-30T20:00:00Z',
      durationSeconds: 3600,
    });
    expect(lateApril.statusCode, lateApril.body).toBe(201);
    const inParis = await monthsIn();
    const rezoned = await world.call('PATCH', '', { timeZone: 'Pacific/Auckland' });
    expect(rezoned.statusCode, rezoned.body).toBe(200);
    await expectRollupExact('in Auckland');
    expect(await monthsIn()).not.toEqual(inParis);
    expect((await world.call('PATCH', '', { timeZone: 'Europe/Paris' })).statusCode).toBe(200);
    await expectRollupExact('back in Paris');
    expect(await monthsIn()).toEqual(inParis);

    // History outlives a departure: the member's time stays, and so do its rows.
    const removed = await world.call('DELETE', `/members/${member.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    await expectRollupExact('member removed');
  }, 300_000);

  it('is rebuilt, not copied, by a workspace import; and goes with a deleted workspace', async () => {
    const exported = await world.call('GET', '/export');
    expect(exported.statusCode).toBe(200);
    const archive = exported.rawPayload;
    const imported = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspace-imports?dryRun=false',
      headers: { 'content-type': 'application/gzip' },
      payload: archive,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const copyId = imported.json().workspaceId as string;
    expect(imported.json().tables.map((table: { name: string }) => table.name)).not.toContain(
      'tracked_time_months',
    );
    await expectRollupExact('after the workspace import');
    const totals = await selectRows<{ workspaceId: string; seconds: string; entries: number }>(
      context.database.db,
      sql`select workspace_id as "workspaceId", sum(seconds)::text as seconds, sum(entries)::int as entries
          from tracked_time_months where workspace_id in (${world.workspaceId}, ${copyId}) group by 1`,
    );
    expect(totals).toHaveLength(2);
    expect(totals[0]?.seconds).toBe(totals[1]?.seconds);
    expect(totals[0]?.entries).toBeGreaterThan(0);

    // An archive that carries rollup rows anyway (made by hand) does not count them twice.
    const content = JSON.parse(gunzipSync(archive).toString('utf8'));
    const rows = await selectRows<Record<string, string | null>>(
      context.database.db,
      sql`select workspace_id::text, month::text, user_id, category_id::text, network_key, seconds::text, entries::text
          from tracked_time_months where workspace_id = ${world.workspaceId}`,
    );
    content.tables.push({
      name: 'tracked_time_months',
      columns: ['workspace_id', 'month', 'user_id', 'category_id', 'network_key', 'seconds', 'entries'],
      rows: rows.map((row) => Object.values(row)),
    });
    const carried = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspace-imports?dryRun=false',
      headers: { 'content-type': 'application/gzip' },
      payload: gzipSync(JSON.stringify(content)),
    });
    expect(carried.statusCode, carried.body).toBe(200);
    await expectRollupExact('after an import of an archive carrying rollup rows');

    expect((await world.call('DELETE', '')).statusCode).toBe(204);
    await expectRollupExact('after the workspace was deleted');
    const left = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from tracked_time_months where workspace_id = ${world.workspaceId}`,
    );
    expect(left[0]?.count).toBe(0);
  }, 300_000);
});
