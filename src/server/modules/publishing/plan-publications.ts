import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { ConnectorNetwork } from '../../../contracts/connectors.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { idFromKey } from '../../platform/jobs.js';
import { conflict } from '../../platform/problem.js';
import { posts, postVersions } from '../content/content.table.js';
import type { PublicationRow, PublicationsRepository } from './publications.repository.js';

export const publishQueue = 'publish-publication';

/** A key no other publication has, stable for this one's life (every retry sends it). */
export const newIdempotencyKey = () => `pub_${randomBytes(18).toString('base64url')}`;

/**
 * The connector account network a post's network goes to: its own when a connector serves it
 * (Mastodon, Bluesky), else the workspace's webhooks, which hand it to the person's automation.
 */
export function accountNetworkFor(postNetwork: string, connectorNetworks: readonly ConnectorNetwork[]) {
  if ((connectorNetworks as readonly string[]).includes(postNetwork)) return postNetwork;
  return connectorNetworks.includes('webhook') ? 'webhook' : null;
}

/** Sends the job of a publication's next moment, inside the caller's transaction. */
export async function enqueuePublication(
  jobs: CadenceJobs,
  tx: Queryable,
  row: Pick<PublicationRow, 'id' | 'workspaceId'>,
  at: Date,
  reason: string,
): Promise<string> {
  const key = `${row.id}@${at.toISOString()}@${reason}@${randomBytes(6).toString('hex')}`;
  await jobs.send(
    publishQueue,
    { version: 1, workspaceId: row.workspaceId, publicationId: row.id },
    { tx, startAfter: at, idempotencyKey: key },
  );
  return idFromKey(publishQueue, key);
}

/** The jobs of many publications' next moments in one statement; answers each one's job id. */
export async function enqueuePublications(
  jobs: CadenceJobs,
  tx: Queryable,
  items: readonly { row: Pick<PublicationRow, 'id' | 'workspaceId'>; at: Date }[],
  reason: string,
): Promise<Map<string, string>> {
  const keyed = items.map(({ row, at }) => ({
    row,
    at,
    key: `${row.id}@${at.toISOString()}@${reason}@${randomBytes(6).toString('hex')}`,
  }));
  await jobs.sendMany(
    publishQueue,
    keyed.map(({ row, at, key }) => ({
      payload: { version: 1 as const, workspaceId: row.workspaceId, publicationId: row.id },
      idempotencyKey: key,
      startAfter: at,
    })),
    { tx },
  );
  return new Map(keyed.map(({ row, key }) => [row.id, idFromKey(publishQueue, key)]));
}

/** Nothing of the frozen request can have reached the network: an edit may refreeze it. */
const canRefreeze = (row: PublicationRow) =>
  row.publishedParts.length === 0 && !['publishing', 'unknown', 'published'].includes(row.status);

/**
 * Scheduling writes the publications, in the transaction that schedules the post: one per
 * (version whose network has connected accounts × account), each with a fresh idempotency key
 * and its job at the due minute. Called again on every change of time or text before the minute;
 * a publication on its way answers 409 and the whole change is rolled back.
 */
export function createPublicationPlanner(dependencies: {
  publicationsRepository: PublicationsRepository;
  jobs: CadenceJobs;
  connectorNetworks: readonly ConnectorNetwork[];
  clock: Clock;
}) {
  const { publicationsRepository: repository, jobs, clock } = dependencies;

  async function loadPost(tx: Queryable, workspaceId: string, postId: string) {
    const [post] = await tx
      .select({ status: posts.status, scheduledAt: posts.scheduledAt })
      .from(posts)
      .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
    const versions = await tx
      .select({ id: postVersions.id, network: postVersions.network, accountIds: postVersions.accountIds })
      .from(postVersions)
      .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.postId, postId)))
      .orderBy(asc(postVersions.sortOrder));
    const existing = await repository.listForVersions(
      tx,
      workspaceId,
      versions.map((version) => version.id),
    );
    return { post, versions, existing };
  }

  const assertNotInFlight = (rows: readonly PublicationRow[]) => {
    if (rows.some((row) => row.status === 'publishing' || row.status === 'unknown'))
      throw conflict('publication_in_progress');
  };

  return {
    /**
     * `scheduled`: the post got a (new) time, so failed and missed publications are planned again
     * too. `edited`: its text changed; only what waits is replanned (failed ones keep their place
     * until retried, with the new text if nothing of theirs went out).
     */
    async planPost(tx: Queryable, workspaceId: string, postId: string, change: 'scheduled' | 'edited') {
      const { post, versions, existing } = await loadPost(tx, workspaceId, postId);
      if (!post?.scheduledAt || post.status !== 'scheduled') return;
      assertNotInFlight(existing);
      const due = post.scheduledAt;
      const now = clock.now();
      const accounts = await repository.listAccounts(tx, workspaceId);
      for (const version of versions) {
        const accountNetwork = accountNetworkFor(version.network, dependencies.connectorNetworks);
        // The accounts the person chose for this version (null: all of its network).
        const targets = accounts.filter(
          (account) =>
            account.network === accountNetwork &&
            (version.accountIds === null || version.accountIds.includes(account.id)),
        );
        await tx
          .update(postVersions)
          .set({ publishMode: targets.length > 0 ? 'connector' : 'by_hand' })
          .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.id, version.id)));
        const ofVersion = existing.filter((row) => row.postVersionId === version.id);
        for (const row of ofVersion)
          if (!targets.some((account) => account.id === row.connectedAccountId) && row.status === 'scheduled')
            await repository.update(tx, workspaceId, row.id, { status: 'cancelled', jobId: null }, now);
        for (const account of targets) {
          const row = ofVersion.find((item) => item.connectedAccountId === account.id);
          if (!row) {
            const created = await repository.insert(tx, {
              workspaceId,
              postVersionId: version.id,
              connectedAccountId: account.id,
              network: account.network,
              accountName: account.accountName,
              dueAt: due,
              nextAttemptAt: due,
              idempotencyKey: newIdempotencyKey(),
            });
            const jobId = await enqueuePublication(jobs, tx, created, due, 'plan');
            await repository.update(tx, workspaceId, created.id, { jobId }, now);
            continue;
          }
          if (row.status === 'published') continue;
          const isWaiting = row.status === 'scheduled' || row.status === 'cancelled';
          if (isWaiting || change === 'scheduled') {
            const jobId = await enqueuePublication(jobs, tx, row, due, 'plan');
            await repository.update(
              tx,
              workspaceId,
              row.id,
              {
                status: 'scheduled',
                dueAt: due,
                nextAttemptAt: due,
                jobId,
                failureReason: null,
                failureMessage: null,
                ...(canRefreeze(row) ? { request: null } : {}),
              },
              now,
            );
          } else if (canRefreeze(row))
            await repository.update(tx, workspaceId, row.id, { request: null }, now);
        }
        await repository.refreshVersionStatus(tx, workspaceId, version.id);
      }
    },

    /** Unscheduled: nothing of it goes out, unless a publication is already on its way (409). */
    async cancelPost(tx: Queryable, workspaceId: string, postId: string) {
      const { versions, existing } = await loadPost(tx, workspaceId, postId);
      assertNotInFlight(existing);
      const now = clock.now();
      for (const row of existing)
        if (row.status !== 'published' && row.status !== 'cancelled')
          await repository.update(tx, workspaceId, row.id, { status: 'cancelled', jobId: null }, now);
      for (const version of versions) await repository.refreshVersionStatus(tx, workspaceId, version.id);
    },
  };
}

export type PublicationPlanner = ReturnType<typeof createPublicationPlanner>;
