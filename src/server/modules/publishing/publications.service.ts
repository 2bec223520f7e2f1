import type { NetworkKey } from '../../../contracts/networks.js';
import type {
  Publication,
  PublicationProblem,
  ReschedulePublicationBody,
} from '../../../contracts/publishing.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { enqueuePublication } from './plan-publications.js';
import type { AttemptRow, PublicationRow, PublicationsRepository } from './publications.repository.js';

const isRetryable = (row: PublicationRow) => row.status === 'failed' || row.status === 'missed';

function toView(
  row: PublicationRow,
  place: { postId: string; network: string },
  attempts: AttemptRow[],
): Publication {
  return {
    id: row.id,
    postId: place.postId,
    network: place.network as NetworkKey,
    accountName: row.accountName,
    connectedAccountId: row.connectedAccountId,
    status: row.status,
    dueAt: row.dueAt.toISOString(),
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    url: row.url,
    failureReason: row.failureReason,
    failureMessage: row.failureMessage,
    canRetry: isRetryable(row) && row.connectedAccountId !== null,
    attempts: attempts
      .filter((attempt) => attempt.publicationId === row.id)
      .map((attempt) => ({
        number: attempt.number,
        startedAt: attempt.startedAt.toISOString(),
        finishedAt: attempt.finishedAt?.toISOString() ?? null,
        outcome: attempt.outcome,
        message: attempt.message,
      })),
  };
}

/** What people see and do with publications: states, attempts, retry and reschedule. */
export function createPublicationsService(dependencies: {
  publicationsRepository: PublicationsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  clock: Clock;
}) {
  const { publicationsRepository: repository, runInTransaction, clock, jobs } = dependencies;

  async function findView(workspaceId: string, publicationId: string): Promise<Publication> {
    const row = await repository.find(workspaceId, publicationId);
    const place = row ? await repository.findPlace(workspaceId, row.postVersionId) : null;
    if (!row || !place) throw notFound();
    return toView(row, place, await repository.listAttempts(workspaceId, [row.id]));
  }

  /** Plans a failed or missed publication again at `at`, with its key (and its frozen request). */
  async function replan(workspaceId: string, publicationId: string, at: Date, reason: string) {
    await runInTransaction(async (tx) => {
      const row = await repository.find(workspaceId, publicationId, tx);
      if (!row) throw notFound();
      if (!isRetryable(row) || !row.connectedAccountId) throw conflict('publication_not_retryable');
      const jobId = await enqueuePublication(jobs, tx, row, at, reason);
      // The lateness rule counts from the new moment: a missed post retried now goes out now.
      await repository.update(
        tx,
        workspaceId,
        row.id,
        {
          status: 'scheduled',
          dueAt: at,
          nextAttemptAt: at,
          jobId,
          failureReason: null,
          failureMessage: null,
        },
        clock.now(),
      );
      await repository.refreshVersionStatus(tx, workspaceId, row.postVersionId);
    });
    return findView(workspaceId, publicationId);
  }

  return {
    findPublication: findView,

    async listForPost(workspaceId: string, postId: string): Promise<Publication[]> {
      if (!(await repository.hasPost(workspaceId, postId))) throw notFound();
      const rows = await repository.listForPost(workspaceId, postId);
      const attempts = await repository.listAttempts(
        workspaceId,
        rows.map((row) => row.publication.id),
      );
      return rows.map((row) => toView(row.publication, row, attempts));
    },

    async listProblems(workspaceId: string): Promise<PublicationProblem[]> {
      const rows = await repository.listProblems(workspaceId);
      const attempts = await repository.listAttempts(
        workspaceId,
        rows.map((row) => row.publication.id),
      );
      return rows.map((row) => ({
        ...toView(row.publication, row, attempts),
        postText: row.postText,
        scheduledAt: row.scheduledAt?.toISOString() ?? null,
      }));
    },

    /** Now, with the same key: a retry can never publish twice what went out once. */
    retry: (workspaceId: string, publicationId: string) =>
      replan(workspaceId, publicationId, clock.now(), 'retry-now'),

    async reschedule(workspaceId: string, publicationId: string, body: ReschedulePublicationBody) {
      const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
      if (!settings) throw notFound();
      const instant = resolveWallClock(body.date, body.time, settings.timeZone);
      if (Date.parse(instant) <= clock.now().getTime()) throw unprocessable('post_time_past', {}, ['date']);
      return replan(workspaceId, publicationId, new Date(instant), 'reschedule');
    },
  };
}

export type PublicationsService = ReturnType<typeof createPublicationsService>;
