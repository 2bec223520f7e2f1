import type { AtpAgent } from '@atproto/api';
import { TestNetworkNoAppView } from '@atproto/dev-env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlueskyCredentials, freezePublicationRequest } from '../../../contracts/connectors.js';
import { systemClock } from '../../platform/clock.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch, type SafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory } from '../connector.js';
import { createBlueskyConnector } from './bluesky-connector.js';
import { recordKeyFor } from './post-record.js';

/**
 * Against a REAL Bluesky PDS (@atproto/dev-env: a PDS and a PLC directory on SQLite, started in
 * this process): every publication is read back from the PDS. It has no AppView, so
 * app.bsky.feed.getPosts (metrics) is tested apart (bluesky-metrics.test.ts).
 */
let network: TestNetworkNoAppView;
let agent: AtpAgent;
let appPassword: string;
const calls: string[] = [];
const safeFetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8,::1/128') });
const countingFetch: SafeFetch = (url, init) => {
  calls.push(new URL(url).pathname.replace('/xrpc/', ''));
  return safeFetch(url, init);
};
let connector: ReturnType<typeof createBlueskyConnector>;
let credentials: BlueskyCredentials;
const saved: BlueskyCredentials[] = [];
const account = () =>
  accountInMemory(credentials, (kept) => {
    saved.push(kept);
    credentials = kept;
  });
const count = (nsid: string) => calls.filter((call) => call === nsid).length;
let sequence = 0;
const request = (
  parts: { text: string; images?: { bytes: Uint8Array; mimeType: 'image/png'; altText: string }[] }[],
  extra = {},
) => {
  sequence += 1;
  return freezePublicationRequest({
    idempotencyKey: `bsky_publication_${sequence.toString().padStart(4, '0')}`,
    frozenAt: new Date(Date.now() - 1000 + sequence).toISOString(),
    parts,
    language: 'fr',
    ...extra,
  });
};
const readRecord = async (uri: string) => {
  const [, , repo = '', collection = '', rkey = ''] = uri.split('/');
  return (await agent.com.atproto.repo.getRecord({ repo, collection, rkey })).data;
};
// A 1x1 PNG: the PDS sniffs uploaded blobs.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  const started = Date.now();
  network = await TestNetworkNoAppView.create({});
  connector = createBlueskyConnector({
    fetch: countingFetch,
    clock: systemClock,
    identity: {
      useDnsAndWellKnown: false,
      handleResolverUrl: network.pds.url,
      plcDirectoryUrl: network.plc.url,
    },
    timeoutMs: 5_000,
  });
  agent = network.pds.getClient();
  await agent.createAccount({
    handle: 'atelier.test',
    email: 'atelier@example.com',
    password: 'main-password-1',
  });
  await agent.createAccount({ handle: 'bob.test', email: 'bob@example.com', password: 'main-password-2' });
  await agent.login({ identifier: 'atelier.test', password: 'main-password-1' });
  appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'cadence' })).data.password;
  console.info(`PDS up with two accounts in ${Date.now() - started} ms`);
  if (connector.connection.kind !== 'password') throw new Error('Bluesky connects with a password');
  const connected = await connector.connection.connect({
    identifier: '@Atelier.test',
    password: appPassword,
  });
  if (connected.status !== 'connected') throw new Error(JSON.stringify(connected));
  credentials = connected.credentials;
}, 120_000);
afterAll(() => network?.close());

