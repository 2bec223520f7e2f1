import { createHash } from 'node:crypto';
import { setImmediate as nextTurnOfTheEventLoop } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import {
  type ConstructorOptions,
  type Job,
  type JobResult,
  PgBoss,
  type Queue,
  type QueueResult,
} from 'pg-boss';
import { type DrizzleTransactionLike, fromDrizzle, fromPglite } from 'pg-boss/dist/adapters/index.js';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { DatabaseHandle, Queryable } from './db.js';

/**
 * How a queue treats its jobs, chosen per queue (platform/job-queues.ts writes each one down).
 * Seconds throughout, as pg-boss counts them.
 */
export type QueuePolicy = {
  /** Tries after the first one fails. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Doubles the delay at each try (with jitter), up to `retryDelayMaxSeconds`. */
  retryBackoff: boolean;
  retryDelayMaxSeconds?: number;
  /** A try running longer is failed (and retried). */
  expireInSeconds: number;
  /**
   * A running job whose worker stops beating this long is failed and retried: a killed process
   * hands its jobs back in this time, not after `expireInSeconds`. At least 10.
   */
  heartbeatSeconds: number;
  /** How long a job may wait in the queue before it is given up. */
  retentionSeconds: number;
  /** How long a finished (completed or failed) job is kept for inspection. */
  deleteAfterSeconds: number;
  /** Jobs fetched at once by a worker, and how many fetch loops a worker runs. */
  batchSize: number;
  localConcurrency: number;
};

/** What pg-boss stores of a queue's settings (its counts left aside). */
type QueueOptions = Omit<Queue, 'name'>;

export type QueueDefinition<Payload = unknown> = { payload: z.ZodType<Payload>; policy: QueuePolicy };
export type QueueCatalogue = Record<string, QueueDefinition>;
type PayloadOf<C extends QueueCatalogue, Q extends keyof C> =
  C[Q] extends QueueDefinition<infer P> ? P : never;

/** A recurring job: a cron expression read in an IANA time zone (DST included). */
export type JobSchedule = { cron: string; timeZone: string };

/** How one queue's jobs are done; a handler per queue, typed by the queue's payload. */
export type JobHandler<C extends QueueCatalogue = QueueCatalogue> = {
  [Q in keyof C & string]: {
    queue: Q;
    /** Throwing fails this try; the queue's policy decides whether and when it is tried again. */
    handle: (
      payload: PayloadOf<C, Q>,
      context: { jobId: string; tryNumber: number; signal: AbortSignal },
    ) => Promise<void>;
    /**
     * When given, the fetched batch is handed over at once (set-based work: one claim statement
     * for all of them) instead of one `handle` call per job; each job's settled result is its own
     * (a rejected one fails that job only). `handle` still serves single sends and tests.
     */
    handleBatch?: (payloads: PayloadOf<C, Q>[]) => Promise<PromiseSettledResult<void>[]>;
    schedule?: JobSchedule;
  };
}[keyof C & string];

export type SendOptions = {
  /** The caller's open transaction: the job exists if and only if the transaction commits. */
  tx?: Queryable;
  /**
   * Makes the enqueue idempotent: the job's id is derived from the queue and this key, so a second
   * send with the same key is a no-op (returns null) while the first job is kept.
   */
  idempotencyKey?: string;
  startAfter?: Date;
};

/** The queue every job lands in once it has used all its tries; nothing works it. */
export const deadLetterQueue = 'dead-letter';

const deadLetterPolicy = {
  retentionSeconds: 30 * 24 * 3600,
  deleteAfterSeconds: 30 * 24 * 3600,
};

export type JobsOptions<C extends QueueCatalogue> = {
  database: DatabaseHandle;
  catalogue: C;
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  /** Maintenance and schedules run in worker processes; a web-only process only sends. */
  runsWorkers: boolean;
  /** How often an idle worker looks for jobs; sends wake it at once through LISTEN/NOTIFY. */
  pollingIntervalSeconds?: number;
  /** How often expired jobs and silent workers are looked for, and queue counts refreshed. */
  superviseIntervalSeconds?: number;
  instanceName?: string;
};

