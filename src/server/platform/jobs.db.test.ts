import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import type { DatabaseHandle } from './db.js';
import { createJobs, deadLetterQueue, idFromKey, type Jobs, type QueuePolicy } from './jobs.js';

const quickPolicy: QueuePolicy = {
  retryLimit: 1,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60,
  heartbeatSeconds: 10,
  retentionSeconds: 3600,
  deleteAfterSeconds: 3600,
  batchSize: 5,
  localConcurrency: 1,
};
const catalogue = {
  'test-effect': { payload: z.object({ version: z.literal(1), note: z.string() }), policy: quickPolicy },
  'test-failing': { payload: z.object({ version: z.literal(1) }), policy: quickPolicy },
};

let database: DatabaseHandle;
let jobs: Jobs<typeof catalogue>;
const rows = async <T>(query: ReturnType<typeof sql>) => {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};
const effects = () => rows<{ note: string }>(sql`select note from job_effect order by note`);
const jobCount = async (queue: string) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${queue}`))[0]?.n;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table job_effect (job_id uuid primary key, note text not null)`);
  jobs = createJobs({
    database,
    catalogue,
    logger: pino({ level: 'silent' }),
    runsWorkers: true,
    pollingIntervalSeconds: 0.5,
  });
  await jobs.work([
    {
      queue: 'test-effect',
      async handle(payload, { jobId }) {
        await database.db.execute(
          sql`insert into job_effect (job_id, note) values (${jobId}, ${payload.note}) on conflict do nothing`,
        );
      },
    },
    {
      queue: 'test-failing',
      async handle() {
        throw new Error('the network said no');
      },
    },
  ]);
}, 120_000);
afterAll(async () => {
  await jobs.stop(1000);
  await database.close();
});

describe('jobs on pg-boss', () => {
  it('runs a handler through the real queue', async () => {
    await jobs.send('test-effect', { version: 1, note: 'plain' });
    await waitFor(async () => (await effects()).some((row) => row.note === 'plain'));
  });

  it('enqueues with the caller transaction: a rollback leaves no job, a commit runs it', async () => {
    const before = await jobCount('test-effect');
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.send('test-effect', { version: 1, note: 'rolled back' }, { tx });
        throw new Error('something after the send failed');
      }),
    ).rejects.toThrow('something after the send failed');
    expect(await jobCount('test-effect')).toBe(before);

    await database.db.transaction(async (tx) => {
      await jobs.send('test-effect', { version: 1, note: 'committed' }, { tx });
    });
    await waitFor(async () => (await effects()).some((row) => row.note === 'committed'));
    expect((await effects()).map((row) => row.note)).not.toContain('rolled back');
  });

  it('makes a keyed send idempotent: the second one is a no-op', async () => {
    const first = await jobs.send('test-effect', { version: 1, note: 'keyed' }, { idempotencyKey: 'k-1' });
    const second = await jobs.send(
      'test-effect',
      { version: 1, note: 'keyed twice' },
      { idempotencyKey: 'k-1' },
    );
    expect(first).toBe(idFromKey('test-effect', 'k-1'));
    expect(second).toBeNull();
    await waitFor(async () => (await effects()).some((row) => row.note === 'keyed'));
    expect((await effects()).map((row) => row.note)).not.toContain('keyed twice');
  });

  it('refuses a payload that does not match its queue schema', async () => {
    await expect(jobs.send('test-effect', { version: 2, note: 'x' } as never)).rejects.toThrow();
  });

  it('moves a job that used all its tries to the dead letters, with its error, and can run it again', async () => {
    const id = await jobs.send('test-failing', { version: 1 });
    const deadLetter = await waitFor(async () => {
      const found = await jobs.boss.findJobs(deadLetterQueue, { queued: true });
      return found.find((job) => job.sourceId === id);
    });
    expect(deadLetter.sourceName).toBe('test-failing');
    expect(deadLetter.sourceRetryCount).toBe(1);
    expect(JSON.stringify(deadLetter.sourceOutput)).toContain('the network said no');
    expect(await jobs.boss.redrive(deadLetterQueue, { ids: [deadLetter.id] })).toBe(1);
    await waitFor(async () => (await jobCount('test-failing')) === 2);
  });

  it('brings an existing queue to the policy in the code at start, and rewrites none that match', async () => {
    const startWith = async (policy: QueuePolicy) => {
      const another = createJobs({
        database,
        catalogue: { ...catalogue, 'test-policy': { payload: z.object({ version: z.literal(1) }), policy } },
        logger: pino({ level: 'silent' }),
        runsWorkers: false,
      });
      await another.start();
      await another.stop(0);
    };
    const stored = async () =>
      new Map(
        (await jobs.boss.getQueues(['test-effect', 'test-policy'])).map((queue) => [queue.name, queue]),
      );
    await startWith(quickPolicy);
    const before = await stored();
    expect(before.get('test-policy')?.retryLimit).toBe(1);
    await startWith({ ...quickPolicy, retryLimit: 4, retentionSeconds: 7200 });
    const after = await stored();
    expect(after.get('test-policy')).toMatchObject({ retryLimit: 4, retentionSeconds: 7200 });
    expect(after.get('test-effect')?.updatedOn).toEqual(before.get('test-effect')?.updatedOn);
  });
});
