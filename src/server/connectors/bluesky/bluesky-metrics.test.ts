import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BlueskyCredentials } from '../../../contracts/connectors.js';
import { systemClock } from '../../platform/clock.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory } from '../connector.js';
import { createBlueskyConnector } from './bluesky-connector.js';

// The local PDS has no AppView, so app.bsky.feed.getPosts is answered here as the AppView's
// lexicon describes it (posts with likeCount, repostCount, replyCount, quoteCount).
let server: Server;
const requested: string[][] = [];
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    if (request.headers.authorization !== 'Bearer access') return response.writeHead(401).end();
    const uris = query.getAll('uris');
    requested.push(uris);
    if (uris.length > 25)
      return response
        .writeHead(400)
        .end(
          JSON.stringify({ error: 'InvalidRequest', message: 'uris must not have more than 25 elements' }),
        );
    const posts = uris
      .filter((uri) => !uri.endsWith('deleted'))
      .map((uri, index) => ({
        uri,
        cid: 'bafy',
        likeCount: index,
        repostCount: 1,
        replyCount: 2,
        quoteCount: 3,
      }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ posts }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('reads metrics 25 posts per call and leaves out deleted posts', async () => {
  const connector = createBlueskyConnector({
    fetch: createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.1') }),
    clock: systemClock,
  });
  const credentials: BlueskyCredentials = {
    network: 'bluesky',
    handle: 'atelier.test',
    did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
    pdsUrl: url,
    appPassword: 'xxxx-xxxx-xxxx-xxxx',
    session: { accessJwt: 'access', refreshJwt: 'refresh' },
  };
  const uris = Array.from(
    { length: 30 },
    (_, index) =>
      `at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/${index === 29 ? 'deleted' : index}`,
  );
  const read = await connector.readMetrics(accountInMemory(credentials), uris);
  if (read.status !== 'read') throw new Error(JSON.stringify(read));
  expect(requested.map((batch) => batch.length)).toEqual([25, 5]);
  expect(read.metrics).toHaveLength(29);
  expect(read.metrics[26]).toEqual({ remoteId: uris[26], likes: 1, reposts: 1, replies: 2, quotes: 3 });
});
