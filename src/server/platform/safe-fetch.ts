import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isAddressAllowed, type NetworkAllowList, parseNetworkAllowList } from './network-address.js';

/**
 * Outgoing HTTP for everything a user can point Cadence at (Mastodon instances, Bluesky PDSes,
 * webhooks). Private, loopback and link-local addresses are refused AFTER DNS resolution, at
 * connection time (so a name that resolves differently a second time cannot slip through), and
 * again on every redirect, which is followed by hand. Each call has a deadline.
 *
 * It speaks the WHATWG fetch shape (a `Request`-like input, a `Response` out) so connectors stay
 * plain fetch code, but it is built on node:http because Node 20's global fetch cannot be told
 * which addresses it may connect to.
 */
export type SafeFetch = (url: string | URL, init?: SafeFetchInit) => Promise<Response>;
export type SafeFetchInit = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData | URLSearchParams;
  /** Milliseconds for the whole call, redirects included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  redirect?: 'follow' | 'manual';
};

export class BlockedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`Refused to connect to ${hostname} (${address}): not a public internet address`);
    this.name = 'BlockedAddressError';
  }
}

export class FetchTimeoutError extends Error {
  constructor(readonly url: string) {
    super(`No answer from ${new URL(url).host} in time`);
    this.name = 'FetchTimeoutError';
  }
}

export type SafeFetchOptions = {
  allowList?: NetworkAllowList;
  defaultTimeoutMs?: number;
  maxRedirects?: number;
  maxResponseBytes?: number;
  /** Tests replace DNS to prove that resolution, not the name, is what is checked. */
  lookup?: typeof dnsLookup;
};

/** The allow-list a self-hoster sets in CADENCE_ALLOW_PRIVATE_NETWORKS (see network-address.ts). */
export function safeFetchOptionsFromEnvironment(
  environment: NodeJS.ProcessEnv = process.env,
): SafeFetchOptions {
  return { allowList: parseNetworkAllowList(environment.CADENCE_ALLOW_PRIVATE_NETWORKS) };
}

async function encodeBody(body: SafeFetchInit['body']): Promise<{ bytes?: Buffer; contentType?: string }> {
  if (body === undefined) return {};
  if (typeof body === 'string') return { bytes: Buffer.from(body) };
  if (body instanceof Uint8Array) return { bytes: Buffer.from(body) };
  // FormData and URLSearchParams: let the platform's encoder write the multipart boundary.
  const encoded = new Request('http://encoder.invalid/', { method: 'POST', body });
  return {
    bytes: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? undefined,
  };
}

export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const allowList = options.allowList ?? parseNetworkAllowList(undefined);
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxResponseBytes = options.maxResponseBytes ?? 10_000_000;
  const resolve = options.lookup ?? dnsLookup;

  const checkedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.find((entry) => !isAddressAllowed(entry.address, allowList));
      const first = list[0];
      if (refused || !first)
        return callback(new BlockedAddressError(hostname, refused?.address ?? 'none'), '', 0);
      if (lookupOptions.all) return callback(null, list as unknown as string, 0);
      callback(null, first.address, first.family);
    });
  };

  function requestOnce(url: URL, init: SafeFetchInit, body: Buffer | undefined, signal: AbortSignal) {
    return new Promise<Response>((resolveResponse, reject) => {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return reject(new Error(`Only http and https URLs can be called (got ${url.protocol})`));
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      // Node does not call `lookup` for a literal address: check it here.
      if (isIP(literal) && !isAddressAllowed(literal, allowList))
        return reject(new BlockedAddressError(literal, literal));
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(
        url,
        { method: init.method ?? 'GET', headers: init.headers, lookup: checkedLookup, signal },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxResponseBytes) response.destroy(new Error('Answer too large'));
            else chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (Array.isArray(value)) for (const item of value) headers.append(name, item);
              else if (value !== undefined) headers.set(name, value);
            }
            const status = response.statusCode ?? 500;
            const noBody = status === 204 || status === 304 || (init.method ?? 'GET') === 'HEAD';
            resolveResponse(
              new Response(noBody ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage,
                headers,
              }),
            );
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  return async function safeFetch(input, init = {}) {
    const timeoutMs = init.timeoutMs ?? defaultTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const encoded = await encodeBody(init.body);
    const headers: Record<string, string> = { ...init.headers };
    if (encoded.contentType && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
      headers['content-type'] = encoded.contentType;
    let url = new URL(input);
    let method = init.method ?? 'GET';
    let body = encoded.bytes;
    for (let redirects = 0; ; redirects += 1) {
      let response: Response;
      try {
        response = await requestOnce(url, { ...init, method, headers }, body, signal);
      } catch (error) {
        if (timeout.aborted) throw new FetchTimeoutError(url.href);
        throw error;
      }
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || !location || response.status < 300 || response.status > 399)
        return response;
      if (redirects >= maxRedirects) throw new Error(`Too many redirects from ${new URL(input).host}`);
      const next = new URL(location, url);
      // A token meant for one server is never handed to another one it redirects to.
      if (next.origin !== url.origin)
        for (const name of Object.keys(headers))
          if (['authorization', 'cookie'].includes(name.toLowerCase())) delete headers[name];
      url = next;
      // 303, and 301/302 after a POST, turn into a GET without a body (what browsers do).
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        for (const name of Object.keys(headers))
          if (name.toLowerCase() === 'content-type') delete headers[name];
      }
    }
  };
}
