import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtpAgent } from '@atproto/api';
import { TestNetworkNoAppView } from '@atproto/dev-env';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlueskyConnector } from '../../connectors/bluesky/bluesky-connector.js';
import { startFakeMastodon } from '../../connectors/mastodon/testing/fake-mastodon.js';
import { systemClock } from '../../platform/clock.js';
import { createDb, type DatabaseHandle } from '../../platform/db.js';
import { as, buildTestApp, cadenceOf, createWorkspaceFor, signUp } from '../../testing/test-app.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import { posts, postVersions } from '../content/content.table.js';
import { publications } from './publishing.table.js';
import { startChaosProxy } from './testing/chaos-proxy.js';
import { localFetch, testLimits } from './testing/publishing-test-world.js';

/**
 * The chaos proof (issue 14): posts due over two minutes to the fake Mastodon (behind a proxy
 * failing 10 % of calls with 5xx before or after the effect, or no answer) and to a real Bluesky
 * PDS, worked by a worker process killed with SIGKILL five times at random moments. At the end
 * every publication is on its peer exactly once (counted on the peer) or final with a reason.
 * CHAOS_POSTS sets the number of posts: 50 in the test tier (100 publications); the issue's
 * 1,000 is `CHAOS_POSTS=1000 CHAOS_TIMEOUT_MS=10000` (bench/README.md says what was measured on
 * these machines; the worker's 2 s client timeout is too short for 1,000 on a loaded machine).
 * CHAOS_TRACE=1 has each worker say on stderr what held its database or its event loop
 * (testing/chaos-trace.ts), and the test say how each worker ended.
 */
const postCount = Number(process.env.CHAOS_POSTS ?? '50');
// Posts are created and scheduled through the API (~0.1–0.5 s each on a loaded machine), and
// settling takes longer with more posts: the test's time scales with the count.
const schedulingMargin = 90_000 + postCount * 2_000;
const settleTimeout = 8 * 60_000 + postCount * 300;
const workerScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'testing/chaos-worker.ts');
const secret = 'test-secret-that-is-long-enough-for-better-auth-0123456789';
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

