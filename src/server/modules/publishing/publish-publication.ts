import type { PublicationPart, PublicationRequest, PublishedPart } from '../../../contracts/connectors.js';
import type { PublishPublicationJob } from '../../../contracts/jobs.js';
import type { PublicationFailureReason } from '../../../contracts/publishing.js';
import {
  type ConnectorAnswer,
  decideNextStep,
  type RetryPolicy,
  readLookUp,
} from '../../../core/publishing/publication-outcome.js';
import { postShortId } from '../../../core/results/utm.js';
import type { NetworkKey } from '../../../core/strategy/networks.js';
import type { ConnectorAccount } from '../../connectors/connector.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { ConnectedAccountsStore } from '../connections/connected-accounts.store.js';
import { type ClaimedPublication, claimPublications, uniqueVersions } from './claim-publications.js';
import type { PublicationBatchesRepository } from './publication-batches.repository.js';
import {
  buildPublicationRequest,
  openPublicationRequest,
  type PublicationSource,
  storePublicationRequest,
} from './publication-request.js';
import type { PublicationRow } from './publications.repository.js';
import { createOutcomeRecorder, type OnPublished, type TryOutcome } from './record-outcomes.js';

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
  /** In the transaction that marks them published (the results module schedules their metric pulls). */
  onPublished?: OnPublished;
  onPublicationFailed?: (event: PublicationProblemEvent) => Promise<void> | void;
  onPublicationMissed?: (event: PublicationProblemEvent) => Promise<void> | void;
  /** The network refused the account's credentials while publishing (its health becomes revoked). */
  onCredentialsRefused?: (event: {
    workspaceId: string;
    connectionId: string;
    message: string | null;
  }) => Promise<void> | void;
};

export type VersionReference = { workspaceId: string; postVersionId: string };

export type PublishDependencies = {
  batches: PublicationBatchesRepository;
  accounts: Pick<ConnectedAccountsStore, 'openMany'>;
  connectors: ConnectorRegistry;
  runInTransaction: RunInTransaction;
  /** The database itself, for a single statement (atomic alone: no transaction's two round trips). */
  db: Queryable;
  jobs: CadenceJobs;
  clock: Clock;
  retryPolicy: RetryPolicy;
  /** How long a worker may hold a publication; past it, the sweeper takes it back (looking up first). */
  leaseSeconds: number;
  callbacks: PublishingCallbacks;
  logger: { warn: (object: object, message: string) => void };
  random?: () => number;
  /**
   * Versions' parts (thread) with their images fitted to the network (content's
   * `loadPublicationPartsOfVersions`). Read once, when a request is first frozen, OUTSIDE any
   * transaction: fitting images is the slow step, and PGlite's one connection must not wait on it.
   */
  loadParts?: (versions: readonly VersionReference[]) => Promise<Map<string, PublicationPart[]>>;
};

type ReadyTry = ClaimedPublication & { request: Readonly<PublicationRequest> };

/**
 * The tries of a batch of `publish-publication` jobs. The batch is claimed in one short
 * transaction (attempt rows written there, before any call); first tries have their request
 * frozen outside it (images fitted) and stored in a second one that also checks the claim is
 * still theirs; each network call is made outside any transaction; the outcomes are written as
 * they come, several per transaction. A try after an unanswered call (or a worker that died
 * mid-call) looks the publication up before sending anything.
 */
