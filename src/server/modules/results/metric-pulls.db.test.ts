import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import { as, cadenceOf, createWorkspaceFor } from '../../testing/test-app.js';
import { posts, postVersions } from '../content/content.table.js';
import { publications } from '../publishing/publishing.table.js';
import { postMetricSnapshots } from './results.table.js';
import { type ResultsMastodonWorld, startResultsMastodonWorld } from './testing/results-mastodon-world.js';

/**
 * Pulled figures, end to end on the database: a publication row as the pipeline leaves it, its
 * account connected to the protocol-faithful fake Mastodon, `schedulePulls` in a transaction,
 * then the reading itself (called directly rather than waiting an hour for the worker).
 */
let world: ResultsMastodonWorld;
const clock = createFixedClock(new Date('2026-03-10T12:00:00Z'));

beforeAll(async () => {
  world = await startResultsMastodonWorld(clock);
});
afterAll(() => world.close());

const pullJobs = () =>
  world.rows<{ pullIndex: number; startAfter: string }>(
    sql`select (data->>'pullIndex')::int as "pullIndex", start_after as "startAfter"
        from pgboss.job where name = 'metrics-pull' order by 1`,
  );

/** A post published on Mastodon through a connected account: the rows the pipeline leaves. */
async function publishedOnFakeMastodon(
  workspaceId: string,
  counts: { favourites: number; reblogs: number; replies: number },
) {
  const status = world.fake.postByHand('Notre atelier de printemps');
  world.fake.setCounts(status.id, counts);
  const account = await world.connectAccount(workspaceId);
  const publishedAt = new Date('2026-03-10T09:00:00Z');
  const [post] = await world.database.db
    .insert(posts)
    .values({ workspaceId, text: 'Notre atelier de printemps', status: 'published' })
    .returning();
  const [version] = await world.database.db
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
  const [publication] = await world.database.db
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
      url: `${world.fake.url}/@atelier/${status.id}`,
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
    const workspaceId = await createWorkspaceFor(world.app, world.owner);
    const results = cadenceOf(world.app).modules.results.services;
    const { postId, publication, status } = await publishedOnFakeMastodon(workspaceId, {
      favourites: 7,
      reblogs: 2,
      replies: 1,
    });

    await cadenceOf(world.app).platform.runInTransaction((tx) => results.schedulePulls(tx, publication));
    await cadenceOf(world.app).platform.runInTransaction((tx) => results.schedulePulls(tx, publication));
    const first = await pullJobs();
    expect(first).toHaveLength(1);
    expect(new Date(first[0]?.startAfter as string).toISOString()).toBe('2026-03-10T12:00:00.000Z');

    const job = { version: 1 as const, workspaceId, publicationId: publication.id, pullIndex: 0 };
    expect(await results.metricPulls.pullMetrics(job, { tryNumber: 1 })).toBe('read');
    expect(world.fake.calls).toContain('GET /api/v1/statuses');
    const next = await pullJobs();
    expect(next.map((item) => item.pullIndex)).toEqual([0, 1]);
    // 24 h after publication.
    expect(new Date(next[1]?.startAfter as string).toISOString()).toBe('2026-03-11T09:00:00.000Z');

    world.fake.setCounts(status.id, { favourites: 12 });
    clock.set(new Date('2026-03-11T09:00:00Z'));
    expect(await results.metricPulls.pullMetrics({ ...job, pullIndex: 1 }, { tryNumber: 1 })).toBe('read');
    const metrics = (
      await as(world.app, world.owner, {
        method: 'GET',
        url: `/api/workspaces/${workspaceId}/posts/${postId}/metrics`,
      })
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
    const workspaceId = await createWorkspaceFor(world.app, world.owner, 'Second');
    const otherWorkspaceId = await createWorkspaceFor(world.app, world.owner, 'Third');
    const results = cadenceOf(world.app).modules.results.services;
    const { publication } = await publishedOnFakeMastodon(workspaceId, {
      favourites: 1,
      reblogs: 0,
      replies: 0,
    });
    const count = async () =>
      (
        await world.rows<{ n: number }>(
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
    world.fake.inject({ on: 'GET /api/v1/statuses', kind: 'error_before', status: 503 });
    await expect(results.metricPulls.pullMetrics(job, { tryNumber: 1 })).rejects.toThrow(/transient/);
    expect(await count()).toBe(0);
    // The last try gives up on this reading and schedules the next one.
    world.fake.inject({ on: 'GET /api/v1/statuses', kind: 'error_before', status: 503 });
    expect(await results.metricPulls.pullMetrics(job, { tryNumber: 6 })).toBe('retry');
    expect(await results.metricPulls.pullMetrics({ ...job, pullIndex: 1 }, { tryNumber: 1 })).toBe('read');
    expect(await count()).toBe(1);
  });
});
