import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultAccessCacheTtlMilliseconds } from '../cadence.js';
import {
  as,
  buildTestApp,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
  testBaseUrl,
} from '../testing/test-app.js';

/**
 * Sessions, roles and workspace zones are remembered for a few seconds (app.ts). The process that
 * changes one forgets it at once; a second process on the same database sees the change within the
 * TTL. Each test reads first, so that what it checks is the forgetting, not a first read.
 */

let context: TestContext;
let app: FastifyInstance;
let owner: TestUser;
let member: TestUser;
let workspaceId: string;

async function invite(as_: TestUser, email: string, role: string) {
  const invitation = await as(app, as_, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email, role },
  });
  const token = invitation.json().link.split('/invite/')[1];
  return token as string;
}

/** A read whose only membership check is the access hook's. */
const readWorkspace = (server: FastifyInstance, user: TestUser) =>
  as(server, user, { method: 'GET', url: `/api/workspaces/${workspaceId}/categories` });

beforeAll(async () => {
  context = await createTestContext();
  app = context.app;
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  owner = await signUp(app);
  member = await signUp(app);
  workspaceId = await createWorkspaceFor(app, owner);
  const token = await invite(owner, member.email, 'manager');
  await as(app, member, { method: 'POST', url: `/api/invitations/${token}/accept` });
});

describe('what a process remembers of access', () => {
  it('ends a session at sign-out, at once', async () => {
    expect((await as(app, member, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const signOut = await as(app, member, {
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { origin: testBaseUrl },
      payload: {},
    });
    expect(signOut.statusCode).toBe(200);
    expect((await as(app, member, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('renews the cookie of a session in use once a day, so an active person stays signed in', async () => {
    expect((await as(app, member, { method: 'GET', url: '/api/me' })).headers['set-cookie']).toBeUndefined();
    // A session two days old: better-auth extends it to 30 days from now and renews the cookie.
    const returning = await signUp(app);
    await context.database.db.execute(
      sql`update session set expires_at = now() + interval '28 days' where user_id = ${returning.id}`,
    );
    const renewed = await as(app, returning, { method: 'GET', url: '/api/me' });
    expect(renewed.statusCode).toBe(200);
    const setCookie = String(renewed.headers['set-cookie'] ?? '');
    expect(setCookie).toMatch(/better-auth\.session_token=/);
    expect(setCookie).toMatch(/Max-Age=2592000/);
    expect(
      (await as(app, returning, { method: 'GET', url: '/api/me' })).headers['set-cookie'],
    ).toBeUndefined();
  });

  it('shows a new name at once', async () => {
    await as(app, member, { method: 'GET', url: '/api/me' });
    await as(app, member, { method: 'PATCH', url: '/api/me', payload: { name: 'Camille Neuve' } });
    expect((await as(app, member, { method: 'GET', url: '/api/me' })).json().user.name).toBe('Camille Neuve');
  });

  it('closes the workspace to a removed member at once', async () => {
    expect((await readWorkspace(app, member)).statusCode).toBe(200);
    const removal = await as(app, owner, {
      method: 'DELETE',
      url: `/api/workspaces/${workspaceId}/members/${member.id}`,
    });
    expect(removal.statusCode).toBe(204);
    expect((await readWorkspace(app, member)).statusCode).toBe(404);
  });

  it('applies a lower role at once', async () => {
    const rename = {
      method: 'PATCH' as const,
      url: `/api/workspaces/${workspaceId}`,
      payload: { name: 'Renamed' },
    };
    expect((await as(app, member, rename)).statusCode).toBe(200);
    await as(app, owner, {
      method: 'PATCH',
      url: `/api/workspaces/${workspaceId}/members/${member.id}`,
      payload: { role: 'viewer' },
    });
    expect((await as(app, member, rename)).statusCode).toBe(403);
  });

  it('counts weeks in a new time zone at once', async () => {
    const thisWeek = async () =>
      (await as(app, owner, { method: 'GET', url: `/api/workspaces/${workspaceId}/timesheet` })).json()
        .weekStart;
    // The test clock is Monday 2026-11-23 09:00 UTC: still Sunday the 22nd in Pago Pago (UTC-11).
    expect(await thisWeek()).toBe('2026-11-23');
    await as(app, owner, {
      method: 'PATCH',
      url: `/api/workspaces/${workspaceId}`,
      payload: { timeZone: 'Pacific/Pago_Pago' },
    });
    expect(await thisWeek()).toBe('2026-11-16');
  });

  it('forgets a deleted workspace at once', async () => {
    expect((await readWorkspace(app, member)).statusCode).toBe(200);
    await as(app, owner, { method: 'DELETE', url: `/api/workspaces/${workspaceId}` });
    expect((await readWorkspace(app, member)).statusCode).toBe(404);
    expect((await readWorkspace(app, owner)).statusCode).toBe(404);
  });

  it('lets a second process see a removal within its TTL', async () => {
    const ttlMilliseconds = 300;
    const other = await buildTestApp({
      database: context.database,
      clock: context.clock,
      mailer: { isConfigured: false, send: async () => {} },
      accessCacheTtlMilliseconds: ttlMilliseconds,
    });
    try {
      expect((await readWorkspace(other, member)).statusCode).toBe(200);
      await as(app, owner, { method: 'DELETE', url: `/api/workspaces/${workspaceId}/members/${member.id}` });
      // The other process still trusts what it read a moment ago: the documented delay.
      expect((await readWorkspace(other, member)).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, ttlMilliseconds + 50));
      expect((await readWorkspace(other, member)).statusCode).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('ends a session signed out on another process within a few seconds (the default TTL, measured)', async () => {
    expect(defaultAccessCacheTtlMilliseconds).toBeLessThanOrEqual(5_000);
    const other = await buildTestApp({
      database: context.database,
      clock: context.clock,
      mailer: { isConfigured: false, send: async () => {} },
    });
    try {
      const me = () => as(other, member, { method: 'GET', url: '/api/me' });
      expect((await me()).statusCode).toBe(200);
      const signedOutAt = performance.now();
      await as(app, member, {
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { origin: testBaseUrl },
        payload: {},
      });
      while ((await me()).statusCode === 200) await new Promise((resolve) => setTimeout(resolve, 100));
      const lagMilliseconds = performance.now() - signedOutAt;
      expect((await me()).statusCode).toBe(401);
      // The entry was read just before the sign-out: it can outlive it by the TTL, never more.
      expect(lagMilliseconds).toBeLessThanOrEqual(defaultAccessCacheTtlMilliseconds + 500);
    } finally {
      await other.close();
    }
  });
});
