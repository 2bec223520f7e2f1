import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeMastodon, startFakeMastodon } from '../../connectors/mastodon/testing/fake-mastodon.js';
import { createSecretBox } from '../../platform/crypto.js';
import {
  as,
  cadenceOf,
  createWorkspaceFor,
  signUp,
  type TestUser,
  testSecret,
} from '../../testing/test-app.js';
import { mastodonApps } from './connections.table.js';
import { createConnectionsTestContext } from './connections-test-context.js';
import { pendingCookieName } from './mastodon-authorization.js';

/**
 * The whole Mastodon round trip against the protocol-faithful fake: start -> the instance's
 * authorize page (which approves at once as its default account) -> Cadence's callback -> listed.
 */
let context: Awaited<ReturnType<typeof createConnectionsTestContext>>;
let fake: FakeMastodon;
let owner: TestUser;
let workspaceId: string;
const answers: string[] = [];

const base = () => `/api/workspaces/${workspaceId}/connections`;
const remember = <T extends { body: string }>(response: T) => {
  answers.push(response.body, JSON.stringify((response as { headers?: unknown }).headers ?? {}));
  return response;
};

async function start(user = owner) {
  const started = remember(
    await as(context.app, user, {
      method: 'POST',
      url: `${base()}/mastodon`,
      payload: { instance: fake.url },
    }),
  );
  const setCookie = String(started.headers['set-cookie'] ?? '');
  return { started, pendingCookie: setCookie.split(';')[0] ?? '', setCookie };
}

/** What the browser does: visits the instance, follows its redirect to Cadence with its cookies. */
async function authorizeAndReturn(authorizationUrl: string, user: TestUser, pendingCookie: string) {
  const approval = await fetch(authorizationUrl, { redirect: 'manual' });
  const location = new URL(approval.headers.get('location') ?? '');
  return remember(
    await context.app.inject({
      method: 'GET',
      url: `${location.pathname}${location.search}`,
      headers: { cookie: [user.cookie, pendingCookie].filter(Boolean).join('; ') },
    }),
  );
}

beforeAll(async () => {
  context = await createConnectionsTestContext();
  fake = await startFakeMastodon({ maxCharacters: 1000 });
});
afterAll(async () => {
  await fake.close();
  await context.close();
});
beforeEach(async () => {
  await context.reset();
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
});

