import { describe, expect, it } from 'vitest';
import {
  decideNextStep,
  isTooLate,
  readLookUp,
  retryDelaySeconds,
  summariseVersionStatus,
} from './publication-outcome.js';

const policy = { baseDelaySeconds: 15, maxDelaySeconds: 900, maxAttempts: 4 };
const part = (id: string) => ({ remoteId: id, url: `https://example.org/${id}` });
const context = { attemptNumber: 1, now: 1_000_000, knownParts: [], jitter: 0 };

describe('what the pipeline does after an answer', () => {
  it('backs off transient failures, doubling up to the maximum, with bounded jitter', () => {
    expect([1, 2, 3, 4, 8, 20].map((n) => retryDelaySeconds(n, policy, 0))).toEqual([
      15, 30, 60, 120, 900, 900,
    ]);
    expect(retryDelaySeconds(1, policy, 0.999)).toBeLessThanOrEqual(18);
    const step = decideNextStep(
      { status: 'transient', message: 'reset', publishedParts: [] },
      context,
      policy,
    );
    expect(step).toMatchObject({ kind: 'retry', status: 'scheduled', at: 1_015_000 });
  });

  it('waits what a 429 says, not the backoff', () => {
    const step = decideNextStep(
      { status: 'rate_limited', retryAfterSeconds: 120, message: 'slow down', publishedParts: [] },
      context,
      policy,
    );
    expect(step).toMatchObject({ kind: 'retry', at: 1_120_000 });
  });

  it('fails for good on auth and content refusals, and once the tries are used up', () => {
    expect(
      decideNextStep({ status: 'auth_expired', message: 'revoked', publishedParts: [] }, context, policy),
    ).toMatchObject({
      kind: 'failed',
      reason: 'auth_expired',
    });
    expect(
      decideNextStep({ status: 'rejected', reason: 'too long', publishedParts: [] }, context, policy),
    ).toMatchObject({
      kind: 'failed',
      reason: 'rejected',
      message: 'too long',
    });
    expect(
      decideNextStep(
        { status: 'transient', message: 'x', publishedParts: [] },
        { ...context, attemptNumber: 4 },
        policy,
      ),
    ).toMatchObject({ kind: 'failed', reason: 'retries_exhausted' });
  });

  it('after an unanswered call the next try looks up first, even with no tries left', () => {
    const step = decideNextStep(
      { status: 'unknown', message: 'timeout', publishedParts: [] },
      { ...context, attemptNumber: 9 },
      policy,
    );
    expect(step).toMatchObject({ kind: 'retry', status: 'unknown' });
  });

  it('keeps the parts of a thread already out; a failure that knows of fewer does not forget them', () => {
    const step = decideNextStep(
      { status: 'transient', message: 'x', publishedParts: [] },
      { ...context, knownParts: [part('a')] },
      policy,
    );
    expect(step.parts).toEqual([part('a')]);
    expect(readLookUp([part('a'), part('b'), null])).toEqual({
      isComplete: false,
      found: [part('a'), part('b')],
    });
    expect(readLookUp([part('a'), null, part('c')]).found).toEqual([part('a')]);
    expect(readLookUp([part('a')]).isComplete).toBe(true);
    expect(readLookUp([null]).isComplete).toBe(false);
  });

  it('is too late strictly past the lateness allowed', () => {
    expect(isTooLate(0, 60 * 60_000, 60)).toBe(false);
    expect(isTooLate(0, 60 * 60_000 + 1, 60)).toBe(true);
  });

  it("summarises a version's state from its publications", () => {
    expect(summariseVersionStatus(['published', 'published'])).toBe('published');
    expect(summariseVersionStatus(['published', 'cancelled'])).toBe('published');
    expect(summariseVersionStatus(['published', 'failed', 'missed'])).toBe('failed');
    expect(summariseVersionStatus(['scheduled', 'unknown'])).toBe('unknown');
    expect(summariseVersionStatus(['scheduled', 'publishing'])).toBe('publishing');
    expect(summariseVersionStatus(['cancelled'])).toBeNull();
  });
});
