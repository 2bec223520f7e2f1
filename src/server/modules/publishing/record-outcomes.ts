import type { NextStep } from '../../../core/publishing/publication-outcome.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { uniqueVersions } from './claim-publications.js';
import { enqueuePublications } from './plan-publications.js';
import type {
  PublicationBatchesRepository,
  PublicationOutcomeValues,
} from './publication-batches.repository.js';
import type { AttemptRow, PublicationRow } from './publications.repository.js';

/** One try's end: its attempt's outcome and what becomes of the publication. */
export type TryOutcome = {
  row: PublicationRow;
  attemptNumber: number;
  step: NextStep;
  attempt: Pick<AttemptRow, 'outcome' | 'message'>;
};

export type OnPublished = (
  tx: Queryable,
  publications: { id: string; workspaceId: string; publishedAt: Date }[],
) => Promise<void>;

/**
 * Writes outcomes as they come, several per transaction: while one write runs, the outcomes that
 * arrive wait and go together in the next (group commit). Each caller's promise settles when its
 * own outcome is committed; a write that fails is retried one outcome at a time, so one bad row
 * does not fail the others. Nothing is held in memory that a crash could lose without trace: an
 * outcome not yet written leaves its attempt `running`, and the next try looks it up.
 * Resolves with whether the outcome was written (false: another try had already settled it).
 */
export function createOutcomeRecorder(dependencies: {
  batches: PublicationBatchesRepository;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  now: () => Date;
  onPublished?: OnPublished;
  logger: { warn: (object: object, message: string) => void };
  /** How long the first outcome waits for others to join its transaction. */
  lingerMilliseconds?: number;
}) {
  type Waiting = {
    outcome: TryOutcome;
    resolve: (written: boolean) => void;
    reject: (error: unknown) => void;
  };
  let waiting: Waiting[] = [];
  let isWriting = false;
  const lingerMilliseconds = dependencies.lingerMilliseconds ?? 50;

  async function writeAll(outcomes: readonly TryOutcome[]): Promise<Set<string>> {
    const { batches } = dependencies;
    const now = dependencies.now();
    return dependencies.runInTransaction(async (tx) => {
      const current = await batches.lockForOutcome(
        tx,
        outcomes.map(({ row }) => ({ workspaceId: row.workspaceId, publicationId: row.id })),
      );
      // Another try took it over (this one's lease ran out) and settled it: keep its answer.
      const writable = outcomes.filter(({ row, step }) => {
        const status = current.get(row.id);
        if (!status || status === 'published' || status === 'cancelled') return false;
        return status === 'publishing' || step.kind === 'published';
      });
      const retries = writable.filter(({ step }) => step.kind === 'retry');
      const jobIds = await enqueuePublications(
        dependencies.jobs,
        tx,
        retries.map(({ row, step }) => ({ row, at: new Date(step.kind === 'retry' ? step.at : 0) })),
        'retry',
      );
      await batches.writeOutcomes(
        tx,
        new Map(writable.map(({ row }) => [row.id, row.workspaceId])),
        writable.map(({ row, step }) => outcomeValues(row, step, jobIds.get(row.id) ?? null)),
        outcomes.map(({ row, attemptNumber, attempt }) => ({
          workspaceId: row.workspaceId,
          publicationId: row.id,
          number: attemptNumber,
          outcome: attempt.outcome,
          message: attempt.message,
          finishedAt: now,
        })),
        now,
      );
      const published = writable.flatMap(({ row, step }) =>
        step.kind === 'published'
          ? [{ id: row.id, workspaceId: row.workspaceId, publishedAt: new Date(step.publishedAt) }]
          : [],
      );
      if (published.length > 0) await dependencies.onPublished?.(tx, published);
      await batches.refreshVersionStatuses(tx, uniqueVersions(writable.map(({ row }) => row)));
      return new Set(writable.map(({ row }) => row.id));
    });
  }

  async function drain() {
    isWriting = true;
    // Answers of one batch come back a few milliseconds apart; waiting a moment lets one
    // transaction carry many of them instead of one each (measured: groups of 1 without it).
    await new Promise((resolve) => setTimeout(resolve, lingerMilliseconds));
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        const written = await writeAll(group.map((item) => item.outcome));
        for (const item of group) item.resolve(written.has(item.outcome.row.id));
      } catch (error) {
        if (group.length === 1) group[0]?.reject(error);
        else {
          dependencies.logger.warn({ err: error, outcomes: group.length }, 'outcomes written one by one');
          for (const item of group)
            await writeAll([item.outcome]).then(
              (written) => item.resolve(written.has(item.outcome.row.id)),
              item.reject,
            );
        }
      }
    }
    isWriting = false;
  }

  return function recordOutcome(outcome: TryOutcome): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      waiting.push({ outcome, resolve, reject });
      if (!isWriting) void drain();
    });
  };
}

function outcomeValues(row: PublicationRow, step: NextStep, jobId: string | null): PublicationOutcomeValues {
  const base = {
    id: row.id,
    remoteId: null,
    url: null,
    publishedAt: null,
    failureReason: null,
    failureMessage: null,
    nextAttemptAt: null,
    jobId: null,
  };
  if (step.kind === 'published')
    return {
      ...base,
      status: 'published',
      remoteId: step.remoteId,
      url: step.url,
      publishedAt: new Date(step.publishedAt),
      publishedParts: step.parts,
    };
  if (step.kind === 'failed')
    return {
      ...base,
      status: step.reason === 'too_late' ? 'missed' : 'failed',
      failureReason: step.reason,
      failureMessage: step.message,
      publishedParts: step.parts,
    };
  return {
    ...base,
    status: step.status,
    nextAttemptAt: new Date(step.at),
    publishedParts: step.parts,
    jobId,
  };
}
