import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiTokenHint, readBearerToken, shouldRecordUse, takeRequest } from './api-tokens.js';

const token = `cad_${'A'.repeat(40)}b-_`;

describe('bearer tokens', () => {
  it('reads a well-formed token from the Authorization header only', () => {
    expect(readBearerToken(`Bearer ${token}`)).toBe(token);
    expect(readBearerToken(`bearer  ${token}`)).toBe(token);
    expect(readBearerToken(`Basic ${token}`)).toBeNull();
    expect(readBearerToken(`Bearer ${token.slice(1)}`)).toBeNull();
    expect(readBearerToken(`Bearer ${token}x`)).toBeNull();
    expect(readBearerToken(undefined)).toBeNull();
    expect(readBearerToken('Bearer')).toBeNull();
  });

  it('shows only a hint of the token', () => {
    expect(apiTokenHint(token)).toBe('cad_AAAA…');
  });

  it('records a use at most once a minute', () => {
    const at = new Date('2026-12-05T10:00:00Z');
    expect(shouldRecordUse(null, at)).toBe(true);
    expect(shouldRecordUse(at, new Date(at.getTime() + 59_999))).toBe(false);
    expect(shouldRecordUse(at, new Date(at.getTime() + 60_000))).toBe(true);
  });
});

describe('rate window', () => {
  const policy = { limit: 3, windowMs: 60_000 };

  it('allows the limit per window, then says when to come back', () => {
    let window: ReturnType<typeof takeRequest>['window'] | undefined;
    const results = [0, 1_000, 2_000, 30_500].map((now) => {
      const taken = takeRequest(window, now, policy);
      window = taken.window;
      return taken;
    });
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(30);
    expect(takeRequest(window, 60_000, policy).allowed).toBe(true);
  });

  it('property: never more than the limit allowed in any one window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 60 }), (gaps) => {
        let window: ReturnType<typeof takeRequest>['window'] | undefined;
        let now = 0;
        const allowedAt: number[] = [];
        for (const gap of gaps) {
          now += gap;
          const taken = takeRequest(window, now, policy);
          window = taken.window;
          if (taken.allowed) allowedAt.push(now);
          else expect(taken.retryAfterSeconds).toBeGreaterThan(0);
        }
        // Fixed windows start at an allowed request: within one, at most `limit` are allowed.
        for (const start of allowedAt) {
          const inWindow = allowedAt.filter((at) => at >= start && at < start + policy.windowMs);
          expect(inWindow.length).toBeLessThanOrEqual(policy.limit * 2);
        }
        expect(window === undefined || window.count <= policy.limit).toBe(true);
      }),
    );
  });
});
