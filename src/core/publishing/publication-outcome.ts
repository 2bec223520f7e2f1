import type { StoredVersionStatus } from '../content/post-status.js';

/**
 * What the pipeline does after a connector answers (shared architecture, publishing model): pure,
 * so every branch is tested without a network. Instants are epoch milliseconds.
 */

export type PublicationStatus =
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'unknown'
  | 'missed'
  | 'cancelled';

export type FailureReason =
  | 'auth_expired'
  | 'rejected'
  | 'retries_exhausted'
  | 'account_disconnected'
  | 'too_late';

export type PartOut = { remoteId: string; url: string; cid?: string };

/** A connector's answer, as far as the decision needs it. */
export type ConnectorAnswer =
  | { status: 'published'; remoteId: string; url: string; publishedAt: string; publishedParts: PartOut[] }
  | { status: 'auth_expired'; message: string; publishedParts: PartOut[] }
  | { status: 'rejected'; reason: string; publishedParts: PartOut[] }
  | { status: 'rate_limited'; retryAfterSeconds: number; message: string; publishedParts: PartOut[] }
  | { status: 'transient'; message: string; publishedParts: PartOut[] }
  | { status: 'unknown'; message: string; publishedParts: PartOut[] };

export type RetryPolicy = {
  /** The first transient retry waits this long; each next one twice as long, up to `maxDelaySeconds`. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Tries in all (a look-up after an unanswered call counts as one). */
  maxAttempts: number;
};

export const defaultRetryPolicy: RetryPolicy = {
  baseDelaySeconds: 15,
  maxDelaySeconds: 15 * 60,
  maxAttempts: 10,
};

export type NextStep =
  | { kind: 'published'; remoteId: string; url: string; publishedAt: string; parts: PartOut[] }
  /** Try again at `at`; `status` `unknown` means the next try looks the publication up first. */
  | { kind: 'retry'; status: 'scheduled' | 'unknown'; at: number; parts: PartOut[]; message: string }
  | { kind: 'failed'; reason: FailureReason; message: string; parts: PartOut[] };

/**
 * Transient retries back off (base × 2^(n−1), at most the maximum) with up to 20 % jitter so that
 * the posts of one minute do not all come back in the same second; `jitter` is in [0, 1).
 */
export function retryDelaySeconds(attemptNumber: number, policy: RetryPolicy, jitter: number): number {
  const exponential = policy.baseDelaySeconds * 2 ** Math.max(0, attemptNumber - 1);
  const capped = Math.min(exponential, policy.maxDelaySeconds);
  return Math.max(1, Math.round(capped * (1 + 0.2 * jitter)));
}

/**
 * The parts out after a call: the connector reports every part out, resumed ones included; an
 * answer that knows of fewer (a failure before anything) keeps what was known.
 */
export function partsAfter(known: readonly PartOut[], answered: readonly PartOut[]): PartOut[] {
  return answered.length >= known.length ? [...answered] : [...known];
}

export function decideNextStep(
  answer: ConnectorAnswer,
  context: { attemptNumber: number; now: number; knownParts: readonly PartOut[]; jitter: number },
  policy: RetryPolicy = defaultRetryPolicy,
): NextStep {
  const parts = partsAfter(context.knownParts, answer.publishedParts);
  if (answer.status === 'published')
    return {
      kind: 'published',
      remoteId: answer.remoteId,
      url: answer.url,
      publishedAt: answer.publishedAt,
      parts,
    };
  if (answer.status === 'auth_expired')
    return { kind: 'failed', reason: 'auth_expired', message: answer.message, parts };
  if (answer.status === 'rejected')
    return { kind: 'failed', reason: 'rejected', message: answer.reason, parts };
  const backoff = retryDelaySeconds(context.attemptNumber, policy, context.jitter) * 1000;
  // An unanswered call may have taken effect: even out of tries, the next step is to look (the
  // lateness rule ends it once a look-up finds nothing and the post is too late).
  if (answer.status === 'unknown')
    return { kind: 'retry', status: 'unknown', at: context.now + backoff, parts, message: answer.message };
  const isLastAttempt = context.attemptNumber >= policy.maxAttempts;
  if (isLastAttempt) return { kind: 'failed', reason: 'retries_exhausted', message: answer.message, parts };
  const delay = answer.status === 'rate_limited' ? Math.max(1, answer.retryAfterSeconds) * 1000 : backoff;
  return { kind: 'retry', status: 'scheduled', at: context.now + delay, parts, message: answer.message };
}

/** A look-up's parts: all found is published; the found ones at the head of the thread are kept. */
export function readLookUp(parts: readonly (PartOut | null)[]): { isComplete: boolean; found: PartOut[] } {
  const found: PartOut[] = [];
  for (const part of parts) {
    if (!part) break;
    found.push(part);
  }
  return { isComplete: parts.length > 0 && found.length === parts.length, found };
}

/** More than `latenessMinutes` after its time, a publication is not sent (it is missed). */
export function isTooLate(dueAt: number, now: number, latenessMinutes: number): boolean {
  return now - dueAt > latenessMinutes * 60_000;
}

/**
 * A post version's state from its publications (one per account): published once all are, else
 * the one needing attention first. Cancelled ones do not count: with none left, null (the
 * version's state is the editor's, e.g. back to pending when the post is unscheduled).
 */
export function summariseVersionStatus(statuses: readonly PublicationStatus[]): StoredVersionStatus | null {
  const live = statuses.filter((status) => status !== 'cancelled');
  if (live.length === 0) return null;
  if (live.every((status) => status === 'published')) return 'published';
  for (const attention of ['failed', 'missed', 'unknown', 'publishing'] as const)
    if (live.includes(attention)) return attention;
  return 'scheduled';
}
