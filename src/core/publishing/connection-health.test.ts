import { describe, expect, it } from 'vitest';
import { healthOf, strictestTextLimits, warnBeforeScheduledPosts } from './connection-health.js';

describe('healthOf', () => {
  it('calls refused credentials revoked, errors failing, and a rate limit healthy', () => {
    expect(healthOf({ status: 'healthy', accountName: '@lea' })).toEqual({
      status: 'healthy',
      message: null,
    });
    expect(healthOf({ status: 'auth_expired', message: 'The access token was revoked' })).toEqual({
      status: 'revoked',
      message: 'The access token was revoked',
    });
    expect(healthOf({ status: 'transient', message: '503' }).status).toBe('failing');
    expect(healthOf({ status: 'unknown', message: 'timeout' }).status).toBe('failing');
    expect(healthOf({ status: 'rejected', reason: 'bad' })).toEqual({ status: 'failing', message: 'bad' });
    expect(healthOf({ status: 'rate_limited', message: 'later' }).status).toBe('healthy');
  });
});

describe('strictestTextLimits', () => {
  it('keeps, per network, the smallest maximum with its own way of counting', () => {
    const limits = strictestTextLimits([
      { network: 'mastodon', limits: { maxCharacters: 5000, lengthUnit: 'code_points', urlLength: 23 } },
      { network: 'mastodon', limits: { maxCharacters: 500, lengthUnit: 'code_points', urlLength: 23 } },
      { network: 'bluesky', limits: { maxCharacters: 300, lengthUnit: 'graphemes', urlLength: null } },
    ]);
    expect(limits).toEqual([
      { network: 'mastodon', maxCharacters: 500, lengthUnit: 'code_points', urlLength: 23 },
      { network: 'bluesky', maxCharacters: 300, lengthUnit: 'graphemes', urlLength: null },
    ]);
    expect(strictestTextLimits([])).toEqual([]);
  });
});

describe('warnBeforeScheduledPosts', () => {
  it('warns for accounts in trouble whose network has posts to come, soonest first', () => {
    const warnings = warnBeforeScheduledPosts(
      [
        { id: 'a', network: 'mastodon', status: 'revoked' as const },
        { id: 'b', network: 'bluesky', status: 'failing' as const },
        { id: 'c', network: 'bluesky', status: 'healthy' as const },
        { id: 'd', network: 'webhook', status: 'failing' as const },
      ],
      [
        { network: 'mastodon', versions: 2, nextAt: '2026-12-02T09:00:00.000Z' },
        { network: 'bluesky', versions: 1, nextAt: '2026-12-01T09:00:00.000Z' },
      ],
    );
    expect(warnings.map((warning) => [warning.id, warning.versions])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
