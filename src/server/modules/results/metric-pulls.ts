import { and, eq } from 'drizzle-orm';
import type { MetricsPullJob } from '../../../contracts/jobs.js';
import { metricPullAt } from '../../../core/results/pull-schedule.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import { type CadenceJobs, cadenceQueues } from '../../platform/job-queues.js';
import type { ConnectedAccountsStore } from '../connections/connected-accounts.store.js';
import { publications } from '../publishing/publishing.table.js';
import { postMetricSnapshots } from './results.table.js';

/** What scheduling needs of a publication row that has just become `published`. */
export type PublishedPublication = { id: string; workspaceId: string; publishedAt: Date };

/**
 * Figures pulled from the networks that have a connector. The publishing pipeline calls
 * `schedulePulls(tx, publication)` in the transaction that marks a publication published; the
 * first reading is then due an hour later, and each reading schedules the next
 * (src/core/results/pull-schedule.ts), so a publication never has more than one job waiting.
 */
export function createMetricPulls({
  db,
  jobs,
  connectors,
  connectedAccountsStore,
  clock,
}: {
  db: Queryable;
  jobs: Pick<CadenceJobs, 'send' | 'sendMany'>;
  connectors: Pick<ConnectorRegistry, 'forCredentials'>;
  connectedAccountsStore: Pick<ConnectedAccountsStore, 'open'>;
  clock: Clock;
}) {
  async function scheduleReading(
    publication: PublishedPublication,
    pullIndex: number,
    tx?: Queryable,
  ): Promise<void> {
    const due = metricPullAt(publication.publishedAt, pullIndex);
    if (!due) return;
    await jobs.send(
      'metrics-pull',
      { version: 1, workspaceId: publication.workspaceId, publicationId: publication.id, pullIndex },
      {
        ...(tx ? { tx } : {}),
        // The same reading scheduled twice (a retried transaction, a replayed job) is one job.
        idempotencyKey: `${publication.id}:${pullIndex}`,
        startAfter: due < clock.now() ? clock.now() : due,
      },
    );
  }

  return {
    schedulePulls: (tx: Queryable, publication: PublishedPublication) => scheduleReading(publication, 0, tx),

    /** The first readings of several publications, in one statement (a batch just published). */
    async schedulePullsOf(tx: Queryable, published: readonly PublishedPublication[]): Promise<void> {
      const now = clock.now();
      await jobs.sendMany(
        'metrics-pull',
        published.flatMap((publication) => {
          const due = metricPullAt(publication.publishedAt, 0);
          if (!due) return [];
          return [
            {
              payload: {
                version: 1 as const,
                workspaceId: publication.workspaceId,
                publicationId: publication.id,
                pullIndex: 0,
              },
              idempotencyKey: `${publication.id}:0`,
              startAfter: due < now ? now : due,
            },
          ];
        }),
        { tx },
      );
    },

    /**
     * One reading: the publication's account is opened (only in its own workspace), the network
     * asked, and a `pulled` snapshot added. A post the network no longer has, a disconnected
     * account or expired credentials end the schedule; a transient failure or a rate limit throws,
     * so the queue tries again, and the last try moves on to the next reading.
     */
    async pullMetrics(
      job: MetricsPullJob,
      context: { tryNumber: number },
    ): Promise<'read' | 'ended' | 'retry'> {
      const [publication] = await db
        .select()
        .from(publications)
        .where(and(eq(publications.workspaceId, job.workspaceId), eq(publications.id, job.publicationId)));
      if (publication?.status !== 'published' || !publication.remoteId || !publication.publishedAt)
        return 'ended';
      const schedule: PublishedPublication = {
        id: publication.id,
        workspaceId: publication.workspaceId,
        publishedAt: publication.publishedAt,
      };
      const account = publication.connectedAccountId
        ? await connectedAccountsStore.open(publication.workspaceId, publication.connectedAccountId)
        : null;
      if (!account) return 'ended';
      const result = await connectors
        .forCredentials(account.credentials)
        .readMetrics(account, [publication.remoteId]);
      if (result.status === 'auth_expired' || result.status === 'rejected') return 'ended';
      if (result.status !== 'read') {
        const isLastTry = context.tryNumber > cadenceQueues['metrics-pull'].policy.retryLimit;
        if (!isLastTry)
          throw new Error(
            `Metrics not read (${result.status}): ${'message' in result ? result.message : ''}`,
          );
        await scheduleReading(schedule, job.pullIndex + 1);
        return 'retry';
      }
      const figures = result.metrics.find((item) => item.remoteId === publication.remoteId);
      // Deleted on the network: nothing more will ever be read.
      if (!figures) return 'ended';
      await db.insert(postMetricSnapshots).values({
        workspaceId: publication.workspaceId,
        postVersionId: publication.postVersionId,
        publicationId: publication.id,
        takenAt: clock.now(),
        source: 'pulled',
        reactions: figures.likes,
        shares: figures.reposts,
        comments: figures.replies,
        quotes: figures.quotes,
      });
      await scheduleReading(schedule, job.pullIndex + 1);
      return 'read';
    },
  };
}

export type MetricPulls = ReturnType<typeof createMetricPulls>;
