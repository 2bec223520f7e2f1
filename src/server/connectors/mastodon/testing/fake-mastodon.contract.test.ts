import { createHash, randomBytes } from 'node:crypto';
import { createOAuthAPIClient, createRestAPIClient, MastoHttpError } from 'masto';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeMastodon, startFakeMastodon } from './fake-mastodon.js';

/**
 * The fake's fidelity, proven by a third-party client written against the real Mastodon API:
 * if `masto` can register, authorise with PKCE, read the instance, upload and poll media and
 * post threads with an Idempotency-Key against it, the fake speaks Mastodon's protocol.
 */
let fake: FakeMastodon;
afterEach(() => fake?.close());

const redirectUri = 'http://localhost:3000/connections/mastodon/callback';
const scopes = 'write:statuses write:media read:statuses read:accounts';

async function authorise(fake: FakeMastodon, options: { wrongVerifier?: boolean } = {}) {
  const app = await createRestAPIClient({ url: fake.url }).v1.apps.create({
    clientName: 'Cadence',
    redirectUris: redirectUri,
    scopes,
  });
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL('/oauth/authorize', fake.url);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId ?? '',
    redirect_uri: redirectUri,
    scope: scopes,
    state: 'st4te',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const consent = await fetch(authorize, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location') ?? '');
  expect(back.searchParams.get('state')).toBe('st4te');
  // masto's types predate PKCE; it sends every parameter it is given (as code_verifier).
  const exchange = {
    grantType: 'authorization_code' as const,
    clientId: app.clientId ?? '',
    clientSecret: app.clientSecret ?? '',
    redirectUri,
    code: back.searchParams.get('code') ?? '',
    codeVerifier: options.wrongVerifier ? `${verifier}x` : verifier,
    scope: scopes,
  };
  const token = await createOAuthAPIClient({ url: fake.url }).token.create(exchange);
  return createRestAPIClient({ url: fake.url, accessToken: token.accessToken });
}

describe('fake Mastodon, driven by the masto client', () => {
  it('registers an app, authorises with PKCE, and knows who is signed in', async () => {
    fake = await startFakeMastodon();
    const client = await authorise(fake);
    const me = await client.v1.accounts.verifyCredentials();
    expect(me.username).toBe('cadence_test');
    expect(me.id).toBe(fake.defaultAccount.id);
  });

  it('refuses a token exchange whose PKCE verifier does not match', async () => {
    fake = await startFakeMastodon();
    await expect(authorise(fake, { wrongVerifier: true })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('tells the instance’s limits', async () => {
    fake = await startFakeMastodon({ maxCharacters: 1000, maxMediaAttachments: 6 });
    const instance = await createRestAPIClient({ url: fake.url }).v2.instance.fetch();
    expect(instance.configuration.statuses).toMatchObject({
      maxCharacters: 1000,
      maxMediaAttachments: 6,
      charactersReservedPerUrl: 23,
    });
    expect(instance.configuration.mediaAttachments.supportedMimeTypes).toContain('image/png');
  });

  it('uploads media with 202 and lets masto poll it to processed', async () => {
    fake = await startFakeMastodon({ mediaProcessingPolls: 2 });
    const client = createRestAPIClient({ url: fake.url, accessToken: fake.issueToken() });
    const attachment = await client.v2.media.create({
      file: new Blob([new Uint8Array(64)], { type: 'image/png' }),
      description: 'Un chat',
    });
    expect(attachment.url).toMatch(/\/system\/media\//);
    expect(attachment.description).toBe('Un chat');
    expect(fake.calls.filter((call) => call.startsWith('GET /api/v1/media/'))).toHaveLength(2);
  });

  it('keeps an Idempotency-Key one hour per account', async () => {
    let now = Date.parse('2026-03-29T00:00:00Z');
    fake = await startFakeMastodon({ now: () => now });
    const client = createRestAPIClient({ url: fake.url, accessToken: fake.issueToken() });
    const withKey = { requestInit: { headers: { 'Idempotency-Key': 'publication-1' } } };
    const first = await client.v1.statuses.create({ status: 'Bonjour', visibility: 'public' }, withKey);
    now += 59 * 60_000;
    const again = await client.v1.statuses.create({ status: 'Bonjour', visibility: 'public' }, withKey);
    expect(again.id).toBe(first.id);
    now += 2 * 60_000;
    const afterTheHour = await client.v1.statuses.create(
      { status: 'Bonjour', visibility: 'public' },
      withKey,
    );
    expect(afterTheHour.id).not.toBe(first.id);
    expect(fake.statusesOf()).toHaveLength(2);
  });

  it('builds threads with in_reply_to_id and serves the source text and several statuses at once', async () => {
    fake = await startFakeMastodon();
    const client = createRestAPIClient({ url: fake.url, accessToken: fake.issueToken() });
    const root = await client.v1.statuses.create({ status: 'Partie 1 <b>', language: 'fr' });
    const reply = await client.v1.statuses.create({ status: 'Partie 2', inReplyToId: root.id });
    expect(reply.inReplyToId).toBe(root.id);
    expect(root.content).toBe('<p>Partie 1 &lt;b&gt;</p>');
    expect((await client.v1.statuses.$select(root.id).source.fetch()).text).toBe('Partie 1 <b>');
    fake.setCounts(root.id, { favourites: 3, reblogs: 2, quotes: 1 });
    const both = await client.v1.statuses.fetch({ id: [root.id, reply.id] });
    expect(
      both.map((status) => [status.id, status.favouritesCount, status.reblogsCount, status.repliesCount]),
    ).toEqual([
      [root.id, 3, 2, 1],
      [reply.id, 0, 0, 0],
    ]);
    const latest = await client.v1.accounts.$select(fake.defaultAccount.id).statuses.list({ limit: 1 });
    expect(latest.map((status) => status.id)).toEqual([reply.id]);
  });

  it('answers 422 for a status over the instance’s limit, 401 once revoked, 429 past the rate limit', async () => {
    fake = await startFakeMastodon({ maxCharacters: 20, rateLimit: { limit: 3, windowMs: 300_000 } });
    const client = createRestAPIClient({ url: fake.url, accessToken: fake.issueToken() });
    const tooLong = await client.v1.statuses
      .create({ status: 'x'.repeat(21) })
      .catch((error: unknown) => error);
    expect(tooLong).toBeInstanceOf(MastoHttpError);
    expect(tooLong).toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/character limit of 20/),
    });
    // A link counts 23 characters, whatever its length.
    await expect(client.v1.statuses.create({ status: 'https://example.org/a' })).rejects.toMatchObject({
      statusCode: 422,
    });
    await client.v1.accounts.verifyCredentials();
    await expect(client.v1.accounts.verifyCredentials()).rejects.toMatchObject({ statusCode: 429 });
    fake.revokeAll();
    await expect(client.v1.accounts.verifyCredentials()).rejects.toMatchObject({ statusCode: 401 });
  });

  it('can fail with a 5xx after the status was created, or never answer', async () => {
    fake = await startFakeMastodon();
    const client = createRestAPIClient({ url: fake.url, accessToken: fake.issueToken(), timeout: 300 });
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 500 });
    await expect(client.v1.statuses.create({ status: 'Perdu ?' })).rejects.toMatchObject({ statusCode: 500 });
    expect(fake.statusesOf()).toHaveLength(1);
    fake.inject({ on: 'POST /api/v1/statuses', kind: 'hang_before' });
    await expect(client.v1.statuses.create({ status: 'Silence' })).rejects.toThrow();
    expect(fake.statusesOf()).toHaveLength(1);
  });
});