describe('Bluesky connector against a real PDS', () => {
  it('connected through the handle: DID from the handle, PDS from the DID document, one login', () => {
    expect(credentials).toMatchObject({
      network: 'bluesky',
      handle: 'atelier.test',
      pdsUrl: new URL(network.pds.url).origin,
    });
    expect(credentials.did).toMatch(/^did:plc:/);
    expect(credentials.session?.refreshJwt).toBeTruthy();
    expect(count('com.atproto.server.createSession')).toBe(1);
  });

  it('publishes a thread with facets, an image and root + parent refs, read back from the PDS', async () => {
    const thread = request([
      {
        text: 'Atelier samedi avec @bob.test ✨ https://example.org/atelier #couture',
        images: [{ bytes: png, mimeType: 'image/png', altText: 'Affiche' }],
      },
      { text: 'Deuxième partie' },
      { text: 'Troisième partie' },
    ]);
    const result = await connector.publish(account(), thread);
    if (result.status !== 'published') throw new Error(JSON.stringify(result));
    const [first, second, third] = await Promise.all(
      result.publishedParts.map((part) => readRecord(part.remoteId)),
    );
    if (!first) throw new Error('the first part was not read back');
    expect(result.publishedParts.map((part) => part.remoteId.split('/').at(-1))).toEqual(
      [0, 1, 2].map((index) => recordKeyFor(thread, index)),
    );
    expect(first.value).toMatchObject({
      text: thread.parts[0]?.text,
      createdAt: thread.frozenAt,
      langs: ['fr'],
    });
    const text = Buffer.from(thread.parts[0]?.text ?? '');
    const facets = (
      first.value as {
        facets: {
          index: { byteStart: number; byteEnd: number };
          features: { $type: string; did?: string; uri?: string; tag?: string }[];
        }[];
      }
    ).facets;
    const spans = facets.map((facet) => [
      text.subarray(facet.index.byteStart, facet.index.byteEnd).toString(),
      facet.features[0],
    ]);
    const bobDid = (await agent.com.atproto.identity.resolveHandle({ handle: 'bob.test' })).data.did;
    expect(spans).toEqual([
      ['@bob.test', { $type: 'app.bsky.richtext.facet#mention', did: bobDid }],
      [
        'https://example.org/atelier',
        { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.org/atelier' },
      ],
      ['#couture', { $type: 'app.bsky.richtext.facet#tag', tag: 'couture' }],
    ]);
    expect(first?.value).toMatchObject({
      embed: {
        $type: 'app.bsky.embed.images',
        images: [{ alt: 'Affiche', image: { mimeType: 'image/png' } }],
      },
    });
    const [rootRef, secondRef] = result.publishedParts.map((part) => ({ uri: part.remoteId, cid: part.cid }));
    expect(second?.value).toMatchObject({ reply: { root: rootRef, parent: rootRef } });
    expect(third?.value).toMatchObject({ reply: { root: rootRef, parent: secondRef } });
    expect(result.url).toBe(`https://bsky.app/profile/${credentials.did}/post/${recordKeyFor(thread, 0)}`);
  });

  it('shows a link card when the first part has no image', async () => {
    const withLink = request([{ text: 'Notre nouveau site' }], {
      link: { url: 'https://example.org/', title: 'Atelier', description: 'Couture à Lyon' },
    });
    const result = await connector.publish(account(), withLink);
    if (result.status !== 'published') throw new Error(JSON.stringify(result));
    expect((await readRecord(result.remoteId)).value).toMatchObject({
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://example.org/', title: 'Atelier', description: 'Couture à Lyon' },
      },
    });
  });

  it('keeps one session across posts: no login per post', async () => {
    const logins = count('com.atproto.server.createSession');
    for (let index = 0; index < 3; index += 1)
      expect((await connector.publish(account(), request([{ text: `Post ${index}` }]))).status).toBe(
        'published',
      );
    expect(count('com.atproto.server.createSession')).toBe(logins);
  });

  it('same record key again: the PDS refuses, getRecord finds ours, nothing is duplicated', async () => {
    const once = request([{ text: 'Une seule fois' }, { text: 'Et sa suite' }]);
    const first = await connector.publish(account(), once);
    if (first.status !== 'published') throw new Error(JSON.stringify(first));
    // The PDS itself refuses the key a second time...
    const again = await agent.com.atproto.repo
      .createRecord({
        repo: credentials.did,
        collection: 'app.bsky.feed.post',
        rkey: recordKeyFor(once, 0),
        record: { text: 'x', createdAt: once.frozenAt },
      })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Error);
    // ...so a retry of the whole publication (its first answer lost) finds the parts instead.
    const retried = await connector.publish(account(), once);
    expect(retried).toMatchObject({ status: 'published', publishedParts: first.publishedParts });
    expect(await connector.lookUp(account(), once)).toEqual({
      status: 'looked_up',
      parts: first.publishedParts,
    });
    const listed = await agent.com.atproto.repo.listRecords({
      repo: credentials.did,
      collection: 'app.bsky.feed.post',
      limit: 100,
    });
    const texts = listed.data.records.map((record) => (record.value as { text: string }).text);
    expect(texts.filter((text) => text === 'Une seule fois')).toHaveLength(1);
  });

  it('looks up: nothing for a publication never sent, the first part of a half-sent thread', async () => {
    const never = request([{ text: 'Jamais envoyé' }]);
    expect(await connector.lookUp(account(), never)).toEqual({ status: 'looked_up', parts: [null] });
    const half = request([{ text: 'Moitié 1' }, { text: 'Moitié 2' }]);
    const firstOnly = await connector.publish(
      account(),
      freezePublicationRequest({ ...half, parts: half.parts.slice(0, 1) }),
    );
    const found = await connector.lookUp(account(), half);
    if (found.status !== 'looked_up') throw new Error(JSON.stringify(found));
    expect(found.parts).toEqual([firstOnly.publishedParts[0], null]);
    const resumed = await connector.publish(account(), half, {
      resumeFrom: [found.parts[0] ?? { remoteId: '', url: '' }],
    });
    if (resumed.status !== 'published') throw new Error(JSON.stringify(resumed));
    expect((await readRecord(resumed.publishedParts[1]?.remoteId ?? '')).value).toMatchObject({
      text: 'Moitié 2',
      reply: { parent: { uri: found.parts[0]?.remoteId } },
    });
  });

  it('never mistakes another post at the same key for ours', async () => {
    const taken = request([{ text: 'Le nôtre' }]);
    await agent.com.atproto.repo.createRecord({
      repo: credentials.did,
      collection: 'app.bsky.feed.post',
      rkey: recordKeyFor(taken, 0),
      record: { $type: 'app.bsky.feed.post', text: 'Un autre', createdAt: taken.frozenAt },
    });
    expect(await connector.lookUp(account(), taken)).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/another post/),
    });
    expect(await connector.publish(account(), taken)).toMatchObject({ status: 'rejected' });
  });

  it('refreshes an expired access token with the refresh token, saving the new session at once', async () => {
    const logins = count('com.atproto.server.createSession');
    const session = credentials.session ?? { accessJwt: '', refreshJwt: '' };
    credentials = { ...credentials, session: { ...session, accessJwt: 'expired.access.token' } };
    saved.length = 0;
    expect(await connector.checkHealth(account())).toEqual({
      status: 'healthy',
      accountName: '@atelier.test',
    });
    expect(count('com.atproto.server.createSession')).toBe(logins);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.session?.accessJwt).not.toBe('expired.access.token');
  });

  it('logs in again with the app password only when the refresh token is refused, and reports auth expired once revoked', async () => {
    const logins = count('com.atproto.server.createSession');
    credentials = {
      ...credentials,
      session: { accessJwt: 'bad.access.token', refreshJwt: 'bad.refresh.token' },
    };
    expect((await connector.publish(account(), request([{ text: 'Après reconnexion' }]))).status).toBe(
      'published',
    );
    expect(count('com.atproto.server.createSession')).toBe(logins + 1);
    await agent.com.atproto.server.revokeAppPassword({ name: 'cadence' });
    credentials = {
      ...credentials,
      session: { accessJwt: 'bad.access.token', refreshJwt: 'bad.refresh.token' },
    };
    expect(await connector.publish(account(), request([{ text: 'Refusé' }]))).toMatchObject({
      status: 'auth_expired',
    });
  });

  it('refuses a handle that does not exist and a wrong app password, with a clear message', async () => {
    if (connector.connection.kind !== 'password') throw new Error('password flow expected');
    expect(await connector.connection.connect({ identifier: 'nobody.test', password: 'x' })).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/No Bluesky account/),
    });
    expect(
      await connector.connection.connect({ identifier: 'bob.test', password: 'wrong-password' }),
    ).toMatchObject({ status: 'refused' });
  });
});
