import { TestNetworkNoAppView } from '@atproto/dev-env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, cadenceOf, createWorkspaceFor, signUp } from '../../testing/test-app.js';
import { createConnectionsTestContext } from './connections-test-context.js';

/**
 * Connecting Bluesky through the API against a REAL PDS (@atproto/dev-env, one per file: it is
 * slow to import): the handle is resolved on the PDS, the app password opens a session there.
 */
let network: TestNetworkNoAppView;
let context: Awaited<ReturnType<typeof createConnectionsTestContext>>;
let appPassword: string;

beforeAll(async () => {
  network = await TestNetworkNoAppView.create({});
  const agent = network.pds.getClient();
  await agent.createAccount({
    handle: 'atelier.test',
    email: 'atelier@example.com',
    password: 'main-password-1',
  });
  await agent.login({ identifier: 'atelier.test', password: 'main-password-1' });
  appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'cadence' })).data.password;
  context = await createConnectionsTestContext({
    blueskyIdentity: {
      useDnsAndWellKnown: false,
      handleResolverUrl: network.pds.url,
      plcDirectoryUrl: network.plc.url,
    },
  });
}, 120_000);
afterAll(async () => {
  await context?.close();
  await network?.close();
});

describe('Bluesky connections (real PDS)', () => {
  it('connects with handle + app password, lists it healthy with 300 graphemes, tests it, leaks nothing', async () => {
    const owner = await signUp(context.app);
    const workspaceId = await createWorkspaceFor(context.app, owner);
    const base = `/api/workspaces/${workspaceId}/connections`;
    const wrong = await as(context.app, owner, {
      method: 'POST',
      url: `${base}/bluesky`,
      payload: { handle: '@atelier.test', appPassword: 'aaaa-bbbb-cccc-dddd' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('connection_refused');

    const connected = await as(context.app, owner, {
      method: 'POST',
      url: `${base}/bluesky`,
      payload: { handle: '@Atelier.test', appPassword },
    });
    expect(connected.statusCode).toBe(201);
    expect(connected.json()).toMatchObject({
      network: 'bluesky',
      accountName: '@atelier.test',
      health: { status: 'healthy' },
      limits: { maxCharacters: 300, lengthUnit: 'graphemes', urlLength: null },
    });
    const tested = await as(context.app, owner, {
      method: 'POST',
      url: `${base}/${connected.json().id}/test`,
    });
    expect(tested.statusCode).toBe(200);
    const view = await as(context.app, owner, { method: 'GET', url: base });
    expect(view.json().textLimits).toEqual([
      { network: 'bluesky', maxCharacters: 300, lengthUnit: 'graphemes', urlLength: null },
    ]);

    const everything = [wrong.body, connected.body, tested.body, view.body, ...context.logLines].join('\n');
    expect(everything).not.toContain(appPassword);
    const opened = await cadenceOf(context.app).modules.connections.services.connectedAccountsStore.open(
      workspaceId,
      connected.json().id,
    );
    if (opened?.credentials.network !== 'bluesky' || !opened.credentials.session)
      throw new Error('expected a kept Bluesky session');
    expect(everything).not.toContain(opened.credentials.session.accessJwt);
    expect(everything).not.toContain(opened.credentials.session.refreshJwt);
  });
});
