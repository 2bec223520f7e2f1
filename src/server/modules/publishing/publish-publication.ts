import type { PublicationPart, PublicationRequest, PublishedPart } from '../../../contracts/connectors.js';
import type { PublishPublicationJob } from '../../../contracts/jobs.js';
import type { PublicationFailureReason } from '../../../contracts/publishing.js';
import {
  type ConnectorAnswer,
  decideNextStep,
  isTooLate,
  type NextStep,
  type RetryPolicy,
  readLookUp,
} from '../../../core/publishing/publication-outcome.js';
import { postShortId } from '../../../core/results/utm.js';
import type { NetworkKey } from '../../../core/strategy/networks.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { ConnectedAccountsStore } from '../connections/connected-accounts.store.js';
import { enqueuePublication } from './plan-publications.js';
import {
  buildPublicationRequest,
  openPublicationRequest,
  type PublicationSource,
  storePublicationRequest,
} from './publication-request.js';
import type { AttemptRow, PublicationRow, PublicationsRepository } from './publications.repository.js';

/** What the lead's notifications hear about: a publication that will not go out by itself. */
export type PublicationProblemEvent = {
  workspaceId: string;
  publicationId: string;
  postId: string;
  network: string;
  accountName: string;
  reason: PublicationFailureReason;
  message: string | null;
};

export type PublishingCallbacks = {
  /** In the transaction that marks it published (the results module schedules its metric pulls). */
  onPublished?: (
    tx: Queryable,
    publication: { id: string; workspaceId: string; publishedAt: Date },
  ) => Promise<void>;
  onPublicationFailed?: (event: PublicationProblemEvent) => Promise<void> | void;
  onPublicationMissed?: (event: PublicationProblemEvent) => Promise<void> | void;
};

export type PublishDependencies = {
  publicationsRepository: PublicationsRepository;
  accounts: Pick<ConnectedAccountsStore, 'open'>;
  connectors: ConnectorRegistry;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  clock: Clock;
  retryPolicy: RetryPolicy;
  /** How long a worker may hold a publication; past it, the sweeper takes it back (looking up first). */
  leaseSeconds: number;
  callbacks: PublishingCallbacks;
  logger: { warn: (object: object, message: string) => void };
  random?: () => number;
  /**
   * A version's parts (thread) with their images fitted to its network (content's
   * `loadPublicationParts`). Read once, when the request is frozen, inside the claim's
   * transaction (the images are resized there: the one slow step of a first try).
   */
  loadParts?: (
    tx: Queryable,
    workspaceId: string,
    postVersionId: string,
  ) => Promise<PublicationPart[] | null>;
};

type Claimed = {
  row: PublicationRow;
  request: Readonly<PublicationRequest>;
  attemptNumber: number;
  mustLookUp: boolean;
  isLate: boolean;
  postId: string;
};

/**
 * One try of one publication (the `publish-publication` job). The row is claimed and the attempt
 * written in a short transaction, the network called outside any transaction, the outcome
 * recorded in another. A try after an unanswered call (or a worker that died mid-call) looks the
 * publication up before sending anything.
 */
