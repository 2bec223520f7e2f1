import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountLimits } from '../../../contracts/connectors.js';
import { type FakeMastodon, startFakeMastodon } from '../../connectors/mastodon/testing/fake-mastodon.js';
import { createFixedClock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import {
  as,
  buildTestApp,
  cadenceOf,
  createWorkspaceFor,
  signUp,
  type TestUser,
} from '../../testing/test-app.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { posts, postVersions } from '../content/content.table.js';
import { publications } from '../publishing/publishing.table.js';
import { postMetricSnapshots } from './results.table.js';

/**
 * Pulled figures, end to end on the database: a publication row as the pipeline leaves it, its
 * account connected to the protocol-faithful fake Mastodon, `schedulePulls` in a transaction,
 * then the reading itself (called directly rather than waiting an hour for the worker).
 */
const limits: AccountLimits = {
  maxCharacters: 500,
  lengthUnit: 'code_points',
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 16_000_000,
  imageMimeTypes: ['image/jpeg'],
  maxAltTextLength: 1500,
  maxParts: 25,
};

let database: DatabaseHandle;
let fake: FakeMastodon;
let app: Awaited<ReturnType<typeof buildTestApp>>;
let owner: TestUser;
const clock = createFixedClock(new Date('2026-03-10T12:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await startFakeMastodon();
  app = await buildTestApp({
    database,
    clock,
    mailer: { isConfigured: false, send: async () => {} },
    logger: pino({ level: 'silent' }),
    fetch: createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8') }),
  });
  owner = await signUp(app);
  // The process starts the queue before serving (process.ts); on PGlite a first start inside a
  // transaction would wait for the connection that transaction holds.
  await cadenceOf(app).platform.jobs.start();
});
afterAll(async () => {
  await app.close();
  await database.close();
  await fake.close();
});

const rows = async <Row>(query: ReturnType<typeof sql>) => {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
};
const pullJobs = () =>
  rows<{ pullIndex: number; startAfter: string }>(
    sql`select (data->>'pullIndex')::int as "pullIndex", start_after as "startAfter"
        from pgboss.job where name = 'metrics-pull' order by 1`,
  );

/** A post published on Mastodon through a connected account: the rows the pipeline leaves. */
async function publishedOnFakeMastodon(
  workspaceId: string,
  counts: { favourites: number; reblogs: number; replies: number },
) {
  const status = fake.postByHand('Notre atelier de printemps');
  fake.setCounts(status.id, counts);
  const { connectedAccountsStore } = cadenceOf(app).modules.connections.services;
  const account = await connectedAccountsStore.save({
    workspaceId,
    network: 'mastodon',
    accountName: '@atelier@fake',
    remoteAccountId: fake.defaultAccount.id,
    credentials: {
      network: 'mastodon',
      instanceUrl: fake.url,
      accountId: fake.defaultAccount.id,
      accessToken: fake.issueToken(),
    },
    limits,
    connectedByUserId: null,
  });
  const publishedAt = new Date('2026-03-10T09:00:00Z');
  const [post] = await database.db
    .insert(posts)
    .values({ workspaceId, text: 'Notre atelier de printemps', status: 'published' })
    .returning();
  const [version] = await database.db
    .insert(postVersions)
    .values({
      workspaceId,
      postId: post?.id as string,
      network: 'mastodon',
      publishMode: 'connector',
      status: 'published',
      publishedAt,
    })
    .returning();
  const [publication] = await database.db
    .insert(publications)
    .values({
      workspaceId,
      postVersionId: version?.id as string,
      connectedAccountId: account.id,
      network: 'mastodon',
      accountName: '@atelier@fake',
      status: 'published',
      dueAt: publishedAt,
      nextAttemptAt: publishedAt,
      idempotencyKey: `pub-${status.id}`,
      remoteId: status.id,
      url: `${fake.url}/@atelier/${status.id}`,
      publishedAt,
    })
    .returning();
  return {
    postId: post?.id as string,
    publication: { id: publication?.id as string, workspaceId, publishedAt },
    status,
  };
}

describe('pulled metrics', () => {
  it('schedules the first reading an hour after publication, once, and each reading schedules the next', async () => {
    const workspaceId = await createWorkspaceFor(app, owner);
    const results = cadenceOf(app).modules.results.services;
    const { postId, publication, status } = await publishedOnFakeMastodon(workspaceId, {
      favourites: 7,
      reblogs: 2,
      replies: 1,
    });

    await cadenceOf(app).platform.runInTransaction((tx) => results.schedulePulls(tx, publication));
    await cadenceOf(app).platform.runInTransaction((tx) => results.schedulePulls(tx, publication));
    const first = await pullJobs();
    expect(first).toHaveLength(1);
    expect(new Date(first[0]?.startAfter as string).toISOString()).toBe('2026-03-10T12:00:00.000Z');

    const job = { version: 1 as const, workspaceId, publicationId: publication.id, pullIndex: 0 };
    expect(await results.metricPulls.pullMetrics(job, { tryNumber: 1 })).toBe('read');
    expect(fake.calls).toContain('GET /api/v1/statuses');
    const next = await pullJobs();
    expect(next.map((item) => item.pullIndex)).toEqual([0, 1]);
    // 24 h after publication.
    expect(new Date(next[1]?.startAfter as string).toISOString()).toBe('2026-03-11T09:00:00.000Z');

    fake.setCounts(status.id, { favourites: 12 });
    clock.set(new Date('2026-03-11T09:00:00Z'));
    expect(await results.metricPulls.pullMetrics({ ...job, pullIndex: 1 }, { tryNumber: 1 })).toBe('read');
    const metrics = (
      await as(app, owner, { method: 'GET', url: `/api/workspaces/${workspaceId}/posts/${postId}/metrics` })
    ).json();
    expect(metrics.snapshots).toHaveLength(2);
    expect(metrics.snapshots[0]).toMatchObject({
      network: 'mastodon',
      source: 'pulled',
      reactions: 12,
      shares: 2,
      comments: 1,
      quotes: 0,
      impressions: null,
      engagement: 15,
    });
    expect(metrics.snapshots[1]).toMatchObject({ reactions: 7, engagement: 10 });
  });

  it('reads nothing for a job naming another workspace, and retries a network that fails', async () => {
    const workspaceId = await createWorkspaceFor(app, owner, 'Second');
    const otherWorkspaceId = await createWorkspaceFor(app, owner, 'Third');
    const results = cadenceOf(app).modules.results.services;
    const { publication } = await publishedOnFakeMastodon(workspaceId, {
      favourites: 1,
      reblogs: 0,
      replies: 0,
    });
    const count = async () =>
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from ${postMetricSnapshots} where publication_id = ${publication.id}`,
        )
      )[0]?.n;

    const foreign = {
      version: 1 as const,
      workspaceId: otherWorkspaceId,
      publicationId: publication.id,
      pullIndex: 0,
    };
    expect(await results.metricPulls.pullMetrics(foreign, { tryNumber: 1 })).toBe('ended');
    expect(await count()).toBe(0);

    const job = { ...foreign, workspaceId };
    fake.inject({ on: 'GET /api/v1/statuses', kind: 'error_before', status: 503 });
    await expect(results.metricPulls.pullMetrics(job, { tryNumber: 1 })).rejects.toThrow(/transient/);
    expect(await count()).toBe(0);
    // The last try gives up on this reading and schedules the next one.
    fake.inject({ on: 'GET /api/v1/statuses', kind: 'error_before', status: 503 });
    expect(await results.metricPulls.pullMetrics(job, { tryNumber: 6 })).toBe('retry');
    expect(await results.metricPulls.pullMetrics({ ...job, pullIndex: 1 }, { tryNumber: 1 })).toBe('read');
    expect(await count()).toBe(1);
  });
});
