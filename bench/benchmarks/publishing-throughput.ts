import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { freezePublicationRequest } from '../../src/contracts/connectors.js';
import { createCadence } from '../../src/server/cadence.js';
import { accountInMemory } from '../../src/server/connectors/connector.js';
import { localFetch, testLimits } from '../../src/server/modules/publishing/testing/publishing-test-world.js';
import { systemClock } from '../../src/server/platform/clock.js';
import { createDb, type DatabaseHandle } from '../../src/server/platform/db.js';
import { cadenceQueues } from '../../src/server/platform/job-queues.js';
import { startWorker } from '../../src/server/worker.js';
import type { DatabaseKind } from '../dataset/dataset-store.js';
import { startFakeMastodonProcess } from '../lib/fake-mastodon-process.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';

const accountsCount = 100;
const concurrency =
  cadenceQueues['publish-publication'].policy.batchSize *
  cadenceQueues['publish-publication'].policy.localConcurrency;

async function openScratch(kind: DatabaseKind, serverUrl: string | undefined): Promise<DatabaseHandle> {
  if (kind === 'pglite') return createDb({ dataDir: 'memory://' });
  const name = `cadence_bench_publishing_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString(), dataDir: 'unused' });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

const rowsOf = <Row>(result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** CPU time (user + system) of this process since `since`, in milliseconds. */
const cpuMillisecondsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Benchmark 7: `posts` publications due in the same minute over 100 Mastodon accounts (the fake,
 * in a child process of its own, as a real instance is another machine), published by Cadence's
 * worker (claim, attempt row, connector, outcome), against the same number of status calls made
 * by a bare loop through the same connector at the same concurrency (the queue's batch × loops).
 * Counts duplicates and missing posts on the fake. Beside the wall clock, this process's CPU time
 * per publication for each side (the database's share too on PGlite, which runs in this process).
 */
export async function benchmarkPublishingThroughput(
  kind: DatabaseKind,
  serverUrl: string | undefined,
  options: { posts: number },
): Promise<BenchmarkResult> {
  const database = await openScratch(kind, serverUrl);
  const fake = await startFakeMastodonProcess({ rateLimit: { limit: 10_000_000, windowMs: 300_000 } });
  const cadence = createCadence({
    database,
    clock: systemClock,
    mailer: { isConfigured: false, send: async () => {} },
    secret: 'bench-secret-that-is-long-enough-for-better-auth-0123456789',
    settings: {
      baseUrl: 'http://localhost:3000',
      trustedOrigins: [],
      loginAttemptsPerMinute: 5,
      accessCacheTtlMilliseconds: 10_000,
      timeZone: 'UTC',
    },
    logger: pino({ level: 'silent' }),
    jobPollingIntervalSeconds: 0.5,
    fetch: localFetch(20_000),
  });
  try {
    await cadence.platform.jobs.start();
    const { db } = database;
    const [workspace] = rowsOf<{ id: string }>(
      await db.execute(
        sql`insert into workspaces (name, time_zone, currency, locale) values ('Bench', 'UTC', 'EUR', 'en') returning id`,
      ),
    );
    const workspaceId = workspace?.id ?? '';
    const store = cadence.modules.connections.services.connectedAccountsStore;
    const accountIds: string[] = [];
    const accounts = await fake.addAccounts('bench', accountsCount);
    for (const account of accounts) {
      const saved = await store.save({
        workspaceId,
        network: 'mastodon',
        accountName: account.username,
        remoteAccountId: account.id,
        credentials: {
          network: 'mastodon',
          instanceUrl: fake.url,
          accountId: account.id,
          accessToken: account.accessToken,
        },
        limits: testLimits,
        connectedByUserId: null,
      });
      accountIds.push(saved.id);
    }
    // The posts, their versions and publications in three statements; one job each, ready at once.
    await db.execute(sql`insert into posts (workspace_id, text, status, scheduled_at)
      select ${workspaceId}, 'Bench post ' || n, 'scheduled', now() from generate_series(1, ${options.posts}) n`);
    await db.execute(sql`insert into post_versions (workspace_id, post_id, network, publish_mode, status)
      select workspace_id, id, 'mastodon', 'connector', 'scheduled' from posts where workspace_id = ${workspaceId}`);
    const accountList = `{${accountIds.join(',')}}`;
    await db.execute(sql`insert into publications
        (workspace_id, post_version_id, connected_account_id, network, account_name, status, due_at, next_attempt_at, idempotency_key)
      select ${workspaceId}, v.id, (${accountList}::uuid[])[1 + (v.n % ${accountsCount})], 'mastodon', 'bench', 'scheduled', now(), now(),
             'pub_bench_' || lpad(v.n::text, 8, '0')
      from (select id, row_number() over (order by id) as n from post_versions where workspace_id = ${workspaceId}) v`);
    const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from publications`)).map(
      (row) => row.id,
    );
    // Sent in one statement (untimed: scheduling sends each post's job in its own transaction,
    // spread over the days before; one by one, 10,000 sends took most of PGlite's 25 minutes).
    await cadence.platform.jobs.sendMany(
      'publish-publication',
      ids.map((publicationId) => ({ payload: { version: 1 as const, workspaceId, publicationId } })),
    );
    // Due now: the worker starts at the minute.
    await db.execute(sql`update publications set due_at = now(), next_attempt_at = now()`);
    const pipelineCpu = process.cpuUsage();
    const startedAt = performance.now();
    await startWorker(cadence);
    for (;;) {
      const [count] = rowsOf<{ done: number }>(
        await db.execute(sql`select count(*)::int as done from publications where status = 'published'`),
      );
      if ((count?.done ?? 0) >= options.posts) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const pipelineMs = performance.now() - startedAt;
    const pipelineCpuMs = cpuMillisecondsSince(pipelineCpu);
    const delays = rowsOf<{ ms: number }>(
      await db.execute(
        sql`select (extract(epoch from (updated_at - due_at)) * 1000)::float8 as ms from publications`,
      ),
    )
      .map((row) => Number(row.ms))
      .sort((a, b) => a - b);
    const counted = await fake.countStatuses('bench');
    const duplicates = counted.statuses - counted.distinctTexts;
    const missing = options.posts - counted.distinctTexts;
    await cadence.stop(1000);

    // The bare loop: the same calls through the same connector, `concurrency` at a time.
    const connector = cadence.modules.connections.services.connectors.get('mastodon');
    const bareAccounts = await fake.addAccounts('bare', accountsCount);
    const opened = bareAccounts.map((account) =>
      accountInMemory({
        network: 'mastodon' as const,
        instanceUrl: fake.url,
        accountId: account.id,
        accessToken: account.accessToken,
      }),
    );
    let next = 0;
    const bareCpu = process.cpuUsage();
    const bareStart = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < options.posts) {
          const index = next++;
          const request = freezePublicationRequest({
            idempotencyKey: `bare_bench_${index.toString().padStart(8, '0')}`,
            frozenAt: new Date().toISOString(),
            parts: [{ text: `Bare post ${index}` }],
          });
          const result = await connector.publish(
            opened[index % accountsCount] ?? (opened[0] as never),
            request,
          );
          if (result.status !== 'published') throw new Error(`bare call ${index}: ${result.status}`);
        }
      }),
    );
    const bareMs = performance.now() - bareStart;
    const bareCpuMs = cpuMillisecondsSince(bareCpu);
    const bareCounted = await fake.countStatuses('bare');
    if (bareCounted.statuses !== options.posts)
      throw new Error(`bare loop: ${bareCounted.statuses} statuses`);
    const perPost = (milliseconds: number) => `${(milliseconds / options.posts).toFixed(2)} ms`;
    const ratio = bareMs / pipelineMs;
    const p50 = percentile(delays, 0.5);
    const p95 = percentile(delays, 0.95);
    return {
      id: '7',
      name: `${options.posts.toLocaleString('en')} posts due at once over ${accountsCount} Mastodon accounts (fake)`,
      database: kind,
      measured: `all published in ${milliseconds(pipelineMs)}; due→published p50 ${milliseconds(p50)}, p95 ${milliseconds(p95)}; ${duplicates} duplicates, ${missing} missing; CPU ${perPost(pipelineCpuMs)} per post`,
      baseline: `bare connector loop (${concurrency} at a time) ${milliseconds(bareMs)}; CPU ${perPost(bareCpuMs)} per post`,
      ratio,
      target: 'all within 60 s, 0 duplicates',
      met: pipelineMs <= 60_000 && duplicates === 0 && missing === 0,
      notes: `ratio = bare time / pipeline time (1.00x would be no overhead); CPU = this process's (the fake Mastodon runs in a child process; PGlite's share is in this process, PostgreSQL's is not)`,
    };
  } finally {
    await cadence.stop(1000).catch(() => {});
    await fake.close();
    await database.close();
  }
}
