import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'pino';

const minute = 60_000;
const hour = 60 * minute;

export type MaintenanceTiming = {
  /** Run once this long has passed since the last run, as soon as nobody has asked anything for `idle`… */
  every: number;
  idle: number;
  /** …and in any case once this long has passed, busy or not. */
  atLatest: number;
};

/**
 * PGlite runs PostgreSQL in single-user mode: no autovacuum. Without it the rows left behind by
 * every stopped timer, edit, undone import or deleted workspace are never reclaimed, and the
 * planner never gets statistics. Once a day, when Cadence is idle (a few seconds of work on a
 * million entries, blocking the one connection), `VACUUM (ANALYZE)` does what autovacuum does on
 * a server. A forced run after two days covers an instance that is never idle (an open time page
 * polls every minute).
 */
export const defaultMaintenanceTiming: MaintenanceTiming = {
  every: 24 * hour,
  idle: 5 * minute,
  atLatest: 48 * hour,
};

export function isMaintenanceDue(
  at: number,
  lastRunAt: number,
  lastActivityAt: number,
  timing: MaintenanceTiming,
): boolean {
  const sinceRun = at - lastRunAt;
  return sinceRun >= timing.atLatest || (sinceRun >= timing.every && at - lastActivityAt >= timing.idle);
}

/** What autovacuum would do: reclaim dead rows and refresh the planner's statistics. */
export async function vacuumAnalyze(pglite: Pick<PGlite, 'exec'>): Promise<void> {
  await pglite.exec('vacuum (analyze)');
}

export type EmbeddedMaintenance = {
  /** Called on each request that a person (not a health probe) makes. */
  noteActivity: () => void;
  /** Runs the maintenance if it is due; the timer calls it every minute. */
  tick: () => Promise<void>;
  stop: () => void;
};

export function startEmbeddedMaintenance(options: {
  run: () => Promise<void>;
  logger: Pick<Logger, 'info' | 'warn'>;
  timing?: MaintenanceTiming;
  now?: () => number;
  checkEvery?: number;
}): EmbeddedMaintenance {
  const { run, logger, timing = defaultMaintenanceTiming, now = Date.now, checkEvery = minute } = options;
  const startedAt = now();
  let lastActivityAt = startedAt;
  // A new process counts as maintained a day ago: its first quiet moment runs it.
  let lastRunAt = startedAt - timing.every;
  let running = false;

  async function tick() {
    if (running || !isMaintenanceDue(now(), lastRunAt, lastActivityAt, timing)) return;
    running = true;
    const began = now();
    try {
      await run();
      logger.info(`Embedded database maintenance (vacuum, analyze) done in ${now() - began} ms`);
    } catch (error) {
      logger.warn({ err: error }, 'Embedded database maintenance failed; it will be tried again tomorrow');
    } finally {
      lastRunAt = now();
      running = false;
    }
  }

  const timer = setInterval(() => void tick(), checkEvery);
  timer.unref();
  return {
    noteActivity() {
      lastActivityAt = now();
    },
    tick,
    stop() {
      clearInterval(timer);
    },
  };
}
