import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PublishPublicationJob } from '../../../contracts/jobs.js';
import type { TestUser } from '../../testing/test-app.js';
import { posts, postVersions } from '../content/content.table.js';
import { loadPublicationPartsOfVersions } from '../content/publication-parts.js';
import { createPublicationBatchesRepository } from './publication-batches.repository.js';
import { createPublishPublication, type PublishDependencies } from './publish-publication.js';
import { publications } from './publishing.table.js';
import { fastRetries, type PublishingWorld, startPublishingWorld } from './testing/publishing-test-world.js';

/**
 * A batch of jobs as the worker hands it over: one claim for all, requests frozen outside the
 * claim's transaction, outcomes written together. Counted on the fake Mastodon.
 */
let world: PublishingWorld;
let owner: TestUser;
let workspaceId: string;
const minute = 60_000;
const dueAt = new Date('2026-03-20T10:00:00Z'); // 11:00 in Paris

beforeAll(async () => {
  world = await startPublishingWorld();
}, 60_000);
afterAll(() => world.close());
beforeEach(async () => {
  await world.reset();
  world.clock.set(new Date('2026-03-20T09:00:00Z'));
  ({ owner, workspaceId } = await world.newWorkspace());
});

function pipeline(overrides: Partial<PublishDependencies> = {}) {
  const { cadence } = world;
  const warnings: string[] = [];
  const publish = createPublishPublication({
    batches: createPublicationBatchesRepository(),
    accounts: cadence.modules.connections.services.connectedAccountsStore,
    connectors: cadence.modules.connections.services.connectors,
    runInTransaction: cadence.platform.runInTransaction,
    db: world.database.db,
    jobs: cadence.platform.jobs,
    clock: world.clock,
    retryPolicy: fastRetries,
    leaseSeconds: 30,
    callbacks: {},
    logger: { warn: (_object, message) => void warnings.push(message) },
    loadParts: (versions) => loadPublicationPartsOfVersions(world.database.db, versions),
    ...overrides,
  });
  return { ...publish, warnings };
}

const jobsOf = (rows: { id: string; workspaceId: string }[]): PublishPublicationJob[] =>
  rows.map((row) => ({ version: 1, workspaceId: row.workspaceId, publicationId: row.id }));

