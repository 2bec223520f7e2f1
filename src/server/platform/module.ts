import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { BackupSettings } from './config.js';
import type { DatabaseHandle, RunInTransaction } from './db.js';
import type { CadenceJobs, CadenceQueues } from './job-queues.js';
import type { JobHandler } from './jobs.js';
import type { Mailer } from './mail.js';

/** The settings a module may read; the process's others (port, data directory) stay in main. */
export type CadenceSettings = {
  /** Where people reach Cadence: invitation links, calendar feeds. */
  baseUrl: string;
  trustedOrigins: string[];
  /** Sign-in attempts allowed per address and per minute. */
  loginAttemptsPerMinute: number;
  /** How long a process trusts what it remembered of a session, a role or a workspace's zone. */
  accessCacheTtlMilliseconds: number;
  /** The instance's IANA zone: when its nightly upkeep runs. */
  timeZone: string;
  /** Where and when the embedded database is backed up; absent in tests that do not back up. */
  backups?: BackupSettings;
  /** When the look for coming silences runs (cron in `timeZone`). */
  regularityCheckCron?: string;
};

/** What every module is built from: the same in the web process, the worker and the tests. */
export type Platform = {
  database: DatabaseHandle;
  runInTransaction: RunInTransaction;
  clock: Clock;
  mailer: Mailer;
  /** Background work: send here (inside the caller's transaction when there is one). */
  jobs: CadenceJobs;
  /** CADENCE_SECRET: signs sessions, seals stored tokens. */
  secret: string;
  settings: CadenceSettings;
  logger: Logger;
};

/**
 * One feature as the container sees it: its services (for other modules and tests), how it
 * answers HTTP (called by buildApp only) and which jobs it runs (registered by startWorker only).
 * Every module is built by one `create<Feature>Module(platform, needs)` function.
 */
export type CadenceModule<Services> = {
  services: Services;
  registerRoutes?: (app: FastifyInstance) => PromiseLike<unknown>;
  jobHandlers?: JobHandler<CadenceQueues>[];
  /** Runs once in each worker process after its queues are worked (catching up after a stop). */
  onWorkerStarted?: () => Promise<void>;
};
