import { afterEach, describe, expect, it } from 'vitest';
import { freezePublicationRequest, type MastodonCredentials } from '../../../contracts/connectors.js';
import { systemClock } from '../../platform/clock.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory } from '../connector.js';
import { createMastodonConnector } from './mastodon-connector.js';
import { createMemoryAppStore } from './mastodon-oauth.js';
import { type FakeMastodon, type FakeMastodonOptions, startFakeMastodon } from './testing/fake-mastodon.js';

const fetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8') });
let fake: FakeMastodon;
let offsetMs = 0;
afterEach(async () => {
  offsetMs = 0;
  await fake?.close();
});

async function setUp(options: FakeMastodonOptions = {}) {
  fake = await startFakeMastodon({ mediaProcessingPolls: 2, now: () => Date.now() + offsetMs, ...options });
  const apps = createMemoryAppStore();
  const connector = createMastodonConnector({
    fetch,
    clock: systemClock,
    apps,
    timeoutMs: 500,
    mediaPolling: { intervalMs: 5, maxWaitMs: 2_000 },
  });
  const credentials: MastodonCredentials = {
    network: 'mastodon',
    instanceUrl: fake.url,
    accountId: fake.defaultAccount.id,
    accessToken: fake.issueToken(),
  };
  return { connector, apps, account: accountInMemory(credentials) };
}

const png = (alt: string) => ({ bytes: new Uint8Array(128), mimeType: 'image/png' as const, altText: alt });
const thread = (key = 'thread_0123456789abcdef') =>
  freezePublicationRequest({
    idempotencyKey: key,
    frozenAt: new Date(Date.now() - 1000).toISOString(),
    parts: [
      { text: 'Partie 1 : notre atelier', images: [png('Affiche'), png('Salle')] },
      { text: 'Partie 2 : les horaires' },
      { text: 'Partie 3 : inscrivez-vous https://example.org/atelier' },
    ],
    language: 'fr',
  });

describe('Mastodon connection', () => {
  it('registers once per instance, authorises with PKCE S256, and reads the limits', async () => {
    const { connector } = await setUp({ maxCharacters: 1000 });
    if (connector.connection.kind !== 'oauth') throw new Error('Mastodon connects with OAuth');
    const redirectUri = 'http://localhost:3000/connections/mastodon/callback';
    const started = await connector.connection.start({ server: fake.url, redirectUri });
    if (started.status !== 'started') throw new Error(started.message);
    await connector.connection.start({ server: fake.url, redirectUri });
    expect(fake.calls.filter((call) => call === 'POST /api/v1/apps')).toHaveLength(1);
    const authorize = new URL(started.authorizationUrl);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      code_challenge_method: 'S256',
      scope: 'write:statuses write:media read:statuses read:accounts',
      state: started.state,
    });
    expect(started.pending).not.toContain(authorize.searchParams.get('code_challenge'));
    const consent = await globalThis.fetch(authorize, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location') ?? '');
    const code = back.searchParams.get('code') ?? '';

    const forged = await connector.connection.finish({
      pending: started.pending,
      code,
      state: 'forged',
      redirectUri,
    });
    expect(forged).toMatchObject({ status: 'refused' });
    const connected = await connector.connection.finish({
      pending: started.pending,
      code,
      state: back.searchParams.get('state') ?? '',
      redirectUri,
    });
    expect(connected).toMatchObject({
      status: 'connected',
      accountName: `@cadence_test@${new URL(fake.url).host}`,
      credentials: { network: 'mastodon', instanceUrl: fake.url, accountId: fake.defaultAccount.id },
      limits: { maxCharacters: 1000, urlLength: 23, maxImages: 4, lengthUnit: 'code_points' },
    });
  });

  it('refuses an instance on a private address unless the self-hoster allowed it', async () => {
    await setUp();
    const strict = createMastodonConnector({
      fetch: createSafeFetch(),
      clock: systemClock,
      apps: createMemoryAppStore(),
    });
    if (strict.connection.kind !== 'oauth') throw new Error('Mastodon connects with OAuth');
    const refused = await strict.connection.start({
      server: fake.url,
      redirectUri: 'http://localhost:3000/cb',
    });
    expect(refused).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/not a public internet address/),
    });
    expect(
      await strict.connection.start({ server: 'not a server', redirectUri: 'http://localhost:3000/cb' }),
    ).toMatchObject({
      status: 'refused',
    });
    expect(fake.calls).toEqual([]);
  });

  it('checks a version against the instance’s own limits', async () => {
    const { connector, account } = await setUp({ maxCharacters: 30 });
    const limits = await connector.readLimits(account);
    if (limits.status !== 'read') throw new Error('limits not read');
    const issues = connector.checkVersion(
      { parts: [{ text: `Voir https://example.org/${'x'.repeat(80)}`, images: [] }] },
      limits.limits,
    );
    expect(issues).toEqual([]);
    expect(connector.checkVersion({ parts: [{ text: 'y'.repeat(31), images: [] }] }, limits.limits)).toEqual([
      { code: 'too_long', part: 0, length: 31, max: 30 },
    ]);
  });
});