export function createPublishPublication(dependencies: PublishDependencies) {
  const { batches, runInTransaction, clock } = dependencies;
  const random = dependencies.random ?? Math.random;
  const recordOutcome = createOutcomeRecorder({
    batches,
    runInTransaction,
    jobs: dependencies.jobs,
    now: () => clock.now(),
    logger: dependencies.logger,
    ...(dependencies.callbacks.onPublished ? { onPublished: dependencies.callbacks.onPublished } : {}),
  });

  /**
   * First tries get their request built (parts loaded and images fitted, no transaction held)
   * and stored where the claim still holds; retries reopen the stored one. Tries whose parts
   * could not be prepared come back with the reason: nothing was sent, so they are transient.
   */
  async function freezeRequests(claimed: readonly ClaimedPublication[]) {
    const ready: ReadyTry[] = [];
    const unprepared: { item: ClaimedPublication; message: string }[] = [];
    const unfrozen = claimed.filter((item) => !item.row.request);
    for (const item of claimed)
      if (item.row.request) ready.push({ ...item, request: openPublicationRequest(item.row.request) });
    if (unfrozen.length === 0) return { ready, unprepared };
    const { parts, failures } = await loadPartsOf(uniqueVersions(unfrozen.map((item) => item.row)));
    const built: ReadyTry[] = [];
    for (const item of unfrozen) {
      const failure = failures.get(item.row.postVersionId);
      if (failure) {
        unprepared.push({ item, message: failure });
        continue;
      }
      const versionParts = parts.get(item.row.postVersionId);
      const request = buildPublicationRequest(
        {
          idempotencyKey: item.row.idempotencyKey,
          postText: item.context.postText,
          versionText: item.context.versionText,
          link: item.context.link,
          network: item.context.network,
          ...(versionParts && versionParts.length > 0 ? { parts: versionParts } : {}),
          tracking: trackingOf(item.context),
        },
        item.claimedAt,
      );
      built.push({ ...item, request });
    }
    // All claims of a batch share one lease; storing renews it for the calls to come.
    const first = built[0];
    if (!first) return { ready, unprepared };
    const now = clock.now();
    const renewed = new Date(now.getTime() + dependencies.leaseSeconds * 1000);
    // One statement, atomic on its own: its conditions are read again on each locked row.
    const stored = await batches.storeRequests(
      dependencies.db,
      built.map((item) => ({
        workspaceId: item.row.workspaceId,
        id: item.row.id,
        request: storePublicationRequest(item.request),
      })),
      first.leaseUntil,
      renewed,
      now,
    );
    for (const item of built)
      if (stored.has(item.row.id)) ready.push({ ...item, leaseUntil: renewed });
      else
        dependencies.logger.warn(
          { publicationId: item.row.id },
          'publication taken over while its request was prepared; this try sends nothing',
        );
    return { ready, unprepared };
  }

  /** The batch's parts in one go; if that fails, version by version, so one bad image fails one. */
  async function loadPartsOf(versions: readonly VersionReference[]) {
    const failures = new Map<string, string>();
    if (!dependencies.loadParts) return { parts: new Map<string, PublicationPart[]>(), failures };
    try {
      return { parts: await dependencies.loadParts(versions), failures };
    } catch {
      const parts = new Map<string, PublicationPart[]>();
      for (const version of versions)
        try {
          for (const [id, value] of await dependencies.loadParts([version])) parts.set(id, value);
        } catch (error) {
          failures.set(
            version.postVersionId,
            `Could not prepare the images: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      return { parts, failures };
    }
  }

  /** Calls the network: a look-up first when an earlier call may have taken effect. */
  async function callNetwork(
    claimed: ReadyTry,
    account: ConnectorAccount | null,
  ): Promise<{ answer: ConnectorAnswer; lookedUp: boolean } | 'no_account' | 'too_late'> {
    const { row, request } = claimed;
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

  /** What the try's call (or its absence) means for the publication and its attempt row. */
  function decide(
    claimed: ClaimedPublication,
    called: Awaited<ReturnType<typeof callNetwork>>,
  ): Pick<TryOutcome, 'step' | 'attempt'> {
    const parts = claimed.row.publishedParts;
    if (called === 'no_account')
      return {
        step: { kind: 'failed', reason: 'account_disconnected', message: '', parts },
        attempt: { outcome: 'auth_expired', message: 'The account is no longer connected.' },
      };
    if (called === 'too_late')
      return {
        step: { kind: 'failed', reason: 'too_late', message: '', parts },
        attempt: { outcome: 'looked_up', message: 'Not found on the network; too late to send.' },
      };
    const step = decideNextStep(
      called.answer,
      {
        attemptNumber: claimed.attemptNumber,
        now: clock.now().getTime(),
        knownParts: parts,
        jitter: random(),
      },
      dependencies.retryPolicy,
    );
    const foundOut = called.lookedUp && called.answer.status === 'published';
    return {
      step,
      attempt: {
        outcome: foundOut ? 'looked_up' : called.answer.status,
        message: foundOut ? 'Found on the network: it had gone out.' : messageOf(called.answer),
      },
    };
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

  /** One try, from its call to its written outcome (and the word to the editors if it failed). */
  async function finishTry(claimed: ClaimedPublication, decided: Pick<TryOutcome, 'step' | 'attempt'>) {
    const written = await recordOutcome({
      row: claimed.row,
      attemptNumber: claimed.attemptNumber,
      ...decided,
    });
    const { step } = decided;
    if (written && step.kind === 'failed')
      await tell(claimed.row, claimed.context.postId, step.reason, step.message || null);
    const { connectedAccountId, workspaceId, id } = claimed.row;
    if (
      decided.attempt.outcome === 'auth_expired' &&
      step.kind === 'failed' &&
      step.reason === 'auth_expired'
    )
      if (connectedAccountId)
        try {
          await dependencies.callbacks.onCredentialsRefused?.({
            workspaceId,
            connectionId: connectedAccountId,
            message: decided.attempt.message,
          });
        } catch (error) {
          dependencies.logger.warn({ err: error, publicationId: id }, 'credentials callback failed');
        }
  }

  /**
   * The tries of a batch of jobs; each job's result is its own (a job whose publication was not
   * claimable has nothing to do and succeeds). Throws only if the claim itself could not be made.
   */
  async function publishPublications(
    payloads: readonly PublishPublicationJob[],
  ): Promise<PromiseSettledResult<void>[]> {
    const { claimed, missed } = await runInTransaction((tx) =>
      claimPublications(tx, batches, payloads, clock.now(), dependencies.leaseSeconds),
    );
    for (const { row, postId } of missed) await tell(row, postId, 'too_late', null);
    const tries = new Map<string, Promise<void>>();
    if (claimed.length > 0) {
      const { ready, unprepared } = await freezeRequests(claimed);
      for (const { item, message } of unprepared)
        tries.set(
          item.row.id,
          finishTry(
            item,
            decide(item, { answer: { status: 'transient', message, publishedParts: [] }, lookedUp: false }),
          ),
        );
      const accounts = await dependencies.accounts.openMany(uniqueAccounts(ready.map((item) => item.row)));
      for (const item of ready) {
        const account = item.row.connectedAccountId
          ? (accounts.get(item.row.connectedAccountId) ?? null)
          : null;
        tries.set(
          item.row.id,
          callNetwork(item, account).then((called) => finishTry(item, decide(item, called))),
        );
      }
    }
    const settled = new Map<string, PromiseSettledResult<void>>();
    await Promise.all(
      [...tries].map(async ([id, done]) => {
        settled.set(
          id,
          await done.then(
            () => ({ status: 'fulfilled', value: undefined }) as const,
            (reason: unknown) => ({ status: 'rejected', reason }) as const,
          ),
        );
      }),
    );
    return payloads.map(
      (payload) => settled.get(payload.publicationId) ?? { status: 'fulfilled', value: undefined },
    );
  }

  return {
    publishPublications,
    /** One job's try (tests, and any single send): the batch of one. */
    async publishPublication(payload: PublishPublicationJob): Promise<void> {
      const [result] = await publishPublications([payload]);
      if (result?.status === 'rejected') throw result.reason;
    },
  };
}

function uniqueAccounts(rows: readonly PublicationRow[]) {
  const seen = new Map<string, { workspaceId: string; accountId: string }>();
  for (const row of rows)
    if (row.connectedAccountId)
      seen.set(row.connectedAccountId, { workspaceId: row.workspaceId, accountId: row.connectedAccountId });
  return [...seen.values()];
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
  network: string;
  pillarName: string | null;
  postId: string;
}): PublicationSource['tracking'] {
  if (context.trackLinks === false) return null;
  const network = context.network as NetworkKey;
  return {
    network,
    tags: { network, campaign: context.pillarName, content: postShortId(context.postId) },
  };
}
