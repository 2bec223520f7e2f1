import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  createTrackingWorld,
  type TrackingWorld,
} from '../modules/tracking/tracking-test-world.js';
import {
  as,
  buildTestApp,
  cadenceOf,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../testing/test-app.js';
import { waitFor } from '../testing/wait-for.js';

// The response cache (response-cache.ts) on the time page's list: a kept answer is never older
// than a committed write, whoever wrote it, and never reaches someone the route refuses.
let context: TestContext;
let world: TrackingWorld;
const otherProcesses: FastifyInstance[] = [];

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(async () => {
  for (const app of otherProcesses) await app.close();
  await context.close();
});
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
});

const weekPath = '/time-entries?from=2026-11-16&to=2026-11-22';
const notesOf = (response: LightMyRequestResponse) =>
  (response.json() as { entries: { note: string }[] }).entries.map((entry) => entry.note).sort();

function readWeek(app: FastifyInstance = context.app, user: TestUser = world.owner) {
  return as(app, user, { method: 'GET', url: `/api/workspaces/${world.workspaceId}${weekPath}` });
}

async function addEntry(note: string, app: FastifyInstance = context.app) {
  const response = await as(app, world.owner, {
    method: 'POST',
    url: `/api/workspaces/${world.workspaceId}/time-entries`,
    payload: {
      categoryId: world.categories.veille,
      startedAt: '2026-11-18T09:00:00Z',
      durationSeconds: 600,
      note,
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string };
}

/**
 * Reads the week until an answer comes from memory (on PostgreSQL the notifications of the
 * writes before may still be on their way, each forgetting what was kept) and returns it.
 */
function readUntilKept(app: FastifyInstance = context.app, user: TestUser = world.owner) {
  return waitFor(
    async () => {
      const hitsBefore = app.responseCache.hits;
      const response = await readWeek(app, user);
      return app.responseCache.hits === hitsBefore + 1 && response;
    },
    { timeoutMilliseconds: 3_000 },
  );
}

async function anotherProcess(options: { accessCacheTtlMilliseconds?: number } = {}) {
  const app = await buildTestApp({
    database: context.database,
    clock: context.clock,
    mailer: { isConfigured: false, send: async () => {} },
    ...options,
  });
  otherProcesses.push(app);
  return app;
}

/** Runs SQL as another client would: its own connection on PostgreSQL, the bare driver on PGlite. */
async function rawSql(text: string, values: unknown[]) {
  const { database } = context;
  if (database.pglite) return void (await database.pglite.query(text, values));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

describe('the response cache', () => {
  it('serves a repeated read from memory, with the same bytes and type', async () => {
    await addEntry('first');
    const kept = await readUntilKept();
    expect(notesOf(kept)).toEqual(['first']);
    const uncached = await readWeek(await anotherProcessWithoutCache());
    expect(kept.body).toBe(uncached.body);
    expect(kept.headers['content-type']).toBe(uncached.headers['content-type']);
  });

  it('reads a write made over HTTP at once', async () => {
    await addEntry('first');
    await readUntilKept();
    await addEntry('second');
    expect(notesOf(await readWeek())).toEqual(['first', 'second']);
    const [entry] = (await readWeek()).json().entries as { id: string }[];
    const removed = await world.call('DELETE', `/time-entries/${entry?.id}`);
    expect(removed.statusCode).toBeLessThan(300);
    expect((await readWeek()).json().total).toBe(1);
  });

  it('reads a write made outside HTTP (a service, as a job does) within a bounded wait', async () => {
    await addEntry('first');
    await readUntilKept();
    await cadenceOf(context.app).modules.tracking.services.timeEntriesService.createEntry(
      { workspaceId: world.workspaceId, userId: world.owner.id, role: 'owner' },
      {
        categoryId: world.categories.veille as string,
        startedAt: '2026-11-19T09:00:00Z',
        durationSeconds: 60,
        note: 'job',
        networkKey: null,
        routineBlockId: null,
        occurrenceDate: null,
      },
    );
    // On PGlite the notification comes with the commit; on PostgreSQL over the listening connection.
    await waitFor(async () => notesOf(await readWeek()).includes('job'), { timeoutMilliseconds: 2_000 });
  });

  it('reads raw SQL from another connection, a renamed person included, within a bounded wait', async () => {
    const { id } = await addEntry('first');
    await readUntilKept();
    await rawSql('update time_entries set note = $1 where id = $2', ['edited in psql', id]);
    await waitFor(async () => notesOf(await readWeek()).includes('edited in psql'), {
      timeoutMilliseconds: 2_000,
    });

    await readUntilKept();
    // A person's name has no workspace_id: the database says "every workspace".
    await rawSql('update "user" set name = $1 where id = $2', ['Renamed Person', world.owner.id]);
    await waitFor(async () => (await readWeek()).json().entries[0]?.userName === 'Renamed Person', {
      timeoutMilliseconds: 2_000,
    });
  });

  it("reads another process's write within a bounded wait", async () => {
    const other = await anotherProcess();
    await addEntry('first');
    await readUntilKept();
    await readUntilKept(other);
    await addEntry('written elsewhere', other);
    // The writing process reads its own write at once; this one when the database tells it.
    expect(notesOf(await readWeek(other))).toContain('written elsewhere');
    await waitFor(async () => notesOf(await readWeek()).includes('written elsewhere'), {
      timeoutMilliseconds: 2_000,
    });
  });

  it('never keeps an answer read while a write committed', async () => {
    await addEntry('first');
    await waitFor(async () => context.app.responseCache.isEnabled);
    // Holds the list's statement once it has its rows, until a write has committed.
    const client = (context.database.db as unknown as { $client: { query: (...args: never[]) => unknown } })
      .$client;
    const query = client.query;
    let releaseRead = () => {};
    let readHasRows = () => {};
    const rowsRead = new Promise<void>((resolve) => {
      readHasRows = resolve;
    });
    client.query = async (...args: never[]) => {
      const result = await query.apply(client, args);
      if (JSON.stringify(args[0]).includes('totals.total')) {
        client.query = query;
        readHasRows();
        await new Promise<void>((resolve) => {
          releaseRead = resolve;
        });
      }
      return result;
    };
    try {
      const racingRead = readWeek();
      await rowsRead;
      await addEntry('second');
      releaseRead();
      expect(notesOf(await racingRead)).toEqual(['first']);
    } finally {
      client.query = query;
    }
    const missesBefore = context.app.responseCache.misses;
    expect(notesOf(await readWeek())).toEqual(['first', 'second']);
    expect(context.app.responseCache.misses).toBe(missesBefore + 1);
  });

  it('still refuses a stranger (404) and a removed member, at once here and within 5 s elsewhere', async () => {
    await addEntry('first');
    const member = await addMember(context, world, 'member');
    const other = await anotherProcess();
    await readUntilKept();
    await readUntilKept(context.app, member);
    await readUntilKept(other, member);

    const stranger = await signUp(context.app);
    await createWorkspaceFor(context.app, stranger);
    expect((await readWeek(context.app, stranger)).statusCode).toBe(404);
    expect(
      (await as(context.app, null, { method: 'GET', url: `/api/workspaces/${world.workspaceId}${weekPath}` }))
        .statusCode,
    ).toBe(401);

    const removal = await world.call('DELETE', `/members/${member.id}`);
    expect(removal.statusCode).toBeLessThan(300);
    expect((await readWeek(context.app, member)).statusCode).toBe(404);
    // The other process's role cache keeps a removed member for up to its 5 s (ARCHITECTURE.md).
    await waitFor(async () => (await readWeek(other, member)).statusCode === 404, {
      timeoutMilliseconds: 7_000,
    });
    expect((await readWeek()).statusCode).toBe(200);
  }, 20_000);

  it("keeps a running timer's page: its answer does not depend on the hour", async () => {
    const uncached = await anotherProcessWithoutCache();
    const started = await world.call('POST', '/timer/start', { categoryId: world.categories.veille });
    expect(started.statusCode).toBe(200);
    const path = `/api/workspaces/${world.workspaceId}/time-entries?from=2026-11-23&to=2026-11-23`;
    const atNine = await as(uncached, world.owner, { method: 'GET', url: path });
    context.clock.advance(3 * 3_600_000);
    const atNoon = await as(uncached, world.owner, { method: 'GET', url: path });
    expect(atNoon.body).toBe(atNine.body);
    expect(atNine.json().entries[0]).toMatchObject({ endedAt: null, durationSeconds: null });
    expect(atNine.json().totalSeconds).toBe(0);
  });

  it('caches nothing while the database is not heard, and again once it is', async () => {
    if (!context.database.url) return; // PGlite's listening is in-process: it cannot be lost.
    await addEntry('first');
    await readUntilKept();
    await rawSql(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'cadence-changes' and datname = current_database()`,
      [],
    );
    await waitFor(async () => !context.app.responseCache.isEnabled, { timeoutMilliseconds: 2_000 });
    expect(context.app.responseCache.size).toBe(0);
    const hitsBefore = context.app.responseCache.hits;
    await readWeek();
    await readWeek();
    // Unless it was already back: then the two reads were a miss and a hit.
    if (!context.app.responseCache.isEnabled) expect(context.app.responseCache.hits).toBe(hitsBefore);
    await waitFor(async () => context.app.responseCache.isEnabled, { timeoutMilliseconds: 5_000 });
    await readUntilKept();
  });
});

async function anotherProcessWithoutCache() {
  const app = await buildTestApp({
    database: context.database,
    clock: context.clock,
    mailer: { isConfigured: false, send: async () => {} },
    responseCache: false,
  });
  otherProcesses.push(app);
  return app;
}
