import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../testing/test-database.js';
import type { DatabaseHandle } from './db.js';
import { createJobs, type Jobs, type QueuePolicy } from './jobs.js';

/**
 * PGlite answers on this thread without any I/O: a job that only awaits the database runs entirely
 * in microtasks, and a queue of such jobs (pg-boss fetches again at once while batches come back
 * full) kept timers, sockets and heartbeats waiting until it was empty (session 8's chaos hang).
 */
const policy: QueuePolicy = {
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60,
  heartbeatSeconds: 10,
  retentionSeconds: 3600,
  deleteAfterSeconds: 3600,
  batchSize: 10,
  localConcurrency: 1,
};
const catalogue = {
  'test-database-only': { payload: z.object({ version: z.literal(1), index: z.number() }), policy },
  'test-scheduled-a': { payload: z.object({ version: z.literal(1) }), policy },
  'test-scheduled-b': { payload: z.object({ version: z.literal(1) }), policy },
  'test-scheduled-c': { payload: z.object({ version: z.literal(1) }), policy },
};
const jobCount = 150;
const statementsPerJob = 15;

let database: DatabaseHandle;
let jobs: Jobs<typeof catalogue>;
let handled = 0;
let firstJobAt: number | null = null;
let allHandled: () => void = () => {};

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table job_counter (id int primary key, runs int not null)`);
  await database.db.execute(sql`insert into job_counter values (1, 0)`);
  jobs = createJobs({
    database,
    catalogue,
    logger: pino({ level: 'silent' }),
    runsWorkers: true,
    pollingIntervalSeconds: 0.5,
  });
  await jobs.work([
    {
      queue: 'test-database-only',
      async handle() {
        firstJobAt ??= performance.now();
        for (let statement = 0; statement < statementsPerJob; statement += 1)
          await database.db.execute(sql`update job_counter set runs = runs + 1 where id = 1`);
        handled += 1;
        if (handled === jobCount) allHandled();
      },
    },
  ]);
}, 120_000);
afterAll(async () => {
  await jobs.stop(1000);
  await database.close();
});

it('lets timers run between jobs that only use the database', async () => {
  const finished = new Promise<void>((resolve) => {
    allHandled = resolve;
  });
  const ticks: number[] = [];
  const timer = setInterval(() => ticks.push(performance.now()), 5);
  try {
    await jobs.sendMany(
      'test-database-only',
      Array.from({ length: jobCount }, (_, index) => ({ payload: { version: 1 as const, index } })),
    );
    await finished;
  } finally {
    clearInterval(timer);
  }
  const endedAt = performance.now();
  const startedAt = firstJobAt ?? endedAt;
  const moments = [startedAt, ...ticks.filter((tick) => tick > startedAt && tick < endedAt), endedAt];
  const longestWait = Math.max(...moments.slice(1).map((moment, index) => moment - (moments[index] ?? 0)));
  const runMilliseconds = endedAt - startedAt;
  // One job (15 statements) is ~1/150 of the run; before the worker yielded between jobs a timer
  // waited for the whole run (measured: the longest wait was the run itself).
  expect(runMilliseconds).toBeGreaterThan(0);
  expect(
    longestWait,
    `longest wait ${longestWait.toFixed(0)} ms in a run of ${runMilliseconds.toFixed(0)} ms`,
  ).toBeLessThan(runMilliseconds / 10);
});

it('lets timers run while a worker starts its queues and their schedules', async () => {
  const scheduled = (['test-scheduled-a', 'test-scheduled-b', 'test-scheduled-c'] as const).map((queue) => ({
    queue,
    handle: async () => {},
    schedule: { cron: '30 7 * * *', timeZone: 'Europe/Paris' },
  }));
  let startedQueues = false;
  // A request arriving while a process starts its worker: before the worker yielded between its
  // queues, it waited until every queue and schedule was in place (~0.3 s on the server's start).
  const timerRanWhileStarting = new Promise<boolean>((resolve) => {
    setTimeout(() => resolve(!startedQueues), 0);
  });
  await jobs.work(scheduled);
  startedQueues = true;
  expect(await timerRanWhileStarting).toBe(true);
});
