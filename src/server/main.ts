import { buildApp, version } from './app.js';
import { cadenceSettingsFrom, createCadence } from './cadence.js';
import { systemClock } from './platform/clock.js';
import { loadConfig } from './platform/config.js';
import { createDb, DataDirLockedError } from './platform/db.js';
import { startEmbeddedMaintenance, vacuumAnalyze } from './platform/embedded-maintenance.js';
import { createLogger } from './platform/logger.js';
import { createMailer } from './platform/mail.js';

/** Starts Cadence: settings, database (migrated), HTTP server; stops cleanly on a signal. */
async function main() {
  const { config, notices } = loadConfig();
  const logger = createLogger(config.logLevel);
  for (const notice of notices) logger[notice.level](notice.message);

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

  const cadence = createCadence({
    database,
    logger,
    clock: systemClock,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger }),
    secret: config.secret,
    settings: cadenceSettingsFrom(config),
  });
  const app = await buildApp(cadence, {
    ...(config.trustedProxies === undefined ? {} : { trustProxy: config.trustedProxies }),
  });
  const { pglite } = database;
  const maintenance = pglite ? startEmbeddedMaintenance({ run: () => vacuumAnalyze(pglite), logger }) : null;
  if (maintenance)
    app.server.on('request', (request: { url?: string }) => {
      // Health probes come every few seconds and say nothing about people using Cadence.
      if (!request.url?.startsWith('/api/health')) maintenance.noteActivity();
    });
  await app.listen({ port: config.port, host: config.host });
  logger.info(`Cadence ${version} is ready at ${config.baseUrl}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    maintenance?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