describe('Mastodon connections', () => {
  it('goes start -> authorize -> callback, lists the account with the instance limits', async () => {
    const { started, pendingCookie, setCookie } = await start();
    expect(started.statusCode).toBe(200);
    const authorizationUrl = new URL(started.json().authorizationUrl);
    expect(authorizationUrl.origin).toBe(fake.url);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('scope')).toBe(
      'write:statuses write:media read:statuses read:accounts',
    );
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\/api\/connections\/mastodon\/callback/);
    expect(setCookie).toMatch(/Max-Age=600/);

    const back = await authorizeAndReturn(authorizationUrl.href, owner, pendingCookie);
    expect(back.statusCode).toBe(303);
    const target = new URL(back.headers.location as string, 'http://cadence.test');
    expect(target.pathname).toBe(`/w/${workspaceId}/connections`);
    expect(target.searchParams.get('connection')).toBe('connected');
    const accountName = `@${fake.defaultAccount.username}@${new URL(fake.url).host}`;
    expect(target.searchParams.get('account')).toBe(accountName);
    expect(String(back.headers['set-cookie'])).toMatch(new RegExp(`${pendingCookieName}=;.*Max-Age=0`));

    const view = remember(await as(context.app, owner, { method: 'GET', url: base() })).json();
    expect(view.accounts).toHaveLength(1);
    expect(view.accounts[0]).toMatchObject({
      network: 'mastodon',
      accountName,
      health: { status: 'healthy' },
      limits: { maxCharacters: 1000, lengthUnit: 'code_points', urlLength: 23 },
    });
    expect(view.textLimits).toEqual([
      { network: 'mastodon', maxCharacters: 1000, lengthUnit: 'code_points', urlLength: 23 },
    ]);
  });

  it('registers Cadence once per instance, however many people connect', async () => {
    const registrations = () => fake.calls.filter((call) => call === 'POST /api/v1/apps').length;
    const before = registrations();
    await start();
    await start();
    expect(registrations() - before).toBe(1);
  });

  it('finishes nothing without the pending cookie, for another person, or after ten minutes', async () => {
    const { started, pendingCookie } = await start();
    const url = started.json().authorizationUrl;
    const noCookie = await authorizeAndReturn(url, owner, '');
    expect(noCookie.headers.location).toBe('/?connection=failed&reason=expired');

    const stranger = await signUp(context.app);
    const other = await authorizeAndReturn(
      (await start()).started.json().authorizationUrl,
      stranger,
      pendingCookie,
    );
    expect(other.headers.location).toBe('/?connection=failed&reason=expired');

    const late = await start();
    context.clock.advance(11 * 60_000);
    const expired = await authorizeAndReturn(late.started.json().authorizationUrl, owner, late.pendingCookie);
    expect(expired.headers.location).toBe('/?connection=failed&reason=expired');
    expect((await as(context.app, owner, { method: 'GET', url: base() })).json().accounts).toEqual([]);
  });

  it('refuses a state that is not the one sent, and says so on the connections page', async () => {
    const { started, pendingCookie } = await start();
    const approval = await fetch(started.json().authorizationUrl, { redirect: 'manual' });
    const location = new URL(approval.headers.get('location') ?? '');
    location.searchParams.set('state', 'forged-state');
    const back = await context.app.inject({
      method: 'GET',
      url: `${location.pathname}${location.search}`,
      headers: { cookie: `${owner.cookie}; ${pendingCookie}` },
    });
    const target = new URL(back.headers.location as string, 'http://cadence.test');
    expect(target.pathname).toBe(`/w/${workspaceId}/connections`);
    expect(target.searchParams.get('connection')).toBe('failed');
    expect((await as(context.app, owner, { method: 'GET', url: base() })).json().accounts).toEqual([]);
  });

  it('refuses an address that is not a Mastodon server with a readable problem', async () => {
    const refused = await as(context.app, owner, {
      method: 'POST',
      url: `${base()}/mastodon`,
      headers: { 'accept-language': 'fr' },
      payload: { instance: 'http://127.0.0.1:1' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'connection_refused', title: 'Connexion refusée' });
  });

  it('turns red when the token is revoked, and warns before the posts scheduled to Mastodon', async () => {
    const { started, pendingCookie } = await start();
    await authorizeAndReturn(started.json().authorizationUrl, owner, pendingCookie);
    await as(context.app, owner, {
      method: 'PUT',
      url: `/api/workspaces/${workspaceId}/strategy/networks`,
      payload: { networks: [{ network: 'mastodon', targetPostsPerWeek: 3, priority: 1 }] },
    });
    const post = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/posts`,
      payload: { text: 'Bientôt en ligne', versions: [{ network: 'mastodon' }] },
    });
    const inAWeek = new Date(context.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const scheduled = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/posts/${post.json().id}/schedule`,
      payload: { date: inAWeek, time: '10:00' },
    });
    expect(scheduled.statusCode).toBe(200);
    const { connectionsService } = cadenceOf(context.app).modules.connections.services;
    expect(await connectionsService.connectionWarnings(workspaceId)).toEqual([]);

    fake.revokeAll();
    const [account] = (await as(context.app, owner, { method: 'GET', url: base() })).json().accounts;
    const test = await as(context.app, owner, { method: 'POST', url: `${base()}/${account.id}/test` });
    expect(test.statusCode).toBe(422);
    const view = remember(await as(context.app, owner, { method: 'GET', url: base() })).json();
    expect(view.accounts[0].health.status).toBe('revoked');
    expect(view.warnings).toEqual([
      expect.objectContaining({
        accountId: account.id,
        network: 'mastodon',
        status: 'revoked',
        scheduledVersions: 1,
        nextScheduledAt: scheduled.json().scheduledAt,
      }),
    ]);
  });

  it("schedules against the connected instance's own limit, as the editor counts", async () => {
    await as(context.app, owner, {
      method: 'PUT',
      url: `/api/workspaces/${workspaceId}/strategy/networks`,
      payload: { networks: [{ network: 'mastodon', targetPostsPerWeek: 3, priority: 1 }] },
    });
    const inAWeek = new Date(context.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const schedule = async (length: number) => {
      const post = await as(context.app, owner, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/posts`,
        payload: { text: 'é'.repeat(length), versions: [{ network: 'mastodon' }] },
      });
      return as(context.app, owner, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/posts/${post.json().id}/schedule`,
        payload: { date: inAWeek, time: '10:00' },
      });
    };
    // No account yet: Mastodon's default 500.
    expect((await schedule(700)).json().code).toBe('post_too_long');
    const { started, pendingCookie } = await start();
    await authorizeAndReturn(started.json().authorizationUrl, owner, pendingCookie);
    expect((await schedule(700)).statusCode).toBe(200);
    const over = await schedule(1001);
    expect(over.statusCode).toBe(422);
    expect(over.json().detail).toContain('1000');
  });

  it('never shows a token, a client secret or a PKCE verifier in answers or logs', async () => {
    const { started, pendingCookie } = await start();
    await authorizeAndReturn(started.json().authorizationUrl, owner, pendingCookie);
    const [account] = (await as(context.app, owner, { method: 'GET', url: base() })).json().accounts;
    const opened = await cadenceOf(context.app).modules.connections.services.connectedAccountsStore.open(
      workspaceId,
      account.id,
    );
    if (opened?.credentials.network !== 'mastodon') throw new Error('expected Mastodon credentials');
    const [app] = await context.database.db
      .select({ sealed: mastodonApps.clientSecretSealed })
      .from(mastodonApps);
    const clientSecret = createSecretBox(testSecret).open(app?.sealed ?? '');
    const verifier = JSON.parse(
      createSecretBox(testSecret).open(decodeURIComponent(pendingCookie.split('=')[1] ?? '')),
    ).pending;
    const codeVerifier = JSON.parse(verifier).codeVerifier as string;
    const everything = [...answers, ...context.logLines].join('\n');
    for (const secret of [opened.credentials.accessToken, clientSecret, codeVerifier]) {
      expect(secret.length).toBeGreaterThan(20);
      expect(everything).not.toContain(secret);
    }
    expect(everything.length).toBeGreaterThan(1000);
  });
});
