import type { SQL } from 'drizzle-orm';
import pino from 'pino';
import { startFakeMastodon } from '../../../connectors/mastodon/testing/fake-mastodon.js';
import type { FakeAccount } from '../../../connectors/mastodon/testing/fake-mastodon-entities.js';
import type { Clock } from '../../../platform/clock.js';
import { parseNetworkAllowList } from '../../../platform/network-address.js';
import { createSafeFetch } from '../../../platform/safe-fetch.js';
import { buildTestApp, cadenceOf, signUp } from '../../../testing/test-app.js';
import { createTestDatabase } from '../../../testing/test-database.js';
import { testLimits } from '../../publishing/testing/publishing-test-world.js';

/**
 * The app on a fresh test database, allowed to reach the protocol-faithful fake Mastodon on
 * loopback, with one signed-up owner and the job queue started, for the tests of figures read
 * from the network (followers, pulled metrics).
 */
export async function startResultsMastodonWorld(clock: Clock) {
  const database = await createTestDatabase();
  const fake = await startFakeMastodon();
  const app = await buildTestApp({
    database,
    clock,
    mailer: { isConfigured: false, send: async () => {} },
    logger: pino({ level: 'silent' }),
    fetch: createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8') }),
  });
  const owner = await signUp(app);
  // The process starts the queue before serving (process.ts); on PGlite a first start inside a
  // transaction would wait for the connection that transaction holds.
  await cadenceOf(app).platform.jobs.start();
  return {
    database,
    fake,
    app,
    owner,
    /** Connects the fake's `account` (its default one unless given) to the workspace. */
    connectAccount(workspaceId: string, account: FakeAccount = fake.defaultAccount) {
      return cadenceOf(app).modules.connections.services.connectedAccountsStore.save({
        workspaceId,
        network: 'mastodon',
        accountName: '@atelier@fake',
        remoteAccountId: account.id,
        credentials: {
          network: 'mastodon',
          instanceUrl: fake.url,
          accountId: account.id,
          accessToken: fake.issueToken(account),
        },
        limits: testLimits,
        connectedByUserId: null,
      });
    },
    /** The rows of a raw query, whichever driver answers (PGlite gives an array, pg a result). */
    async rows<Row>(query: SQL): Promise<Row[]> {
      const result = await database.db.execute(query);
      return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
    },
    async close() {
      await app.close();
      await database.close();
      await fake.close();
    },
  };
}

export type ResultsMastodonWorld = Awaited<ReturnType<typeof startResultsMastodonWorld>>;