export function createPublishPublication(dependencies: PublishDependencies) {
  const { publicationsRepository: repository, runInTransaction, clock, jobs } = dependencies;
  const random = dependencies.random ?? Math.random;

  async function claim({ workspaceId, publicationId }: PublishPublicationJob) {
    const now = clock.now();
    return runInTransaction(
      async (tx): Promise<Claimed | { missed: PublicationRow; postId: string } | null> => {
        const leaseUntil = new Date(now.getTime() + dependencies.leaseSeconds * 1000);
        const row = await repository.claim(tx, workspaceId, publicationId, now, leaseUntil);
        if (!row) return null;
        const context = await repository.findTryContext(tx, workspaceId, row);
        if (!context) return null;
        const last = context.lastAttempt;
        const mustLookUp = last?.outcome === 'running' || last?.outcome === 'unknown';
        if (last?.outcome === 'running')
          await repository.finishAttempt(tx, workspaceId, row.id, last.number, {
            outcome: 'unknown',
            message: 'The worker stopped during this try.',
            finishedAt: now,
          });
        const isLate = isTooLate(row.dueAt.getTime(), now.getTime(), context.latenessMinutes);
        if (isLate && !mustLookUp) {
          await repository.update(
            tx,
            workspaceId,
            row.id,
            {
              status: 'missed',
              failureReason: 'too_late',
              failureMessage: null,
              leaseUntil: null,
              jobId: null,
            },
            now,
          );
          await repository.refreshVersionStatus(tx, workspaceId, row.postVersionId);
          return { missed: row, postId: context.postId };
        }
        const parts =
          row.request || !dependencies.loadParts
            ? null
            : await dependencies.loadParts(tx, workspaceId, row.postVersionId);
        const request = row.request
          ? openPublicationRequest(row.request)
          : buildPublicationRequest(
              {
                idempotencyKey: row.idempotencyKey,
                postText: context.postText,
                versionText: context.versionText,
                link: context.link,
                ...(parts && parts.length > 0 ? { parts } : {}),
                tracking: trackingOf(context),
              },
              now,
            );
        const attemptNumber = (last?.number ?? 0) + 1;
        await repository.insertAttempt(tx, {
          workspaceId,
          publicationId: row.id,
          number: attemptNumber,
          startedAt: now,
        });
        if (!row.request)
          await repository.update(
            tx,
            workspaceId,
            row.id,
            { request: storePublicationRequest(request) },
            now,
          );
        await repository.refreshVersionStatus(tx, workspaceId, row.postVersionId);
        return { row, request, attemptNumber, mustLookUp, isLate, postId: context.postId };
      },
    );
  }

  /** Calls the network: a look-up first when an earlier call may have taken effect. */
  async function callNetwork(
    claimed: Claimed,
  ): Promise<{ answer: ConnectorAnswer; lookedUp: boolean } | 'no_account' | 'too_late'> {
    const { row, request } = claimed;
    const account = row.connectedAccountId
      ? await dependencies.accounts.open(row.workspaceId, row.connectedAccountId)
      : null;
    if (!account) return 'no_account';
    const connector = dependencies.connectors.forCredentials(account.credentials);
    let resumeFrom: PublishedPart[] = row.publishedParts;
    if (claimed.mustLookUp) {
      const found = await connector.lookUp(account, request);
      if (found.status === 'auth_expired' || found.status === 'rejected')
        return { answer: found, lookedUp: true };
      // Could not look: nothing may be sent before a look-up succeeds, so the next try looks again.
      if (found.status !== 'looked_up')
        return {
          answer: { status: 'unknown', message: `Look-up failed: ${messageOf(found)}`, publishedParts: [] },
          lookedUp: true,
        };
      const { isComplete, found: parts } = readLookUp(found.parts);
      const [first] = parts;
      if (isComplete && first)
        return {
          answer: {
            status: 'published',
            remoteId: first.remoteId,
            url: first.url,
            publishedAt: clock.now().toISOString(),
            publishedParts: parts,
          },
          lookedUp: true,
        };
      if (parts.length > resumeFrom.length) resumeFrom = parts;
      // Found nothing more, and too late to send: missed, with whatever parts are out kept.
      if (claimed.isLate) return 'too_late';
    }
    const answer = await connector.publish(account, request, { resumeFrom });
    return { answer, lookedUp: false };
  }

  async function record(claimed: Claimed, step: NextStep, attempt: Pick<AttemptRow, 'outcome' | 'message'>) {
    const { row } = claimed;
    const now = clock.now();
    await runInTransaction(async (tx) => {
      await repository.finishAttempt(tx, row.workspaceId, row.id, claimed.attemptNumber, {
        ...attempt,
        finishedAt: now,
      });
      const current = await repository.find(row.workspaceId, row.id, tx);
      // Another worker took it over (our lease ran out) and already settled it: keep its answer.
      if (!current || (current.status !== 'publishing' && step.kind !== 'published')) return;
      if (current.status === 'published' || current.status === 'cancelled') return;
      if (step.kind === 'published')
        await repository.update(
          tx,
          row.workspaceId,
          row.id,
          {
            status: 'published',
            remoteId: step.remoteId,
            url: step.url,
            publishedAt: new Date(step.publishedAt),
            publishedParts: step.parts,
            leaseUntil: null,
            jobId: null,
            failureReason: null,
            failureMessage: null,
          },
          now,
        );
      if (step.kind === 'published')
        await dependencies.callbacks.onPublished?.(tx, {
          id: row.id,
          workspaceId: row.workspaceId,
          publishedAt: new Date(step.publishedAt),
        });
      else if (step.kind === 'failed')
        await repository.update(
          tx,
          row.workspaceId,
          row.id,
          {
            status: step.reason === 'too_late' ? 'missed' : 'failed',
            failureReason: step.reason,
            failureMessage: step.message,
            publishedParts: step.parts,
            leaseUntil: null,
            jobId: null,
          },
          now,
        );
      else {
        const at = new Date(step.at);
        const jobId = await enqueuePublication(jobs, tx, row, at, 'retry');
        await repository.update(
          tx,
          row.workspaceId,
          row.id,
          { status: step.status, nextAttemptAt: at, publishedParts: step.parts, leaseUntil: null, jobId },
          now,
        );
      }
      await repository.refreshVersionStatus(tx, row.workspaceId, row.postVersionId);
    });
  }

  async function tell(
    row: PublicationRow,
    postId: string,
    reason: PublicationFailureReason,
    message: string | null,
  ) {
    const callback =
      reason === 'too_late'
        ? dependencies.callbacks.onPublicationMissed
        : dependencies.callbacks.onPublicationFailed;
    if (!callback) return;
    try {
      await callback({
        workspaceId: row.workspaceId,
        publicationId: row.id,
        postId,
        network: row.network,
        accountName: row.accountName,
        reason,
        message,
      });
    } catch (error) {
      dependencies.logger.warn({ err: error, publicationId: row.id }, 'publication callback failed');
    }
  }

  return async function publishPublication(payload: PublishPublicationJob): Promise<void> {
    const claimed = await claim(payload);
    if (!claimed) return;
    if ('missed' in claimed) return tell(claimed.missed, claimed.postId, 'too_late', null);
    const called = await callNetwork(claimed);
    let step: NextStep;
    let attempt: Pick<AttemptRow, 'outcome' | 'message'>;
    if (called === 'no_account') {
      step = {
        kind: 'failed',
        reason: 'account_disconnected',
        message: '',
        parts: claimed.row.publishedParts,
      };
      attempt = { outcome: 'auth_expired', message: 'The account is no longer connected.' };
    } else if (called === 'too_late') {
      step = { kind: 'failed', reason: 'too_late', message: '', parts: claimed.row.publishedParts };
      attempt = { outcome: 'looked_up', message: 'Not found on the network; too late to send.' };
    } else {
      step = decideNextStep(
        called.answer,
        {
          attemptNumber: claimed.attemptNumber,
          now: clock.now().getTime(),
          knownParts: claimed.row.publishedParts,
          jitter: random(),
        },
        dependencies.retryPolicy,
      );
      attempt = {
        outcome: called.lookedUp && called.answer.status === 'published' ? 'looked_up' : called.answer.status,
        message: messageOf(called.answer),
      };
      if (called.lookedUp && called.answer.status === 'published')
        attempt.message = 'Found on the network: it had gone out.';
    }
    await record(claimed, step, attempt);
    if (step.kind === 'failed') await tell(claimed.row, claimed.postId, step.reason, step.message || null);
  };
}

function messageOf(answer: ConnectorAnswer): string | null {
  if (answer.status === 'published') return null;
  if (answer.status === 'rejected') return answer.reason;
  return answer.message;
}

/**
 * The UTM tags of a publication's links, or null when the workspace does not track links (no
 * settings row means the default: on). The campaign is the post's pillar; the content its short id.
 */
function trackingOf(context: {
  trackLinks: boolean | null;
  versionNetwork: string;
  pillarName: string | null;
  postId: string;
}): PublicationSource['tracking'] {
  if (context.trackLinks === false) return null;
  const network = context.versionNetwork as NetworkKey;
  return {
    network,
    tags: { network, campaign: context.pillarName, content: postShortId(context.postId) },
  };
}