describe('a batch of publish jobs', () => {
  it('claims each publication once (repeated jobs, a foreign workspace named), sends each once, writes every outcome', async () => {
    const first = world.mastodon.addAccount('premier');
    const second = world.mastodon.addAccount('second');
    await world.connectMastodon(workspaceId, first);
    await world.connectMastodon(workspaceId, second);
    for (let index = 1; index <= 6; index++)
      await world.schedulePost(owner, workspaceId, `Lot ${index}`, ['mastodon']);
    const other = await world.newWorkspace();
    const theirs = world.mastodon.addAccount('autre');
    await world.connectMastodon(other.workspaceId, theirs);
    await world.schedulePost(other.owner, other.workspaceId, 'Chez B', ['mastodon']);
    const rows = await world.publicationsOf(workspaceId);
    const [foreign] = await world.publicationsOf(other.workspaceId);
    if (!foreign) throw new Error('no publication in B');
    expect(rows).toHaveLength(12);
    world.clock.set(dueAt);

    const { publishPublications, warnings } = pipeline();
    // Every job twice, and B's publication under A's workspace id: claimed nowhere.
    const payloads = [
      ...jobsOf(rows),
      ...jobsOf(rows),
      { version: 1 as const, workspaceId, publicationId: foreign.id },
    ];
    const results = await publishPublications(payloads);
    expect(results).toHaveLength(payloads.length);
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(warnings).toEqual([]);

    for (const account of [first, second])
      expect(
        world.mastodon
          .statusesOf(account)
          .map((status) => status.text)
          .sort(),
      ).toEqual(['Lot 1', 'Lot 2', 'Lot 3', 'Lot 4', 'Lot 5', 'Lot 6']);
    const after = await world.publicationsOf(workspaceId);
    expect(after.every((row) => row.status === 'published' && row.url && row.request)).toBe(true);
    for (const row of after)
      expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual(['published']);
    // The post follows its versions, which follow their publications.
    const postsOut = await world.database.db.execute(
      sql`select count(*)::int as n from posts where workspace_id = ${workspaceId} and status = 'published'`,
    );
    expect(JSON.stringify(postsOut)).toContain('"n":6');

    expect((await world.publicationsOf(other.workspaceId))[0]?.status).toBe('scheduled');
    expect(world.mastodon.statusesOf(theirs)).toHaveLength(0);
    await publishPublications(jobsOf([foreign]));
    expect(world.mastodon.statusesOf(theirs).map((status) => status.text)).toEqual(['Chez B']);

    // Jobs that outlive their publication's outcome find nothing to claim.
    await publishPublications(jobsOf(rows));
    expect(world.mastodon.statusesOf(first)).toHaveLength(6);
  });

  it('a post is published only once every version is: one version out, the other retrying, then both', async () => {
    await world.connectMastodon(workspaceId);
    await world.connectWebhook(workspaceId);
    world.receiver.reset();
    world.receiver.queue({ kind: 'fail', status: 503 });
    // The receiver checks the signature's timestamp against its own clock: publish at real time.
    const real = Date.now();
    world.clock.set(new Date(real - 10 * minute));
    const local = new Date(real - 5 * minute).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' });
    const [date = '', time = ''] = local.split(' ');
    const postId = await world.schedulePost(owner, workspaceId, 'Deux réseaux', ['mastodon', 'linkedin'], {
      date,
      time: time.slice(0, 5),
    });
    const rows = await world.publicationsOf(workspaceId);
    expect(rows).toHaveLength(2);
    world.clock.set(new Date(real));
    await pipeline().publishPublications(jobsOf(rows));
    const stateOf = async () => {
      const versions = await world.database.db
        .select({ network: postVersions.network, status: postVersions.status })
        .from(postVersions)
        .where(eq(postVersions.postId, postId));
      const [post] = await world.database.db.select().from(posts).where(eq(posts.id, postId));
      return {
        post: post?.status,
        versions: Object.fromEntries(versions.map((version) => [version.network, version.status])),
      };
    };
    expect(await stateOf()).toEqual({
      post: 'scheduled',
      versions: { mastodon: 'published', linkedin: 'scheduled' },
    });
    const [waiting] = (await world.publicationsOf(workspaceId)).filter((row) => row.status !== 'published');
    expect(waiting?.status).toBe('scheduled');
    world.clock.set(waiting?.nextAttemptAt ?? dueAt);
    await pipeline().publishPublications(jobsOf(rows));
    expect(await stateOf()).toEqual({
      post: 'published',
      versions: { mastodon: 'published', linkedin: 'published' },
    });
    expect(world.receiver.accepted.size).toBe(1);
  });

  it('a claim taken over while its images were fitted sends nothing', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Reprise', ['mastodon']);
    const [row] = await world.publicationsOf(workspaceId);
    if (!row) throw new Error('no publication');
    world.clock.set(dueAt);
    const otherLease = new Date(dueAt.getTime() + 10 * minute);
    const { publishPublications, warnings } = pipeline({
      // While this try prepares the request, its lease runs out and another try claims the row.
      loadParts: async (versions) => {
        await world.database.db
          .update(publications)
          .set({ leaseUntil: otherLease })
          .where(eq(publications.id, row.id));
        return loadPublicationPartsOfVersions(world.database.db, versions);
      },
    });
    await publishPublications(jobsOf([row]));
    expect(world.ours()).toHaveLength(0);
    expect(warnings).toEqual([
      'publication taken over while its request was prepared; this try sends nothing',
    ]);
    const [held] = await world.publicationsOf(workspaceId);
    expect(held).toMatchObject({ status: 'publishing', request: null });
    expect(held?.leaseUntil?.toISOString()).toBe(otherLease.toISOString());
  });

  it('images that cannot be prepared are a transient failure (nothing sent), retried later', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Image cassée', ['mastodon']);
    const [row] = await world.publicationsOf(workspaceId);
    if (!row) throw new Error('no publication');
    world.clock.set(dueAt);
    await pipeline({
      loadParts: async () => {
        throw new Error('Input buffer contains unsupported image format');
      },
    }).publishPublications(jobsOf([row]));
    const [waiting] = await world.publicationsOf(workspaceId);
    expect(waiting).toMatchObject({ status: 'scheduled', request: null });
    const [attempt] = await world.attemptsOf(row.id);
    expect(attempt).toMatchObject({ outcome: 'transient' });
    expect(attempt?.message).toContain('Could not prepare the images');
    expect(world.ours()).toHaveLength(0);

    world.clock.set(waiting?.nextAttemptAt ?? dueAt);
    await pipeline().publishPublications(jobsOf([row]));
    expect(world.ours().map((status) => status.text)).toEqual(['Image cassée']);
  });

  it('a worker killed after the claim but before its request was stored: the next try sends at once (nothing can be out)', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Avant le gel', ['mastodon']);
    const [row] = await world.publicationsOf(workspaceId);
    if (!row) throw new Error('no publication');
    world.clock.set(dueAt);
    // The state such a crash leaves: held, an attempt running, no request stored.
    await world.database.db
      .update(publications)
      .set({ status: 'publishing', leaseUntil: new Date(dueAt.getTime() - 1000) })
      .where(eq(publications.id, row.id));
    await world.database.db.execute(
      sql`insert into publication_attempts (workspace_id, publication_id, number, started_at)
          values (${workspaceId}, ${row.id}, 1, ${dueAt.toISOString()}::timestamptz)`,
    );
    const statusCalls = () =>
      world.mastodon.calls.filter((call) => call.startsWith('GET /api/v1/accounts')).length;
    const before = statusCalls();
    await pipeline().publishPublications(jobsOf([row]));
    expect(world.ours().map((status) => status.text)).toEqual(['Avant le gel']);
    expect(statusCalls()).toBe(before); // no look-up of the account's statuses
    expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'published',
    ]);
  });
});
