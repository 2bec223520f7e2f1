import { buildApp, version } from './app.js';
import { cadenceSettingsFrom, createCadence } from './cadence.js';
import { systemClock } from './platform/clock.js';
import { type Config, loadConfig } from './platform/config.js';
import { createDb, DataDirLockedError } from './platform/db.js';
import { createLogger } from './platform/logger.js';
import { createMailer } from './platform/mail.js';
import { defaultResponseCacheLimits } from './platform/response-cache.js';
import { startWorker } from './worker.js';

export type Role = Config['role'];

/** Running jobs get this long to finish at SIGTERM; those still running are handed back. */
const stopGraceMilliseconds = 20_000;

/**
 * Runs one Cadence process: settings, database (migrated), the container, then the HTTP server
 * (role web), the job worker (role worker) or both (all, the default and the only choice on the
 * embedded database). Stops cleanly on SIGTERM/SIGINT. `onStarted` runs once it listens and its
 * worker (if any) has started.
 */
export async function runCadence(roleOverride?: Role, onStarted: () => void = () => {}): Promise<void> {
  const { config, notices } = loadConfig();
  const role = roleOverride ?? config.role;
  const logger = createLogger(config.logLevel);
  for (const notice of notices) logger[notice.level](notice.message);
  if (role !== 'all' && !config.databaseUrl) {
    logger.fatal(
      `CADENCE_ROLE=${role} needs PostgreSQL (DATABASE_URL): the embedded database serves one process, which runs web and worker together.`,
    );
    process.exit(1);
  }

  let database: Awaited<ReturnType<typeof createDb>>;
  try {
    database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  logger.info(
    database.kind === 'pglite'
      ? `Embedded database (PGlite) in ${config.dataDir}`
      : 'PostgreSQL database (DATABASE_URL)',
  );

  const runsWorker = role !== 'web';
  const cadence = createCadence({
    database,
    logger,
    clock: systemClock,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger }),
    secret: config.secret,
    settings: cadenceSettingsFrom(config),
    runsWorkers: runsWorker,
  });
  let stopping = false;
  // The job queue (pg-boss's schema and the queues) is ready before anything is served: a job sent
  // inside a request's transaction could not start it on PGlite's one connection. It starts while
  // the HTTP side is built (plugins, routes: no job sent), whose work fills the queue's waits on
  // files and timers. The worker's loops and schedules start once the server listens.
  const [, app] = await Promise.all([
    cadence.platform.jobs.start(),
    role === 'worker'
      ? null
      : buildApp(cadence, {
          ...(config.trustedProxies === undefined ? {} : { trustProxy: config.trustedProxies }),
          responseCache:
            config.responseCacheBytes > 0
              ? { ...defaultResponseCacheLimits, maxBytes: config.responseCacheBytes }
              : false,
        }),
  ]);
  if (app) await app.listen({ port: config.port, host: config.host });
  // better-auth is loaded on first use (a start and /api/health do without it); once the process
  // has started it is loaded in the background, so the first person to sign in does not wait.
  const started = () => {
    onStarted();
    if (app) cadence.modules.auth.services.loadAuth().catch(() => undefined);
  };
  if (runsWorker) {
    const working = startWorker(cadence);
    if (app)
      working.then(started, (error: unknown) => {
        // As when it started before listening: a worker that cannot start ends the process.
        if (stopping) return;
        logger.fatal({ err: error }, 'The job worker could not start');
        process.exit(1);
      });
    else await working;
  }
  if (!runsWorker || !app) started();
  if (app)
    logger.info(
      `Cadence ${version} is ready at ${config.baseUrl}${runsWorker ? ' (with its job worker)' : ''}`,
    );
  else logger.info(`Cadence ${version} job worker is running`);

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    // New requests and new jobs stop at once; running ones get their time.
    await Promise.all([app?.close(), cadence.stop(stopGraceMilliseconds)]);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
