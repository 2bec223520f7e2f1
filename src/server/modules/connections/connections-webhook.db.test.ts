import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver } from '../../connectors/webhook/testing/webhook-receiver.js';
import { as, cadenceOf, createWorkspaceFor, signUp, type TestUser } from '../../testing/test-app.js';
import { waitFor } from '../../testing/wait-for.js';
import { createConnectionsTestContext } from './connections-test-context.js';

/** The connections API against a real webhook receiver that checks every signature. */
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let context: Awaited<ReturnType<typeof createConnectionsTestContext>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: TestUser;
let workspaceId: string;
/** Every answer the API gave in this file: none may hold the secret. */
const answers: string[] = [];

const call = async (user: TestUser, method: 'GET' | 'POST' | 'DELETE', path: string, payload?: object) => {
  const response = await as(context.app, user, {
    method,
    url: `/api/workspaces/${workspaceId}/connections${path}`,
    ...(payload ? { payload } : {}),
  });
  answers.push(response.body);
  return response;
};
const connect = (user = owner, body: object = { url: receiver.url, secret }) =>
  call(user, 'POST', '/webhook', body);

beforeAll(async () => {
  context = await createConnectionsTestContext({}, { worker: true });
  receiver = await startWebhookReceiver(secret);
});
afterAll(async () => {
  await receiver.close();
  await context.close();
});
beforeEach(async () => {
  await context.reset();
  receiver.reset();
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
});

describe('webhook connections', () => {
  it('connects after a signed ping, lists the account healthy, and never shows the secret', async () => {
    const connected = await connect();
    expect(connected.statusCode).toBe(201);
    expect(connected.json()).toMatchObject({
      network: 'webhook',
      accountName: new URL(receiver.url).host,
      health: { status: 'healthy', message: null },
      limits: { maxCharacters: 100_000 },
    });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.signatureValid).toBe(true);
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toEqual({ type: 'ping' });

    const list = await call(owner, 'GET', '');
    expect(list.json().accounts).toEqual([connected.json()]);
    // Webhooks carry posts anywhere: they never narrow the editor's counters.
    expect(list.json().textLimits).toEqual([]);

    const stored = await context.database.db.execute(sql`select * from connected_accounts`);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('refuses a receiver that does not accept the ping, in the caller’s language', async () => {
    receiver.queue({ kind: 'fail', status: 404, body: 'no such hook' });
    const refused = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/connections/webhook`,
      headers: { 'accept-language': 'fr' },
      payload: { url: receiver.url, secret },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'connection_refused', title: 'Connexion refusée' });
    expect(refused.json().detail).toContain('404');
    expect((await call(owner, 'GET', '')).json().accounts).toEqual([]);
  });

  it('explains the secret format when it is too short', async () => {
    const response = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/connections/webhook`,
      headers: { 'accept-language': 'fr' },
      payload: { url: receiver.url, secret: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'secret' });
    expect(response.json().errors[0].message).toContain('whsec_');
    expect(receiver.received).toHaveLength(0);
  });

  it('tests a connection now: healthy, then revoked (red) when the endpoint is gone', async () => {
    const { id } = (await connect()).json();
    const healthy = await call(owner, 'POST', `/${id}/test`);
    expect(healthy.statusCode).toBe(200);
    expect(healthy.json().health.status).toBe('healthy');

    receiver.setDefault({ kind: 'fail', status: 410, body: 'gone' });
    context.clock.advance(60_000);
    const gone = await call(owner, 'POST', `/${id}/test`);
    expect(gone.statusCode).toBe(422);
    expect(gone.json().code).toBe('connection_check_failed');
    const listed = (await call(owner, 'GET', '')).json().accounts[0];
    expect(listed.health).toMatchObject({ status: 'revoked', checkedAt: context.clock.now().toISOString() });
    expect(listed.health.message).toContain('410');
  });

  it('lets only owners and managers connect, test and disconnect; members read', async () => {
    const member = await signUp(context.app);
    const invitation = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/invitations`,
      payload: { email: member.email, role: 'member' },
    });
    const token = invitation.json().link.split('/invite/')[1];
    await as(context.app, member, { method: 'POST', url: `/api/invitations/${token}/accept` });
    const { id } = (await connect()).json();
    expect((await connect(member)).statusCode).toBe(403);
    expect((await call(member, 'POST', `/${id}/test`)).statusCode).toBe(403);
    expect((await call(member, 'DELETE', `/${id}`)).statusCode).toBe(403);
    expect((await call(member, 'GET', '')).json().accounts).toHaveLength(1);
  });

  it('disconnects: the row and its sealed credentials are gone; a foreign id answers 404', async () => {
    const { id } = (await connect()).json();
    expect((await call(owner, 'DELETE', `/${id}`)).statusCode).toBe(204);
    expect((await call(owner, 'GET', '')).json().accounts).toEqual([]);
    const rows = await context.database.db.execute(sql`select count(*)::int as n from connected_accounts`);
    expect(JSON.stringify(rows)).toContain('"n":0');
    expect((await call(owner, 'DELETE', `/${id}`)).statusCode).toBe(404);
  });

  it('checks every account in the daily round, one job each worked by the worker, and records it', async () => {
    const { id } = (await connect()).json();
    receiver.setDefault({ kind: 'fail', status: 503, body: 'down for maintenance' });
    const round = (cadenceOf(context.app).modules.connections.jobHandlers ?? []).find(
      (handler) => handler.queue === 'connection-health-round',
    );
    await round?.handle(
      { version: 1 },
      { jobId: 'test', tryNumber: 1, signal: new AbortController().signal },
    );
    const { connectionsRepository } = cadenceOf(context.app).modules.connections.services;
    const checked = await waitFor(async () => {
      const account = await connectionsRepository.find(workspaceId, id);
      return account?.health.status === 'failing' ? account : null;
    });
    expect(checked.health.message).toContain('503');
    expect(receiver.received.filter((hook) => hook.id.startsWith('ping_'))).toHaveLength(2);
  });

  it('never puts the secret in a log line or an answer', () => {
    const everything = [...answers, ...context.logLines].join('\n');
    expect(answers.length).toBeGreaterThan(10);
    expect(context.logLines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(secret.slice('whsec_'.length));
  });
});