describe('Mastodon publishing', () => {
  it('publishes a thread in order with its images, each part replying to the one before', async () => {
    const { connector, account } = await setUp();
    const result = await connector.publish(account, thread());
    if (result.status !== 'published') throw new Error(JSON.stringify(result));
    const statuses = fake.statusesOf();
    expect(statuses.map((status) => status.text)).toEqual(thread().parts.map((part) => part.text));
    expect(statuses.map((status) => status.inReplyToId)).toEqual([null, statuses[0]?.id, statuses[1]?.id]);
    expect(statuses[0]?.media.map((item) => item?.description)).toEqual(['Affiche', 'Salle']);
    expect(statuses[0]?.language).toBe('fr');
    expect(result.publishedParts.map((part) => part.remoteId)).toEqual(statuses.map((status) => status.id));
    expect(result).toMatchObject({
      remoteId: statuses[0]?.id,
      url: `${fake.url}/@cadence_test/${statuses[0]?.id}`,
    });
    // Each upload answered 202 and was polled until processed before the status was posted.
    expect(fake.calls.filter((call) => call.startsWith('GET /api/v1/media/'))).toHaveLength(4);
  });

  it('sends the same key on a retry within the hour: the instance answers the same statuses', async () => {
    const { connector, account } = await setUp();
    const first = await connector.publish(account, thread());
    const again = await connector.publish(account, thread());
    expect(again).toMatchObject({ status: 'published', publishedParts: first.publishedParts });
    expect(fake.statusesOf()).toHaveLength(3);
  });

  it('reports unknown when the answer is lost, then looks up (past the key’s hour) without a duplicate', async () => {
    const { connector, account } = await setUp();
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 502 });
    const lost = await connector.publish(account, thread());
    expect(lost).toMatchObject({ status: 'unknown', publishedParts: [] });
    // Past the Idempotency-Key's hour a repeat would not be protected: the look-up is what saves us.
    offsetMs = 2 * 3_600_000;
    const found = await connector.lookUp(account, thread());
    if (found.status !== 'looked_up') throw new Error(JSON.stringify(found));
    expect(found.parts.map((part) => part?.remoteId ?? null)).toEqual([fake.statusesOf()[0]?.id, null, null]);
    const done = await connector.publish(account, thread(), {
      resumeFrom: found.parts.filter((part) => part !== null),
    });
    expect(done.status).toBe('published');
    const statuses = fake.statusesOf();
    expect(statuses.map((status) => status.text)).toEqual(thread().parts.map((part) => part.text));
    expect(statuses[1]?.inReplyToId).toBe(statuses[0]?.id);
  });

  it('stops a thread at the failed part, says which parts are out, and resumes from there', async () => {
    const { connector, account } = await setUp();
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'error_before', status: 500, skip: 1 });
    const stopped = await connector.publish(account, thread());
    expect(stopped).toMatchObject({ status: 'unknown' });
    expect(stopped.publishedParts).toHaveLength(1);
    expect(fake.statusesOf()).toHaveLength(1);
    const resumed = await connector.publish(account, thread(), { resumeFrom: stopped.publishedParts });
    expect(resumed.status).toBe('published');
    const statuses = fake.statusesOf();
    expect(statuses.map((status) => status.inReplyToId)).toEqual([null, statuses[0]?.id, statuses[1]?.id]);
  });

  it('reports unknown on a call that never answers; the look-up then tells whether it took effect', async () => {
    const { connector, account } = await setUp();
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'hang_before' });
    expect(await connector.publish(account, thread())).toMatchObject({
      status: 'unknown',
      publishedParts: [],
    });
    expect(await connector.lookUp(account, thread())).toEqual({
      status: 'looked_up',
      parts: [null, null, null],
    });
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'hang_after' });
    expect(await connector.publish(account, thread())).toMatchObject({
      status: 'unknown',
      publishedParts: [],
    });
    const found = await connector.lookUp(account, thread());
    if (found.status !== 'looked_up') throw new Error('look-up failed');
    expect(found.parts[0]?.remoteId).toBe(fake.statusesOf()[0]?.id);
    expect(fake.statusesOf()).toHaveLength(1);
  });

  it('does not take a status the person typed by hand, or one from before the freeze, for ours', async () => {
    const { connector, account } = await setUp();
    offsetMs = -3_600_000;
    fake.postByHand('Partie 1 : notre atelier'); // an hour before: outside the window
    offsetMs = 0;
    fake.postByHand('Partie 1 : notre atelier'); // now, but from Mastodon's web app
    const found = await connector.lookUp(
      account,
      freezePublicationRequest({ ...thread(), parts: [{ text: 'Partie 1 : notre atelier' }] }),
    );
    expect(found).toEqual({ status: 'looked_up', parts: [null] });
  });

  it('treats an unreadable answer to the status call as unknown, never as a crash', async () => {
    const { connector, account } = await setUp();
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 200 });
    expect(await connector.publish(account, thread())).toMatchObject({ status: 'unknown' });
    expect(fake.statusesOf()).toHaveLength(1);
  });

  it('maps 422, 401 and 429 to rejected, auth expired and rate limited', async () => {
    const { connector, account } = await setUp({
      maxCharacters: 10,
      rateLimit: { limit: 4, windowMs: 120_000 },
    });
    const tooLong = await connector.publish(
      account,
      freezePublicationRequest({ ...thread(), parts: [{ text: 'beaucoup trop long' }] }),
    );
    expect(tooLong).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/character limit of 10/),
    });
    await connector.checkHealth(account);
    await connector.checkHealth(account);
    await connector.checkHealth(account);
    const limited = await connector.checkHealth(account);
    expect(limited).toMatchObject({ status: 'rate_limited' });
    if (limited.status !== 'rate_limited') return;
    expect(limited.retryAfterSeconds).toBeGreaterThan(100);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(120);
    fake.revokeAll();
    expect(await connector.checkHealth(account)).toMatchObject({ status: 'auth_expired' });
  });

  it('reads metrics in batches and reports a healthy connection', async () => {
    const { connector, account } = await setUp({ rateLimit: { limit: 1000, windowMs: 300_000 } });
    const ids = Array.from({ length: 25 }, (_, index) => fake.postByHand(`Post ${index}`).id);
    fake.setCounts(ids[24] ?? '', { favourites: 7, reblogs: 3, replies: 2, quotes: 1 });
    const read = await connector.readMetrics(account, ids);
    if (read.status !== 'read') throw new Error('metrics not read');
    expect(read.metrics).toHaveLength(25);
    expect(read.metrics.at(-1)).toEqual({ remoteId: ids[24], likes: 7, reposts: 3, replies: 2, quotes: 1 });
    expect(fake.calls.filter((call) => call === 'GET /api/v1/statuses')).toHaveLength(2);
    expect(await connector.checkHealth(account)).toEqual({
      status: 'healthy',
      accountName: `@cadence_test@${new URL(fake.url).host}`,
    });
  });
});
