import type { ConnectorError, PublishedPart } from '../../../contracts/connectors.js';
import type { Clock } from '../../platform/clock.js';
import type { SafeFetch } from '../../platform/safe-fetch.js';
import { describeCallFailure } from '../http-outcome.js';

export type XrpcAnswer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; error: ConnectorError; xrpcError: string | null; httpStatus: number | null };

export type XrpcCall = {
  service: string;
  nsid: string;
  method?: 'GET' | 'POST';
  query?: Record<string, string | string[]>;
  json?: unknown;
  bytes?: { data: Uint8Array; mimeType: string };
  bearer?: string;
  /** True for the call that creates the post: a 5xx or a timeout there may have taken effect. */
  isPublishCall?: boolean;
  publishedParts?: PublishedPart[];
};

/** Errors that mean "the access token is no longer good": refresh and try once more. */
export const expiredTokenErrors = new Set(['ExpiredToken', 'InvalidToken']);

/**
 * One XRPC call (atproto's HTTP API: GET for queries, POST for procedures, errors as
 * `{ error, message }`) mapped to Cadence's outcomes. Rate limits come as 429 with
 * `ratelimit-reset` (Unix seconds) and sometimes `retry-after`.
 */
export function createXrpc(fetch: SafeFetch, clock: Clock, timeoutMs: number) {
  return async function xrpc(call: XrpcCall): Promise<XrpcAnswer> {
    const url = new URL(`/xrpc/${call.nsid}`, call.service);
    for (const [name, value] of Object.entries(call.query ?? {}))
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.bearer) headers.authorization = `Bearer ${call.bearer}`;
    let body: string | Uint8Array | undefined;
    if (call.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.json);
    } else if (call.bytes) {
      headers['content-type'] = call.bytes.mimeType;
      body = call.bytes.data;
    }
    const publishedParts = call.publishedParts ?? [];
    let response: Response;
    try {
      response = await fetch(url, {
        method: call.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        body,
        timeoutMs,
      });
    } catch (error) {
      const failure = describeCallFailure(error, publishedParts);
      const status = failure.status === 'unknown' && !call.isPublishCall ? 'transient' : failure.status;
      return {
        ok: false,
        error: { ...failure, status } as ConnectorError,
        xrpcError: null,
        httpStatus: null,
      };
    }
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = { message: text.slice(0, 300) };
    }
    if (response.ok) return { ok: true, body: parsed };
    const xrpcError = typeof parsed.error === 'string' ? parsed.error : null;
    const message = `${xrpcError ?? `HTTP ${response.status}`}: ${typeof parsed.message === 'string' ? parsed.message : ''}`;
    const fail = (error: ConnectorError): XrpcAnswer => ({
      ok: false,
      error,
      xrpcError,
      httpStatus: response.status,
    });
    if (response.status === 429) {
      const reset = Number(response.headers.get('ratelimit-reset'));
      const retryAfter = Number(response.headers.get('retry-after'));
      const seconds =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? retryAfter
          : Number.isFinite(reset) && reset > 0
            ? Math.max(0, Math.ceil(reset - clock.now().getTime() / 1000))
            : 300;
      return fail({ status: 'rate_limited', retryAfterSeconds: seconds, message, publishedParts });
    }
    if (
      response.status === 401 ||
      response.status === 403 ||
      (xrpcError !== null && expiredTokenErrors.has(xrpcError)) ||
      xrpcError === 'AuthenticationRequired' ||
      xrpcError === 'AccountTakedown'
    )
      return fail({ status: 'auth_expired', message, publishedParts });
    if (response.status >= 500)
      return fail({ status: call.isPublishCall ? 'unknown' : 'transient', message, publishedParts });
    return fail({ status: 'rejected', reason: message, publishedParts });
  };
}
export type Xrpc = ReturnType<typeof createXrpc>;
