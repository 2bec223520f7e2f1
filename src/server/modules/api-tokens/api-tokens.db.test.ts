import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../platform/crypto.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';
import { apiTokens } from './api-tokens.table.js';

let context: TestContext;
let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris, EUR
});

async function createToken(workspaceIds = [workspaceId], name = 'CRM') {
  const response = await as(context.app, owner, {
    method: 'POST',
    url: '/api/me/api-tokens',
    payload: { name, workspaceIds },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { token: string; apiToken: { id: string; hint: string } };
}

const api = (token: string, method: 'GET' | 'POST', path: string, payload?: object) =>
  context.app.inject({
    method,
    url: `/api/v1/workspaces/${workspaceId}${path}`,
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    ...(payload ? { payload } : {}),
  });

describe('personal API tokens', () => {
  it('shows the token once, keeps only its hash, and lists it with its workspaces', async () => {
    const { token, apiToken } = await createToken();
    expect(token).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.hint).toBe(`${token.slice(0, 8)}…`);
    const rows = await context.database.db.select().from(apiTokens);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const list = await as(context.app, owner, { method: 'GET', url: '/api/me/api-tokens' });
    expect(list.body).not.toContain(token);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: apiToken.id,
        name: 'CRM',
        workspaces: [{ id: workspaceId, name: 'Atelier', currency: 'EUR' }],
        lastUsedAt: null,
      }),
    ]);
  });

  it('refuses a workspace the person does not belong to', async () => {
    const stranger = await signUp(context.app);
    const theirs = await createWorkspaceFor(context.app, stranger, 'Theirs');
    const response = await as(context.app, owner, {
      method: 'POST',
      url: '/api/me/api-tokens',
      payload: { name: 'CRM', workspaceIds: [workspaceId, theirs] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('api_token_workspace_unknown');
  });

  it('records the last use at most once a minute', async () => {
    const { token } = await createToken();
    const lastUsed = async () =>
      (await context.database.db.select().from(apiTokens))[0]?.lastUsedAt?.toISOString();
    expect((await api(token, 'GET', '/outcomes')).statusCode).toBe(200);
    expect(await lastUsed()).toBe('2026-03-20T09:00:00.000Z');
    context.clock.set(new Date('2026-03-20T09:00:59Z'));
    await api(token, 'GET', '/outcomes');
    expect(await lastUsed()).toBe('2026-03-20T09:00:00.000Z');
    context.clock.set(new Date('2026-03-20T09:01:00Z'));
    await api(token, 'GET', '/outcomes');
    expect(await lastUsed()).toBe('2026-03-20T09:01:00.000Z');
  });

  it('answers 401 problem+json once revoked, and revoking twice is 404', async () => {
    const { token, apiToken } = await createToken();
    const revoke = () =>
      as(context.app, owner, { method: 'DELETE', url: `/api/me/api-tokens/${apiToken.id}` });
    expect((await revoke()).statusCode).toBe(204);
    const refused = await api(token, 'GET', '/outcomes');
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['www-authenticate']).toBe('Bearer');
    expect(refused.json()).toMatchObject({ code: 'api_token_revoked', title: 'API token revoked' });
    expect((await revoke()).statusCode).toBe(404);
    expect((await as(context.app, owner, { method: 'GET', url: '/api/me/api-tokens' })).json()).toEqual([]);
    const unknown = await api(`cad_${'x'.repeat(43)}`, 'GET', '/outcomes');
    expect(unknown.json().code).toBe('api_token_invalid');
  });

  it('closes when its person leaves the workspace', async () => {
    const member = await signUp(context.app);
    const invitation = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/invitations`,
      payload: { email: member.email, role: 'member' },
    });
    await as(context.app, member, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    const created = await as(context.app, member, {
      method: 'POST',
      url: '/api/me/api-tokens',
      payload: { name: 'Form', workspaceIds: [workspaceId] },
    });
    const token = created.json().token as string;
    expect(
      (await api(token, 'POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-19' })).statusCode,
    ).toBe(201);
    await as(context.app, owner, {
      method: 'DELETE',
      url: `/api/workspaces/${workspaceId}/members/${member.id}`,
    });
    expect((await api(token, 'GET', '/outcomes')).statusCode).toBe(404);
  });

  it('limits requests per token, with Retry-After', async () => {
    const { token } = await createToken();
    const other = await createToken([workspaceId], 'Other');
    const statuses: number[] = [];
    for (let index = 0; index < 121; index += 1)
      statuses.push((await api(token, 'GET', '/outcomes')).statusCode);
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true);
    const limited = await api(token, 'GET', '/outcomes');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.json().code).toBe('api_rate_limited');
    // Another token is counted apart; a minute later the first one works again.
    expect((await api(other.token, 'GET', '/outcomes')).statusCode).toBe(200);
    context.clock.set(new Date('2026-03-20T09:01:00Z'));
    expect((await api(token, 'GET', '/outcomes')).statusCode).toBe(200);
  }, 60_000);
});

describe('the outcomes API', () => {
  it('creates an outcome once per external id, even when a CRM retries at the same time', async () => {
    const { token } = await createToken();
    const body = {
      kind: 'revenue',
      occurredOn: '2026-03-18',
      amountCents: 125_000,
      currency: 'eur',
      network: 'linkedin',
      campaign: 'Printemps',
      externalId: 'crm-deal-42',
    };
    const [first, second] = await Promise.all([
      api(token, 'POST', '/outcomes', body),
      api(token, 'POST', '/outcomes', body),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 201]);
    expect(first?.json().id).toBe(second?.json().id);
    const again = await api(token, 'POST', '/outcomes', { ...body, amountCents: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ amountCents: 125_000, source: 'api', externalId: 'crm-deal-42' });
    const list = await api(token, 'GET', '/outcomes?from=2026-03&to=2026-03');
    expect(list.json()).toHaveLength(1);
    // The same external id in another workspace is another outcome.
    const second2 = await createWorkspaceFor(context.app, owner, 'Second');
    const { token: token2 } = await createToken([second2]);
    const elsewhere = await context.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${second2}/outcomes`,
      headers: { authorization: `Bearer ${token2}` },
      payload: body,
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses an amount in another currency than the workspace’s', async () => {
    const { token } = await createToken();
    const response = await api(token, 'POST', '/outcomes', {
      kind: 'revenue',
      occurredOn: '2026-03-18',
      amountCents: 5000,
      currency: 'USD',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'currency_mismatch' });
    expect(response.json().detail).toContain('EUR');
  });

  it('attributes an outcome to the post whose tracked link it came through', async () => {
    const { token } = await createToken();
    await as(context.app, owner, {
      method: 'PUT',
      url: `/api/workspaces/${workspaceId}/strategy/networks`,
      payload: { networks: [{ network: 'mastodon', targetPostsPerWeek: 3, priority: 1 }] },
    });
    const post = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/posts`,
      payload: {
        text: 'Nos ateliers https://exemple.fr/ateliers',
        versions: [{ network: 'mastodon', text: null }],
      },
    });
    expect(post.statusCode, post.body).toBe(201);
    const postId = post.json().id as string;
    const response = await api(token, 'POST', '/outcomes', {
      kind: 'lead',
      occurredOn: '2026-03-19',
      utmSource: 'mastodon',
      utmMedium: 'social',
      utmCampaign: 'ateliers',
      utmContent: postId.slice(0, 8),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      postId,
      network: 'mastodon',
      campaign: 'ateliers',
      utmContent: postId.slice(0, 8),
    });
    // A short id that names no post attributes nothing, and loses nothing.
    const unknown = await api(token, 'POST', '/outcomes', {
      kind: 'lead',
      occurredOn: '2026-03-19',
      utmSource: 'newsletter-mars',
      utmContent: 'ffffffff',
    });
    expect(unknown.json()).toMatchObject({ postId: null, network: null, utmSource: 'newsletter-mars' });
    // The quick log (a session) attributes the same way: one code path for every way in.
    const quick = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/outcomes`,
      payload: {
        kind: 'client',
        occurredOn: '2026-03-19',
        utmSource: 'mastodon',
        utmContent: postId.slice(0, 8),
      },
    });
    expect(quick.statusCode, quick.body).toBe(201);
    expect(quick.json()).toMatchObject({ postId, network: 'mastodon', source: 'manual' });
  });

  it('validates the body with field errors and never answers 500', async () => {
    const { token } = await createToken();
    const response = await api(token, 'POST', '/outcomes', { kind: 'revenue', occurredOn: '2026-13-01' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

it('revoking keeps the row, marked, so the API can say the token was revoked', async () => {
  const { apiToken } = await createToken();
  await as(context.app, owner, { method: 'DELETE', url: `/api/me/api-tokens/${apiToken.id}` });
  const [row] = await context.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
  expect(row?.revokedAt?.toISOString()).toBe('2026-03-20T09:00:00.000Z');
});
