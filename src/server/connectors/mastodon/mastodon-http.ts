import type { ConnectorError, MastodonCredentials, PublishedPart } from '../../../contracts/connectors.js';
import type { Clock } from '../../platform/clock.js';
import type { SafeFetch, SafeFetchInit } from '../../platform/safe-fetch.js';
import { describeCallFailure, retryAfterSeconds } from '../http-outcome.js';

/** A call's outcome: the answer, or already the typed error the connector will return. */
export type MastodonAnswer =
  | { ok: true; status: number; body: unknown }
  | { ok: false; error: ConnectorError };

export type MastodonHttp = {
  call: (
    credentials:
      | Pick<MastodonCredentials, 'instanceUrl' | 'accessToken'>
      | { instanceUrl: string; accessToken?: undefined },
    path: string,
    init?: SafeFetchInit & {
      /** True for the call that creates the post: a 5xx there may have taken effect. */
      isPublishCall?: boolean;
      publishedParts?: PublishedPart[];
    },
  ) => Promise<MastodonAnswer>;
};

function mastodonErrorText(body: unknown, status: number): string {
  if (typeof body === 'object' && body !== null) {
    const { error, error_description: description } = body as Record<string, unknown>;
    if (typeof error === 'string')
      return typeof description === 'string' ? `${error}: ${description}` : error;
  }
  return `The server answered ${status}`;
}

/**
 * Every Mastodon call goes through here: the token in the header, the answer read as JSON, and
 * the status mapped once for all (401/403 auth, 429 rate limit with Mastodon's reset header,
 * 4xx rejected, 5xx transient, or unknown on the publishing call itself).
 */
export function createMastodonHttp(fetch: SafeFetch, clock: Clock, timeoutMs: number): MastodonHttp {
  return {
    async call(credentials, path, init = {}) {
      const { isPublishCall = false, publishedParts = [], ...request } = init;
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
      if (credentials.accessToken) headers.authorization = `Bearer ${credentials.accessToken}`;
      let response: Response;
      try {
        response = await fetch(new URL(path, credentials.instanceUrl), { timeoutMs, ...request, headers });
      } catch (error) {
        const failure = describeCallFailure(error, publishedParts);
        // Only the publishing call can leave a post behind; any other call that timed out is safe to repeat.
        if (failure.status === 'unknown' && !isPublishCall)
          return { ok: false, error: { ...failure, status: 'transient' } };
        return { ok: false, error: failure };
      }
      const text = await response.text();
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      if (response.ok || response.status === 206) return { ok: true, status: response.status, body };
      const message = mastodonErrorText(body, response.status);
      const parts = { publishedParts };
      if (response.status === 401 || response.status === 403)
        return { ok: false, error: { status: 'auth_expired', message, ...parts } };
      if (response.status === 429)
        return {
          ok: false,
          error: {
            status: 'rate_limited',
            retryAfterSeconds: retryAfterSeconds(response, clock) ?? 300,
            message,
            ...parts,
          },
        };
      if (response.status >= 500 || response.status === 408)
        return { ok: false, error: { status: isPublishCall ? 'unknown' : 'transient', message, ...parts } };
      return { ok: false, error: { status: 'rejected', reason: message, ...parts } };
    },
  };
}

/** Mastodon answers ids as strings; anything else in a field we rely on is a broken answer. */
export function readString(value: unknown, field: string): string {
  const found =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  if (typeof found !== 'string') throw new Error(`Unexpected answer from the server: no ${field}`);
  return found;
}
