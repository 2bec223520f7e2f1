import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { addDaysToDate } from '../../src/core/time/epoch-day.js';
import { type AppOptions, buildApp } from '../../src/server/app.js';
import { createCadence, defaultAccessCacheTtlMilliseconds } from '../../src/server/cadence.js';
import { createFixedClock } from '../../src/server/platform/clock.js';
import type { DatabaseHandle } from '../../src/server/platform/db.js';
import type { AgencyPlan } from '../dataset/agency-plan.js';

/** The origin the benchmark clients claim; better-auth checks it on writes. */
export const benchOrigin = 'http://127.0.0.1:3999';
/** Fixed so that sessions made while seeding stay valid for the benchmarks. */
const benchSecret = 'bench-secret-only-for-generated-datasets-0123456789';

/** The dataset's "now": the day after its last tracked day, at noon UTC. */
export function datasetNow(plan: Pick<AgencyPlan, 'options'>): Date {
  return new Date(`${addDaysToDate(plan.options.until, 1)}T12:00:00Z`);
}

/**
 * The real app (same composition root as main.ts) with a pinned clock, silent logs, no web build
 * and no sign-in limit (the generator signs hundreds of people up from one address); its response
 * cache as a process's default unless `options` say otherwise.
 */
export async function buildBenchApp(
  database: DatabaseHandle,
  now: Date,
  options: Pick<AppOptions, 'responseCache'> = {},
): Promise<FastifyInstance> {
  const logger = pino({ level: 'silent' });
  const cadence = createCadence({
    database,
    logger,
    clock: createFixedClock(now),
    mailer: { isConfigured: false, send: async () => {} },
    secret: benchSecret,
    settings: {
      baseUrl: benchOrigin,
      trustedOrigins: [benchOrigin],
      loginAttemptsPerMinute: 1_000_000,
      accessCacheTtlMilliseconds: defaultAccessCacheTtlMilliseconds,
      timeZone: 'Europe/Paris',
    },
  });
  const app = await buildApp(cadence, { webRoot: '/nonexistent', ...options });
  app.addHook('onClose', () => cadence.stop(1000));
  await app.ready();
  return app;
}
