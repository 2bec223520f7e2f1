import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { fromPglite } from 'pg-boss/dist/adapters/index.js';
import pino from 'pino';
import { z } from 'zod';
import { createDb, type DatabaseHandle } from '../../src/server/platform/db.js';
import { createJobs, type QueuePolicy } from '../../src/server/platform/jobs.js';
import type { DatabaseKind } from '../dataset/dataset-store.js';
import type { BenchmarkResult } from '../lib/result.js';

/** The same queue settings on both sides: only Cadence's layer differs. */
const policy: QueuePolicy = {
  retryLimit: 2,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 60,
  heartbeatSeconds: 30,
  retentionSeconds: 3600,
  deleteAfterSeconds: 3600,
  batchSize: 50,
  localConcurrency: 1,
};
const payloadSchema = z.object({ version: z.literal(1), index: z.number().int() });

/** Resolves once `count` jobs have been handled. */
function countdown(count: number) {
  let left = count;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  return {
    finished,
    tick(jobs = 1) {
      left -= jobs;
      if (left <= 0) done();
    },
  };
}

/** Sends `count` jobs one by one, then works them: the time from the first send to the last job done. */
async function runCadence(database: DatabaseHandle, count: number): Promise<number> {
  const jobs = createJobs({
    database,
    catalogue: { 'bench-cadence': { payload: payloadSchema, policy } },
    logger: pino({ level: 'silent' }),
    runsWorkers: true,
    pollingIntervalSeconds: 0.5,
  });
  await jobs.start();
  const progress = countdown(count);
  const startedAt = performance.now();
  for (let index = 0; index < count; index++) await jobs.send('bench-cadence', { version: 1, index });
  await jobs.work([{ queue: 'bench-cadence', handle: async () => progress.tick() }]);
  await progress.finished;
  const elapsed = performance.now() - startedAt;
  await jobs.stop(1000);
  return elapsed;
}

/** The same, with pg-boss alone: its plain send and a batch handler that does nothing. */
async function runBare(database: DatabaseHandle, count: number): Promise<number> {
  const connection = database.pglite
    ? { db: fromPglite(database.pglite), backend: 'pglite' as const }
    : { connectionString: database.url ?? '', max: 4 };
  const boss = new PgBoss({ ...connection, schema: 'pgboss', useListenNotify: true });
  boss.on('error', () => {});
  await boss.start();
  if (!(await boss.getQueue('bench-bare')))
    await boss.createQueue('bench-bare', {
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: policy.retryBackoff,
      expireInSeconds: policy.expireInSeconds,
      retentionSeconds: policy.retentionSeconds,
      deleteAfterSeconds: policy.deleteAfterSeconds,
      notify: true,
    });
  const progress = countdown(count);
  const startedAt = performance.now();
  for (let index = 0; index < count; index++) await boss.send('bench-bare', { version: 1, index });
  await boss.work(
    'bench-bare',
    {
      batchSize: policy.batchSize,
      pollingIntervalSeconds: 0.5,
      notifyPollingIntervalSeconds: 0.5,
      burstWhenBatchFull: true,
    },
    async (batch) => progress.tick(batch.length),
  );
  await progress.finished;
  const elapsed = performance.now() - startedAt;
  await boss.stop({ graceful: true, timeout: 1000, close: !database.pglite });
  return elapsed;
}

async function openScratchDatabase(kind: DatabaseKind, serverUrl: string | undefined) {
  if (kind === 'pglite') return createDb({ dataDir: 'memory://', migrate: false });
  const name = `cadence_bench_jobs_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString(), dataDir: 'unused', migrate: false });
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

/**
 * Benchmark 6: `count` jobs sent one by one through Cadence's jobs module (zod check on send and
 * on work, per-job results, dead-letter routing) and completed by its worker, against a bare
 * pg-boss send/work loop with the same queue settings, on the same scratch database, turn about.
 */
export async function benchmarkJobThroughput(
  kind: DatabaseKind,
  serverUrl: string | undefined,
  options: { jobs: number; rounds: number },
): Promise<BenchmarkResult> {
  const database = await openScratchDatabase(kind, serverUrl);
  try {
    const cadence: number[] = [];
    const bare: number[] = [];
    // A small untimed round first (both sides), then turn about with the order swapped each round,
    // so that neither side alone pays the first run's warm-up.
    await runBare(database, 100);
    await runCadence(database, 100);
    for (let round = 0; round < options.rounds; round++) {
      if (round % 2 === 0) {
        bare.push(await runBare(database, options.jobs));
        cadence.push(await runCadence(database, options.jobs));
      } else {
        cadence.push(await runCadence(database, options.jobs));
        bare.push(await runBare(database, options.jobs));
      }
    }
    const rate = (milliseconds: number[]) => options.jobs / (Math.min(...milliseconds) / 1000);
    const ratio = rate(cadence) / rate(bare);
    return {
      id: '6',
      name: `${options.jobs.toLocaleString('en')} jobs sent and worked (best of ${options.rounds})`,
      database: kind,
      measured: `${rate(cadence).toFixed(0)} jobs/s`,
      baseline: `bare pg-boss ${rate(bare).toFixed(0)} jobs/s`,
      ratio,
      target: '>= 70 % of bare pg-boss',
      met: ratio >= 0.7,
    };
  } finally {
    await database.close();
  }
}
