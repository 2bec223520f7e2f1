import { sql } from 'drizzle-orm';
import pino from 'pino';
import { createCadence } from '../../../cadence.js';
import { systemClock } from '../../../platform/clock.js';
import { createDb } from '../../../platform/db.js';
import { startWorker } from '../../../worker.js';
import { traceDatabase } from './chaos-trace.js';
import { localFetch } from './publishing-test-world.js';

/**
 * A Cadence worker process for the publishing chaos proof (publishing-chaos.db.test.ts), on the
 * database named by CHAOS_DATABASE_URL or the PGlite directory CHAOS_DATA_DIR. It is killed with
 * SIGKILL at random moments; everything it must not lose is in the database.
 */
const database = await createDb({
  databaseUrl: process.env.CHAOS_DATABASE_URL,
  dataDir: process.env.CHAOS_DATA_DIR ?? 'memory://',
  migrate: false,
});
const trace = process.env.CHAOS_TRACE
  ? traceDatabase(database, (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`))
  : null;
const cadence = createCadence({
  database,
  clock: systemClock,
  mailer: { isConfigured: false, send: async () => {} },
  secret: process.env.CHAOS_SECRET ?? '',
  settings: {
    baseUrl: 'http://localhost:3000',
    trustedOrigins: ['http://localhost:3000'],
    loginAttemptsPerMinute: 5,
    accessCacheTtlMilliseconds: 10_000,
    timeZone: 'Europe/Paris',
  },
  logger: pino({ level: 'silent' }),
  jobPollingIntervalSeconds: 0.5,
  // Calls to the test's peers are cut after 2 s (CHAOS_TIMEOUT_MS): with 1,000 posts on a loaded
  // machine the peers, in the test's own process, answer slower than that and every try times out.
  fetch: localFetch(Number(process.env.CHAOS_TIMEOUT_MS ?? '2000')),
  publishingTuning: {
    retryPolicy: { baseDelaySeconds: 1, maxDelaySeconds: 8, maxAttempts: 12 },
    leaseSeconds: 15,
    sweepGraceSeconds: 15,
  },
});
await cadence.platform.jobs.start();
await startWorker(cadence);
console.log('ready');
// The test cannot open an embedded database this process holds: the worker reports the counts.
setInterval(async () => {
  const result = await database.db.execute(
    sql`select status, count(*)::int as count from publications group by status`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    status: string;
    count: number;
  }[];
  trace?.countsAnswered();
  console.log(`counts ${JSON.stringify(Object.fromEntries(rows.map((row) => [row.status, row.count])))}`);
}, 2_000).unref();
process.on('SIGTERM', async () => {
  await cadence.stop(5000);
  await database.close();
  process.exit(0);
});