/**
 * Cadence's jobs on pg-boss, on the embedded database (pg-boss's PGlite backend, same connection
 * as the app) or on PostgreSQL (its own small pool): one code path. Payloads are checked against
 * their queue's zod schema when sent and again when worked (a job may outlive a release).
 */
export function createJobs<C extends QueueCatalogue>(options: JobsOptions<C>) {
  const { database, catalogue, logger } = options;
  const supervise = options.superviseIntervalSeconds ?? 10;
  const common: ConstructorOptions = {
    schema: 'pgboss',
    supervise: options.runsWorkers,
    schedule: options.runsWorkers,
    superviseIntervalSeconds: supervise,
    monitorIntervalSeconds: supervise,
    useListenNotify: true,
    ...(options.instanceName ? { instanceName: options.instanceName } : {}),
  };
  const boss = database.pglite
    ? new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' })
    : new PgBoss({
        ...common,
        connectionString: requireUrl(database),
        max: 4,
        application_name: 'cadence-jobs',
      });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));

  let starting: Promise<void> | null = null;
  let stopped = false;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;

  async function startOnce() {
    await boss.start();
    const wanted: [string, QueueOptions][] = [[deadLetterQueue, deadLetterPolicy]];
    for (const [name, { policy }] of Object.entries(catalogue))
      wanted.push([
        name,
        {
          retryLimit: policy.retryLimit,
          retryDelay: policy.retryDelaySeconds,
          retryBackoff: policy.retryBackoff,
          ...(policy.retryDelayMaxSeconds ? { retryDelayMax: policy.retryDelayMaxSeconds } : {}),
          expireInSeconds: policy.expireInSeconds,
          heartbeatSeconds: policy.heartbeatSeconds,
          retentionSeconds: policy.retentionSeconds,
          deleteAfterSeconds: policy.deleteAfterSeconds,
          deadLetter: deadLetterQueue,
          notify: true,
        },
      ]);
    // One read for all the queues, and a write only where the code's policy changed: a start
    // used to read and rewrite each of the twenty queues (~40 statements on the start's path).
    const existing = new Map(
      (await boss.getQueues(wanted.map(([name]) => name))).map((queue) => [queue.name, queue]),
    );
    for (const [name, queue] of wanted) await ensureQueue(name, queue, existing.get(name));
  }

  /** Creates the queue, or brings an existing one to the policy written in the code. */
  async function ensureQueue(name: string, queue: QueueOptions, stored: QueueResult | undefined) {
    if (!stored) return boss.createQueue(name, queue);
    const { deadLetter: _fixedAtCreation, heartbeatSeconds, ...updatable } = queue;
    const update = { ...updatable, ...(heartbeatSeconds ? { heartbeatSeconds } : {}) };
    const storedValues: Record<string, unknown> = { ...stored };
    if (Object.entries(update).some(([key, value]) => storedValues[key] !== value))
      await boss.updateQueue(name, update);
  }

  const jobs = {
    boss,
    catalogue,
    /** Installs or migrates pg-boss's schema and the queues; idempotent, concurrent calls share one start. */
    start(): Promise<void> {
      if (stopped) return Promise.reject(new Error('The job queue is stopped'));
      starting ??= startOnce().catch((error) => {
        starting = null;
        throw error;
      });
      return starting;
    },

    async send<Q extends keyof C & string>(
      queue: Q,
      payload: PayloadOf<C, Q>,
      sendOptions: SendOptions = {},
    ): Promise<string | null> {
      const definition = catalogue[queue];
      if (!definition) throw new Error(`Unknown job queue ${queue}`);
      const data = definition.payload.parse(payload) as object;
      await jobs.start();
      return boss.send(queue, data, {
        // Drizzle's execute answers rows on both drivers; its generic type says `unknown`.
        ...(sendOptions.tx ? { db: fromDrizzle(sendOptions.tx as DrizzleTransactionLike, sql) } : {}),
        ...(sendOptions.idempotencyKey ? { id: idFromKey(queue, sendOptions.idempotencyKey) } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      });
    },

    /**
     * Sends several jobs of one queue in one statement (pg-boss `insert`), inside `tx` when given.
     * Each item's `idempotencyKey` derives its job id as `send` does: a job already there is kept.
     */
    async sendMany<Q extends keyof C & string>(
      queue: Q,
      items: readonly { payload: PayloadOf<C, Q>; idempotencyKey?: string; startAfter?: Date }[],
      sendOptions: { tx?: Queryable } = {},
    ): Promise<void> {
      if (items.length === 0) return;
      const definition = catalogue[queue];
      if (!definition) throw new Error(`Unknown job queue ${queue}`);
      const inserts = items.map((item) => ({
        data: definition.payload.parse(item.payload) as object,
        ...(item.idempotencyKey ? { id: idFromKey(queue, item.idempotencyKey) } : {}),
        ...(item.startAfter ? { startAfter: item.startAfter } : {}),
      }));
      await jobs.start();
      await boss.insert(
        queue,
        inserts,
        sendOptions.tx ? { db: fromDrizzle(sendOptions.tx as DrizzleTransactionLike, sql) } : {},
      );
    },

    /**
     * Which of these jobs of `queue` are still to run or running (created, retrying, active): a
     * sweeper uses it to find work whose job was lost. Read from pg-boss's job table.
     */
    async findLiveJobIds(queue: keyof C & string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      await jobs.start();
      const idList = sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const result = (await database.db.execute(
        sql`select id::text as id from pgboss.job where name = ${queue} and id in (${idList}) and state in ('created', 'retry', 'active')`,
      )) as unknown as { rows: { id: string }[] } | { id: string }[];
      const rows = Array.isArray(result) ? result : result.rows;
      return new Set(rows.map((row) => row.id));
    },

    /**
     * Starts working the given queues in this process (and arms their schedules). Each queue on
     * its own turn of the event loop: on PGlite the statements answer without I/O, so a start that
     * never yielded held every request that arrived meanwhile (a process's first answers waited
     * ~0.3 s for the twenty queues and their schedules).
     */
    async work(handlers: readonly JobHandler<C>[]): Promise<void> {
      await jobs.start();
      for (const handler of handlers) {
        await nextTurnOfTheEventLoop();
        const definition = catalogue[handler.queue];
        if (!definition) throw new Error(`Unknown job queue ${handler.queue}`);
        const { batchSize, localConcurrency } = definition.policy;
        await boss.work(
          handler.queue,
          {
            batchSize,
            localConcurrency,
            pollingIntervalSeconds,
            // With LISTEN/NOTIFY pg-boss would otherwise poll only every 30 s, and a retry whose
            // delay has passed sends no notification.
            notifyPollingIntervalSeconds: pollingIntervalSeconds,
            burstWhenBatchFull: true,
            perJobResults: true,
          },
          async (batch: Job<unknown>[]) => {
            if (handler.handleBatch) {
              await nextTurnOfTheEventLoop();
              return runBatch(handler, definition, batch);
            }
            return Promise.all(await startOneAfterAnother(batch, (job) => runOne(handler, definition, job)));
          },
        );
        if (handler.schedule)
          await boss.schedule(
            handler.queue,
            handler.schedule.cron,
            { version: 1 },
            {
              tz: handler.schedule.timeZone,
              // A process down at the scheduled minute runs the missed job once when it comes back.
              missed: 'once',
            },
          );
      }
    },

    /**
     * Stops taking jobs, lets running ones finish within `graceMilliseconds` (those still running
     * then are handed back by their heartbeat), and releases pg-boss's connections.
     */
    async stop(graceMilliseconds = 10_000): Promise<void> {
      if (stopped) return;
      stopped = true;
      if (!starting) return;
      await starting.catch(() => {});
      await boss.stop({ graceful: true, timeout: graceMilliseconds, close: true });
    },
  };

  async function runOne(
    handler: JobHandler<C>,
    definition: QueueDefinition,
    job: Job<unknown>,
  ): Promise<JobResult> {
    const parsed = definition.payload.safeParse(job.data);
    if (!parsed.success) {
      // No try can succeed: straight to the dead letters, with the reason.
      logger.error({ queue: job.name, jobId: job.id }, 'job payload does not match its queue schema');
      return {
        id: job.id,
        status: 'deadletter',
        output: { message: `Invalid payload: ${parsed.error.message}` },
      };
    }
    try {
      await handler.handle(parsed.data as never, {
        jobId: job.id,
        tryNumber: job.retryCount + 1,
        signal: job.signal,
      });
      return { id: job.id, status: 'completed' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ queue: job.name, jobId: job.id, try: job.retryCount + 1, err: error }, 'job failed');
      return { id: job.id, status: 'failed', output: { message } };
    }
  }

  /** A batch handed to `handleBatch`: unreadable payloads go to the dead letters, each job settles alone. */
  async function runBatch(
    handler: JobHandler<C>,
    definition: QueueDefinition,
    batch: Job<unknown>[],
  ): Promise<JobResult[]> {
    const results: JobResult[] = [];
    const readable: { job: Job<unknown>; payload: unknown }[] = [];
    for (const job of batch) {
      const parsed = definition.payload.safeParse(job.data);
      if (parsed.success) readable.push({ job, payload: parsed.data });
      else {
        logger.error({ queue: job.name, jobId: job.id }, 'job payload does not match its queue schema');
        results.push({
          id: job.id,
          status: 'deadletter',
          output: { message: `Invalid payload: ${parsed.error.message}` },
        });
      }
    }
    if (readable.length === 0 || !handler.handleBatch) return results;
    let settled: PromiseSettledResult<void>[];
    try {
      settled = await handler.handleBatch(readable.map((item) => item.payload) as never[]);
    } catch (error) {
      settled = readable.map(() => ({ status: 'rejected', reason: error }));
    }
    for (const [index, { job }] of readable.entries()) {
      const outcome = settled[index];
      if (outcome?.status === 'fulfilled') {
        results.push({ id: job.id, status: 'completed' });
        continue;
      }
      const error: unknown = outcome ? outcome.reason : new Error('no result for this job');
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ queue: job.name, jobId: job.id, try: job.retryCount + 1, err: error }, 'job failed');
      results.push({ id: job.id, status: 'failed', output: { message } });
    }
    return results;
  }

  return jobs;
}

