import { sql } from 'drizzle-orm';
import pino from 'pino';
import { z } from 'zod';
import { createDb } from '../platform/db.js';
import { createJobs } from '../platform/jobs.js';
import { selectRows } from '../platform/sql-rows.js';

/**
 * A worker process for the crash and concurrency proofs (platform/job-processes.db.test.ts), on
 * the database named by PROOF_DATABASE_URL or the PGlite directory PROOF_DATA_DIR. It enqueues
 * PROOF_JOBS keyed jobs (idempotent: a restart enqueues nothing new), then works them: each try
 * records that it started, sleeps on its first try when asked (to be killed there), and writes
 * its effect once, keyed by the job. Reports on stdout, one line per event.
 */
const catalogue = {
  'proof-effect': {
    payload: z.object({ version: z.literal(1), key: z.string(), sleepOnFirstTryMs: z.number().int() }),
    policy: {
      retryLimit: 3,
      retryDelaySeconds: 0,
      retryBackoff: false,
      expireInSeconds: 120,
      heartbeatSeconds: 10,
      retentionSeconds: 3600,
      deleteAfterSeconds: 3600,
      batchSize: 5,
      localConcurrency: 2,
    },
  },
};

const database = await createDb({
  databaseUrl: process.env.PROOF_DATABASE_URL,
  dataDir: process.env.PROOF_DATA_DIR ?? 'memory://',
  migrate: false,
});
await database.db.execute(
  sql`create table if not exists proof_try (job_id uuid, try int, pid int, started_at timestamptz default clock_timestamp(), ended_at timestamptz)`,
);
await database.db.execute(sql`create table if not exists proof_effect (job_id uuid primary key, pid int)`);
const jobs = createJobs({
  database,
  catalogue,
  logger: pino({ level: 'silent' }),
  runsWorkers: true,
  pollingIntervalSeconds: 0.5,
  superviseIntervalSeconds: 1,
  instanceName: process.env.PROOF_NAME ?? 'proof',
});
await jobs.start();
const count = Number(process.env.PROOF_JOBS ?? '0');
for (let index = 0; index < count; index++)
  await jobs.send(
    'proof-effect',
    { version: 1, key: `job-${index}`, sleepOnFirstTryMs: Number(process.env.PROOF_SLEEP_MS ?? '0') },
    { idempotencyKey: `job-${index}` },
  );
// Workers started together (the concurrency proof, PROOF_PEERS) wait for each other before
// working: a process slow to start on a busy machine must not find the others' work all done.
const peers = Number(process.env.PROOF_PEERS ?? '1');
if (peers > 1) {
  await database.db.execute(sql`insert into proof_ready (pid) values (${process.pid})`);
  for (;;) {
    const [ready] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from proof_ready`,
    );
    if ((ready?.n ?? 0) >= peers) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
await jobs.work([
  {
    queue: 'proof-effect',
    async handle(payload, { jobId, tryNumber }) {
      await database.db.execute(
        sql`insert into proof_try (job_id, try, pid) values (${jobId}, ${tryNumber}, ${process.pid})`,
      );
      console.log(`started ${jobId} ${tryNumber}`);
      const pause = tryNumber === 1 ? payload.sleepOnFirstTryMs : 0;
      await new Promise((resolve) => setTimeout(resolve, pause || 5));
      await database.db.transaction(async (tx) => {
        await tx.execute(
          sql`update proof_try set ended_at = clock_timestamp() where job_id = ${jobId} and try = ${tryNumber}`,
        );
        await tx.execute(sql`insert into proof_effect (job_id, pid) values (${jobId}, ${process.pid})`);
      });
      console.log(`effect ${jobId}`);
    },
  },
]);
console.log('ready');
process.on('SIGTERM', async () => {
  await jobs.stop(5000);
  await database.close();
  process.exit(0);
});
