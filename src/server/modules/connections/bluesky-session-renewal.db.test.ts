import type { AtpAgent } from '@atproto/api';
import { TestNetworkNoAppView } from '@atproto/dev-env';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AccountLimits,
  type BlueskyCredentials,
  freezePublicationRequest,
} from '../../../contracts/connectors.js';
import { createBlueskyConnector } from '../../connectors/bluesky/bluesky-connector.js';
import type { ConnectorAccount } from '../../connectors/connector.js';
import { systemClock } from '../../platform/clock.js';
import { createSecretBox } from '../../platform/crypto.js';
import { createDb, type DatabaseHandle } from '../../platform/db.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch, type SafeFetch } from '../../platform/safe-fetch.js';
import {
  cadenceOf,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  testSecret,
} from '../../testing/test-app.js';
import { type ConnectedAccountsStore, createConnectedAccountsStore } from './connected-accounts.store.js';

/**
 * Bluesky rotates refresh tokens: tries that find the access token expired at the same moment
 * must refresh it ONCE, the others taking the session it gave, whether they share a batch, come
 * in two batches of one worker, or run in two worker processes (PostgreSQL). Against a REAL PDS
 * (@atproto/dev-env), calls counted on the way out; every post read back from the PDS.
 */
let network: TestNetworkNoAppView;
let agent: AtpAgent;
let context: TestContext;
let store: ConnectedAccountsStore;
let workspaceId: string;
let accountId: string;
let credentials: BlueskyCredentials;
let limits: AccountLimits;
const calls: string[] = [];
const safeFetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8,::1/128') });
// A slow refresh, so that concurrent tries surely overlap it (as under load).
const countingFetch: SafeFetch = async (url, init) => {
  const nsid = new URL(url).pathname.replace('/xrpc/', '');
  calls.push(nsid);
  if (nsid === 'com.atproto.server.refreshSession') await new Promise((resolve) => setTimeout(resolve, 300));
  return safeFetch(url, init);
};
const count = (nsid: string) => calls.filter((call) => call === nsid).length;
let connector: ReturnType<typeof createBlueskyConnector>;

/** A well-formed access token whose `exp` has passed: the keeper renews before any call. */
const expiredAccessJwt = [
  Buffer.from(JSON.stringify({ alg: 'ES256K', typ: 'at+jwt' })).toString('base64url'),
  Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) - 3600 })).toString('base64url'),
  'signature',
].join('.');

async function expireStoredSession(): Promise<void> {
  const account = await openAccount(store);
  await account.renewCredentials(async (stored) => {
    if (!stored.session) throw new Error('a connected account has a session');
    return { keep: { ...stored, session: { ...stored.session, accessJwt: expiredAccessJwt } }, result: null };
  });
}

async function openAccount(from: ConnectedAccountsStore): Promise<ConnectorAccount<BlueskyCredentials>> {
  const account = await from.open(workspaceId, accountId);
  if (account?.credentials.network !== 'bluesky') throw new Error('account not opened');
  return account as ConnectorAccount<BlueskyCredentials>;
}

let sequence = 0;
async function publishAndReadBack(account: ConnectorAccount<BlueskyCredentials>) {
  sequence += 1;
  const text = `Renouvellement ${sequence}`;
  const result = await connector.publish(
    account,
    freezePublicationRequest({
      idempotencyKey: `renewal_publication_${sequence.toString().padStart(4, '0')}`,
      frozenAt: new Date(Date.now() - 1000 + sequence).toISOString(),
      parts: [{ text }],
      language: 'fr',
    }),
  );
  if (result.status !== 'published') throw new Error(JSON.stringify(result));
  const [, , repo = '', collection = '', rkey = ''] = result.remoteId.split('/');
  const record = await agent.com.atproto.repo.getRecord({ repo, collection, rkey });
  expect(record.data.value).toMatchObject({ text });
}

beforeAll(async () => {
  [network, context] = await Promise.all([TestNetworkNoAppView.create({}), createTestContext()]);
  connector = createBlueskyConnector({
    fetch: countingFetch,
    clock: systemClock,
    identity: {
      useDnsAndWellKnown: false,
      handleResolverUrl: network.pds.url,
      plcDirectoryUrl: network.plc.url,
    },
    timeoutMs: 10_000,
  });
  agent = network.pds.getClient();
  await agent.createAccount({
    handle: 'atelier.test',
    email: 'atelier@example.com',
    password: 'main-password-1',
  });
  await agent.login({ identifier: 'atelier.test', password: 'main-password-1' });
  const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'cadence' })).data.password;
  if (connector.connection.kind !== 'password') throw new Error('Bluesky connects with a password');
  const connected = await connector.connection.connect({ identifier: 'atelier.test', password: appPassword });
  if (connected.status !== 'connected') throw new Error(JSON.stringify(connected));
  ({ credentials, limits } = connected);
}, 120_000);
afterAll(async () => {
  await context?.close();
  await network?.close();
});
beforeEach(async () => {
  await context.reset();
  const owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
  store = cadenceOf(context.app).modules.connections.services.connectedAccountsStore;
  ({ id: accountId } = await store.save({
    workspaceId,
    network: 'bluesky',
    accountName: '@atelier.test',
    remoteAccountId: credentials.did,
    credentials,
    limits,
    connectedByUserId: owner.id,
  }));
  await expireStoredSession();
  calls.length = 0;
});

describe('Bluesky session renewal, one at a time per account', () => {
  it('one worker: the tries of one batch and of another batch refresh once and share the new session', async () => {
    const [batchOne, batchTwo] = [await openAccount(store), await openAccount(store)];
    await Promise.all([
      publishAndReadBack(batchOne),
      publishAndReadBack(batchOne),
      publishAndReadBack(batchTwo),
      publishAndReadBack(batchTwo),
    ]);
    expect(count('com.atproto.server.refreshSession')).toBe(1);
    expect(count('com.atproto.server.createSession')).toBe(0);
    const stored = (await openAccount(store)).credentials.session;
    expect(stored?.accessJwt).not.toBe(expiredAccessJwt);
    expect(batchOne.credentials.session).toEqual(stored);
    expect(batchTwo.credentials.session).toEqual(stored);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'two worker processes (PostgreSQL): the second waits for the row and takes the session the first saved',
    async () => {
      // A second pool with its own store stands for another process (PGlite is one process by
      // construction: its data dir is locked).
      let other: DatabaseHandle | undefined;
      try {
        other = await createDb({ databaseUrl: context.database.url, dataDir: 'unused', migrate: false });
        const otherStore = createConnectedAccountsStore(other.db, createSecretBox(testSecret), {
          lockAcrossProcesses: true,
        });
        const [here, there] = [await openAccount(store), await openAccount(otherStore)];
        await Promise.all([publishAndReadBack(here), publishAndReadBack(there), publishAndReadBack(there)]);
        expect(count('com.atproto.server.refreshSession')).toBe(1);
        expect(count('com.atproto.server.createSession')).toBe(0);
        expect(there.credentials.session).toEqual(here.credentials.session);
        // The session kept works afterwards, through a fresh opening.
        calls.length = 0;
        await publishAndReadBack(await openAccount(otherStore));
        expect(count('com.atproto.server.refreshSession')).toBe(0);
      } finally {
        await other?.close();
      }
    },
  );
});
