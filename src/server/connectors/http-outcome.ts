import type { ConnectorError, PublishedPart } from '../../contracts/connectors.js';
import type { Clock } from '../platform/clock.js';
import { BlockedAddressError, FetchTimeoutError } from '../platform/safe-fetch.js';

/**
 * Seconds to wait from `Retry-After` (seconds or an HTTP date) or Mastodon's `X-RateLimit-Reset`
 * (an ISO instant); null when the answer says neither.
 */
export function retryAfterSeconds(response: Response, clock: Clock): number | null {
  const now = clock.now().getTime();
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) {
    if (/^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  const reset = response.headers.get('x-ratelimit-reset');
  if (reset !== null) {
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  return null;
}

/**
 * A call that threw. A refused address or a connection that never opened sent nothing (retry);
 * a timeout may have reached the network (look up first).
 */
export function describeCallFailure(error: unknown, publishedParts: PublishedPart[] = []): ConnectorError {
  if (error instanceof BlockedAddressError)
    return { status: 'rejected', reason: error.message, publishedParts };
  if (error instanceof FetchTimeoutError)
    return { status: 'unknown', message: error.message, publishedParts };
  const code = (error as { code?: string }).code;
  if (code && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code))
    return { status: 'transient', message: `Could not reach the server (${code})`, publishedParts };
  // A reset or a closed socket after the request was written: it may have been processed.
  return {
    status: 'unknown',
    message: error instanceof Error ? error.message : String(error),
    publishedParts,
  };
}