export type Jobs<C extends QueueCatalogue = QueueCatalogue> = ReturnType<typeof createJobs<C>>;

/**
 * Starts each job of a batch on its own turn of the event loop, so that timers, sockets and
 * pg-boss's heartbeats run between jobs. PGlite answers on this thread without any I/O: a job that
 * only awaits the database runs wholly in microtasks, and a queue of such jobs (pg-boss fetches
 * again at once while batches come back full) used to hold every timer until it was empty
 * (session 8's chaos hang, minutes). Started this way, a database-only job finishes within its
 * turn before the next one starts, while jobs that wait on the network still overlap.
 */
async function startOneAfterAnother<Item, Result>(
  items: readonly Item[],
  start: (item: Item) => Promise<Result>,
): Promise<Promise<Result>[]> {
  const running: Promise<Result>[] = [];
  for (const item of items) {
    await nextTurnOfTheEventLoop();
    running.push(start(item));
  }
  return running;
}

/** A UUID derived from the queue and a key, so the same logical job always gets the same id. */
export function idFromKey(queue: string, key: string): string {
  const hex = createHash('sha256').update(`${queue}\u0000${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function requireUrl(database: DatabaseHandle): string {
  if (!database.url) throw new Error('A PostgreSQL database handle must carry its URL for the job queue');
  return database.url;
}
