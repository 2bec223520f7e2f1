import { and, eq, inArray, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type {
  AccountLimits,
  ConnectorCredentials,
  ConnectorNetwork,
} from '../../../../contracts/connectors.js';
import type { RetryPolicy } from '../../../../core/publishing/publication-outcome.js';
import { startFakeMastodon } from '../../../connectors/mastodon/testing/fake-mastodon.js';
import { startWebhookReceiver } from '../../../connectors/webhook/testing/webhook-receiver.js';
import { createFixedClock } from '../../../platform/clock.js';
import type { DatabaseHandle } from '../../../platform/db.js';
import { parseNetworkAllowList } from '../../../platform/network-address.js';
import { createSafeFetch, type SafeFetch } from '../../../platform/safe-fetch.js';
import {
  as,
  buildTestApp,
  cadenceOf,
  createWorkspaceFor,
  signUp,
  type TestUser,
} from '../../../testing/test-app.js';
import { createTestDatabase, truncateAll } from '../../../testing/test-database.js';
import { publicationAttempts, publications } from '../publishing.table.js';

export const testLimits: AccountLimits = {
  maxCharacters: 500,
  lengthUnit: 'code_points',
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 16_000_000,
  imageMimeTypes: ['image/jpeg', 'image/png'],
  maxAltTextLength: 1500,
  maxParts: 25,
};
export const webhookSecret = 'whsec_dGVzdC1zZWNyZXQtZm9yLWNhZGVuY2UtaG9va3M=';

/** The safe fetch allowed to reach the local peers, with calls cut after `timeoutMs` (hung peers). */
export function localFetch(timeoutMs = 2_000): SafeFetch {
  const safe = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8,::1/128') });
  return (url, init = {}) =>
    safe(url, { ...init, timeoutMs: Math.min(init.timeoutMs ?? timeoutMs, timeoutMs) });
}

export const fastRetries: RetryPolicy = { baseDelaySeconds: 1, maxDelaySeconds: 4, maxAttempts: 4 };

/**
 * The app with a pinned clock, a fake Mastodon and a webhook receiver it can reach; the publish
 * jobs are run by hand (`runDue`) at the clock's moment, so every step is deterministic.
 */
export async function startPublishingWorld() {
  const database: DatabaseHandle = await createTestDatabase();
  const clock = createFixedClock(new Date('2026-03-20T09:00:00Z'));
  const mastodon = await startFakeMastodon();
  const receiver = await startWebhookReceiver(webhookSecret);
  const app = await buildTestApp({
    database,
    clock,
    mailer: { isConfigured: false, send: async () => {} },
    fetch: localFetch(),
    publishingTuning: { retryPolicy: fastRetries, leaseSeconds: 30, sweepGraceSeconds: 60 },
    logger: pino({ level: 'silent' }),
  });
  const cadence = cadenceOf(app);
  let accountCount = 0;
  /** Each workspace of a test publishes as its own fake account, so counts never mix. */
  let currentAccount = mastodon.defaultAccount;
  const services = cadence.modules.publishing.services;

  async function connect(
    workspaceId: string,
    network: ConnectorNetwork,
    credentials: ConnectorCredentials,
    name: string,
  ) {
    return cadence.modules.connections.services.connectedAccountsStore.save({
      workspaceId,
      network,
      accountName: name,
      remoteAccountId: name,
      credentials,
      limits: testLimits,
      connectedByUserId: null,
    });
  }

  return {
    app,
    database,
    clock,
    mastodon,
    receiver,
    services,
    cadence,
    async newWorkspace(networks: string[] = ['mastodon', 'linkedin']) {
      accountCount += 1;
      currentAccount = mastodon.addAccount(`atelier${accountCount}`);
      const owner = await signUp(app);
      const workspaceId = await createWorkspaceFor(app, owner);
      await as(app, owner, {
        method: 'PUT',
        url: `/api/workspaces/${workspaceId}/strategy/networks`,
        payload: {
          networks: networks.map((network, index) => ({
            network,
            targetPostsPerWeek: 3,
            priority: index + 1,
          })),
        },
      });
      return { owner, workspaceId };
    },
    /** The statuses of the current test's account on the fake, posted through the API. */
    ours: () => mastodon.statusesOf(currentAccount).filter((status) => status.applicationName !== 'Web'),
    connectMastodon(workspaceId: string, account = currentAccount) {
      return connect(
        workspaceId,
        'mastodon',
        {
          network: 'mastodon',
          instanceUrl: mastodon.url,
          accountId: account.id,
          accessToken: mastodon.issueToken(account),
        },
        `@${account.username}@fake`,
      );
    },
    connectWebhook(workspaceId: string) {
      return connect(
        workspaceId,
        'webhook',
        { network: 'webhook', url: receiver.url, secret: webhookSecret },
        'hooks.local',
      );
    },
    connect,
    /** Creates a post on `networks` and schedules it at a local date and time (Europe/Paris). */
    async schedulePost(
      user: TestUser,
      workspaceId: string,
      text: string,
      networks: string[],
      when = { date: '2026-03-20', time: '11:00' },
    ) {
      const created = await as(app, user, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/posts`,
        payload: { text, versions: networks.map((network) => ({ network, text: null })) },
      });
      if (created.statusCode !== 201) throw new Error(created.body);
      const postId = created.json().id as string;
      const scheduled = await as(app, user, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/posts/${postId}/schedule`,
        payload: when,
      });
      if (scheduled.statusCode !== 200) throw new Error(scheduled.body);
      return postId;
    },
    /** Runs, at the clock's moment, the job of every publication whose moment has come. */
    async runDue() {
      const due = await database.db
        .select({ id: publications.id, workspaceId: publications.workspaceId })
        .from(publications)
        .where(
          and(
            inArray(publications.status, ['scheduled', 'unknown']),
            lte(publications.nextAttemptAt, clock.now()),
          ),
        );
      for (const row of due)
        await services.publishPublication({
          version: 1,
          workspaceId: row.workspaceId,
          publicationId: row.id,
        });
      return due.length;
    },
    async publicationsOf(workspaceId: string) {
      return database.db.select().from(publications).where(eq(publications.workspaceId, workspaceId));
    },
    async attemptsOf(publicationId: string) {
      return database.db
        .select()
        .from(publicationAttempts)
        .where(eq(publicationAttempts.publicationId, publicationId))
        .orderBy(publicationAttempts.number);
    },
    reset: () => truncateAll(database),
    async close(this: void) {
      await app.close();
      await mastodon.close();
      await receiver.close();
      await database.close();
    },
  };
}

export type PublishingWorld = Awaited<ReturnType<typeof startPublishingWorld>>;
export type { FastifyInstance };