type Worker = { child: ChildProcess; lines: string[]; exited: Promise<unknown> };
function startWorker(environment: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, ...environment, CHAOS_SECRET: secret },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines: string[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  if (process.env.CHAOS_TRACE)
    child.on('exit', (code, signal) => console.error(`chaos: worker ${child.pid} exited ${code ?? signal}`));
  return { child, lines, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

const finalStatuses = new Set(['published', 'failed', 'missed']);
const localParis = (instant: number) => {
  const [date = '', time = ''] = new Date(instant)
    .toLocaleString('sv-SE', { timeZone: 'Europe/Paris' })
    .split(' ');
  return { date, time: time.slice(0, 5) };
};

describe('publishing chaos', () => {
  it(
    `${postCount} posts to two peers, 10 % faults, the worker SIGKILLed five times: each exactly once or final with a reason`,
    async () => {
      const fake = await startFakeMastodon({ rateLimit: { limit: 1_000_000, windowMs: 300_000 } });
      const proxy = await startChaosProxy(fake.url, 0.1);
      const network = await TestNetworkNoAppView.create({});
      const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), 'cadence-chaos-'));
      let database: DatabaseHandle = dataDir ? await createDb({ dataDir }) : await createTestDatabase();
      const target: Record<string, string> = dataDir
        ? { CHAOS_DATA_DIR: dataDir }
        : { CHAOS_DATABASE_URL: database.url ?? '' };
      try {
        // The Bluesky account, connected as a person would (handle + app password).
        const agent: AtpAgent = network.pds.getClient();
        await agent.createAccount({
          handle: 'chaos.test',
          email: 'chaos@example.com',
          password: 'main-password-1',
        });
        const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'cadence' })).data
          .password;
        const bluesky = createBlueskyConnector({
          fetch: localFetch(10_000),
          clock: systemClock,
          identity: {
            useDnsAndWellKnown: false,
            handleResolverUrl: network.pds.url,
            plcDirectoryUrl: network.plc.url,
          },
        });
        if (bluesky.connection.kind !== 'password') throw new Error('Bluesky connects with a password');
        const connected = await bluesky.connection.connect({
          identifier: 'chaos.test',
          password: appPassword,
        });
        if (connected.status !== 'connected') throw new Error(JSON.stringify(connected));

        // The posts, scheduled through the API: half at the next-but-one minute, half a minute later.
        const app = await buildTestApp({
          database,
          clock: systemClock,
          mailer: { isConfigured: false, send: async () => {} },
        });
        const owner = await signUp(app);
        const workspaceId = await createWorkspaceFor(app, owner);
        await as(app, owner, {
          method: 'PUT',
          url: `/api/workspaces/${workspaceId}/strategy/networks`,
          payload: {
            networks: [
              { network: 'mastodon', targetPostsPerWeek: 3, priority: 1 },
              { network: 'bluesky', targetPostsPerWeek: 3, priority: 2 },
            ],
          },
        });
        const store = cadenceOf(app).modules.connections.services.connectedAccountsStore;
        await store.save({
          workspaceId,
          network: 'mastodon',
          accountName: '@chaos@fake',
          remoteAccountId: fake.defaultAccount.id,
          credentials: {
            network: 'mastodon',
            instanceUrl: proxy.url,
            accountId: fake.defaultAccount.id,
            accessToken: fake.issueToken(),
          },
          limits: testLimits,
          connectedByUserId: null,
        });
        await store.save({
          workspaceId,
          network: 'bluesky',
          accountName: 'chaos.test',
          remoteAccountId: connected.credentials.did,
          credentials: connected.credentials,
          limits: testLimits,
          connectedByUserId: null,
        });
        // Created first (no deadline), then scheduled: the due minute leaves time to schedule them
        // all at the pace creating them took (which the machine's load decides). Scheduling a post
        // plans its publications and jobs: measured up to ~3× slower than creating it.
        const createdAt = Date.now();
        const postIds: string[] = [];
        for (let index = 0; index < postCount; index++) {
          const created = await as(app, owner, {
            method: 'POST',
            url: `/api/workspaces/${workspaceId}/posts`,
            payload: {
              text: `Chaos ${index}`,
              versions: [
                { network: 'mastodon', text: null },
                { network: 'bluesky', text: null },
              ],
            },
          });
          postIds.push(created.json().id);
        }
        const creating = Date.now() - createdAt;
        const firstMinute = Math.ceil((Date.now() + 60_000 + 4 * creating) / 60_000) * 60_000;
        for (const [index, postId] of postIds.entries()) {
          const scheduled = await as(app, owner, {
            method: 'POST',
            url: `/api/workspaces/${workspaceId}/posts/${postId}/schedule`,
            payload: localParis(firstMinute + (index % 2) * 60_000),
          });
          expect(scheduled.statusCode).toBe(200);
        }
        await app.close();
        if (dataDir) await database.close();

        // The worker, killed five times at random moments from just before the first due minute.
        let worker = startWorker(target);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstMinute - 5_000 - Date.now())));
        for (let kill = 0; kill < 5; kill++) {
          await new Promise((resolve) => setTimeout(resolve, 8_000 + Math.random() * 22_000));
          worker.child.kill('SIGKILL');
          await worker.exited;
          worker = startWorker(target);
        }
        const current = () => worker;
        const counts = await waitFor(
          async () => {
            const line = current().lines.findLast((text) => text.startsWith('counts '));
            if (!line) return null;
            const byStatus = JSON.parse(line.slice(7)) as Record<string, number>;
            const total = Object.values(byStatus).reduce((sum, value) => sum + value, 0);
            const settled = Object.entries(byStatus)
              .filter(([status]) => finalStatuses.has(status))
              .reduce((sum, [, value]) => sum + value, 0);
            return total === postCount * 2 && settled === total ? byStatus : null;
          },
          { timeoutMilliseconds: settleTimeout, everyMilliseconds: 1_000 },
        ).catch((error: unknown) => {
          // What the last worker said before time ran out: its counts, or nothing at all.
          console.error(`chaos: not settled; last worker lines: ${current().lines.slice(-3).join(' | ')}`);
          throw error;
        });
        worker.child.kill('SIGTERM');
        await worker.exited;
        if (dataDir) database = await createDb({ dataDir, migrate: false });

        // Counted on the peers.
        const onMastodon = new Map<string, number>();
        for (const status of fake.statusesOf())
          onMastodon.set(status.text, (onMastodon.get(status.text) ?? 0) + 1);
        const onBluesky = new Map<string, number>();
        let cursor: string | undefined;
        do {
          const page = await agent.com.atproto.repo.listRecords({
            repo: connected.credentials.did,
            collection: 'app.bsky.feed.post',
            limit: 100,
            ...(cursor ? { cursor } : {}),
          });
          for (const record of page.data.records) {
            const text = (record.value as { text?: string }).text ?? '';
            onBluesky.set(text, (onBluesky.get(text) ?? 0) + 1);
          }
          cursor = page.data.records.length === 100 ? page.data.cursor : undefined;
        } while (cursor);
        const rows = await database.db
          .select({
            status: publications.status,
            network: publications.network,
            reason: publications.failureReason,
            text: posts.text,
          })
          .from(publications)
          .innerJoin(postVersions, eq(postVersions.id, publications.postVersionId))
          .innerJoin(posts, eq(posts.id, postVersions.postId));
        expect(rows).toHaveLength(postCount * 2);
        const duplicates = [...onMastodon.values(), ...onBluesky.values()].filter(
          (count) => count > 1,
        ).length;
        expect(duplicates).toBe(0);
        for (const row of rows) {
          const onPeer = (row.network === 'mastodon' ? onMastodon : onBluesky).get(row.text) ?? 0;
          if (row.status === 'published') expect(onPeer, `${row.network} ${row.text}`).toBe(1);
          else {
            expect(onPeer, `${row.network} ${row.text} ${row.status}`).toBe(0);
            expect(row.reason).not.toBeNull();
          }
        }
        console.info(`chaos: ${JSON.stringify(counts)}; proxy ${JSON.stringify(proxy.counts)}`);
      } finally {
        await database.close().catch(() => {});
        await proxy.close();
        await fake.close();
        await network.close();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    },
    schedulingMargin + settleTimeout + 5 * 60_000,
  );
});
