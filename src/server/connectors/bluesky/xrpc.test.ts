import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import { createXrpc } from './xrpc.js';

// How atproto's error answers map to what the pipeline does (the local PDS runs without rate limits).
const clock = createFixedClock(new Date('2026-03-29T01:00:00Z'));
let server: Server;
let service = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const nsid = new URL(request.url ?? '/', 'http://x').pathname.replace('/xrpc/', '');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      response
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(JSON.stringify(body));
    if (nsid === 'limited')
      return json(
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        {
          'ratelimit-reset': String(Date.parse('2026-03-29T01:05:00Z') / 1000),
        },
      );
    if (nsid === 'expired') return json(400, { error: 'ExpiredToken', message: 'Token has expired' });
    if (nsid === 'invalid')
      return json(400, {
        error: 'InvalidRequest',
        message: 'Record/text must not be longer than 300 graphemes',
      });
    if (nsid === 'broken')
      return json(500, { error: 'InternalServerError', message: 'Internal Server Error' });
    if (nsid === 'silent') return; // never answers
    json(200, { ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const xrpc = createXrpc(createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.1') }), clock, 300);

describe('xrpc outcomes', () => {
  it('waits until ratelimit-reset after a 429', async () => {
    expect(await xrpc({ service, nsid: 'limited' })).toMatchObject({
      ok: false,
      error: { status: 'rate_limited', retryAfterSeconds: 300 },
    });
  });

  it('tells an expired token (refresh it) from an invalid record (rejected)', async () => {
    expect(await xrpc({ service, nsid: 'expired' })).toMatchObject({
      ok: false,
      xrpcError: 'ExpiredToken',
      error: { status: 'auth_expired' },
    });
    expect(await xrpc({ service, nsid: 'invalid' })).toMatchObject({
      ok: false,
      error: { status: 'rejected', reason: expect.stringMatching(/300 graphemes/) },
    });
  });

  it('makes a 5xx or a silence unknown on the publishing call only', async () => {
    expect(
      await xrpc({ service, nsid: 'broken', method: 'POST', json: {}, isPublishCall: true }),
    ).toMatchObject({ error: { status: 'unknown' } });
    expect(await xrpc({ service, nsid: 'broken' })).toMatchObject({ error: { status: 'transient' } });
    expect(
      await xrpc({ service, nsid: 'silent', method: 'POST', json: {}, isPublishCall: true }),
    ).toMatchObject({ error: { status: 'unknown' } });
    expect(await xrpc({ service, nsid: 'silent' })).toMatchObject({ error: { status: 'transient' } });
  });
});
