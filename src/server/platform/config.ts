import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CADENCE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  CADENCE_SECRET: z.string().min(32, 'CADENCE_SECRET must be at least 32 characters').optional(),
  CADENCE_BASE_URL: z.string().url().optional(),
  CADENCE_TRUSTED_ORIGINS: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Cadence <cadence@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CADENCE_LOGIN_LIMIT: z.coerce.number().int().min(1).default(10),
  CADENCE_TRUSTED_PROXIES: z.string().optional(),
  CADENCE_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  /** Memory for the response cache of workspace reads, in MB; 0 turns it off. */
  CADENCE_RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(16),
  CADENCE_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'CADENCE_TIME_ZONE must be an IANA time zone such as Europe/Paris')
    .optional(),
  CADENCE_BACKUP_DIR: z.string().min(1).optional(),
  CADENCE_BACKUP_KEEP_DAILY: z.coerce.number().int().min(0).max(365).default(7),
  CADENCE_BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(4),
  /** When the daily backup runs, as a cron line in CADENCE_TIME_ZONE; `off` turns it off. */
  CADENCE_BACKUP_SCHEDULE: z.string().min(1).default('0 3 * * *'),
  /** When the morning look for coming silences runs (cron, in CADENCE_TIME_ZONE). */
  CADENCE_REGULARITY_CHECK_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, 'CADENCE_REGULARITY_CHECK_CRON must be a five-field cron expression')
    .default('30 7 * * *'),
});

/**
 * `CADENCE_TRUSTED_PROXIES`: the reverse proxies in front of Cadence, as a comma-separated list of
 * addresses or CIDR ranges (`127.0.0.1,10.0.0.0/8`, or `loopback`). Unset, `X-Forwarded-For` is
 * ignored: anyone could write it.
 */
function parseTrustedProxies(value: string | undefined): string[] | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Backups of the embedded database (PostgreSQL is backed up with pg_dump, see README.md). */
export type BackupSettings = {
  directory: string;
  /** The data directory, whose generated secret travels with each backup. */
  dataDir: string;
  keepDaily: number;
  keepWeekly: number;
  /** Cron line in the instance's zone, or null when scheduled backups are off. */
  schedule: string | null;
};

export type Config = {
  backups: BackupSettings;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string;
  /** Where people reach Cadence: used in invitation links and calendar feeds. */
  baseUrl: string;
  trustedOrigins: string[];
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Sign-in attempts allowed per address and per minute. */
  loginAttemptsPerMinute: number;
  /** Reverse proxies whose X-Forwarded-For is believed; undefined: none. */
  trustedProxies: string[] | undefined;
  /** What this process runs: HTTP, jobs, or both (the only choice on the embedded database). */
  role: 'all' | 'web' | 'worker';
  /** The response cache's memory in bytes; 0: no response cache. */
  responseCacheBytes: number;
  /** The instance's zone, for its scheduled upkeep; the machine's by default. */
  timeZone: string;
  /** When the look for coming silences runs (cron in `timeZone`); 7:30 every morning by default. */
  regularityCheckCron: string;
};

export type ConfigNotice = { level: 'info' | 'warn'; message: string };

/**
 * Reads the settings from the environment. The secret, when not given, is generated once and kept
 * in the data directory so sessions and encrypted tokens survive restarts.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): {
  config: Config;
  notices: ConfigNotice[];
} {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const values = parsed.data;
  const notices: ConfigNotice[] = [];
  const dataDir = path.resolve(values.CADENCE_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  let secret = values.CADENCE_SECRET;
  if (!secret) {
    const secretFile = path.join(dataDir, 'secret');
    if (existsSync(secretFile)) {
      secret = readFileSync(secretFile, 'utf8').trim();
    } else {
      secret = randomBytes(48).toString('base64url');
      writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
      notices.push({
        level: 'warn',
        message: `CADENCE_SECRET was not set: generated one and stored it in ${secretFile}. Keep that file private and backed up.`,
      });
    }
  }

  const displayHost = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(values.HOST) ? 'localhost' : values.HOST;
  const baseUrl = (values.CADENCE_BASE_URL ?? `http://${displayHost}:${values.PORT}`).replace(/\/$/, '');
  const trustedOrigins = [
    baseUrl,
    `http://localhost:${values.PORT}`,
    `http://127.0.0.1:${values.PORT}`,
    ...(values.CADENCE_TRUSTED_ORIGINS?.split(',').map((origin) => origin.trim()) ?? []),
  ].filter((origin) => origin.length > 0);

  return {
    config: {
      // Beside the data directory, not in it: a backup must survive the loss of that folder.
      backups: {
        directory: path.resolve(
          values.CADENCE_BACKUP_DIR ?? path.join(path.dirname(dataDir), 'cadence-backups'),
        ),
        dataDir,
        keepDaily: values.CADENCE_BACKUP_KEEP_DAILY,
        keepWeekly: values.CADENCE_BACKUP_KEEP_WEEKLY,
        schedule: values.CADENCE_BACKUP_SCHEDULE === 'off' ? null : values.CADENCE_BACKUP_SCHEDULE,
      },
      port: values.PORT,
      host: values.HOST,
      dataDir,
      databaseUrl: values.DATABASE_URL,
      secret,
      baseUrl,
      trustedOrigins: [...new Set(trustedOrigins)],
      smtpUrl: values.SMTP_URL,
      mailFrom: values.MAIL_FROM,
      logLevel: values.LOG_LEVEL,
      loginAttemptsPerMinute: values.CADENCE_LOGIN_LIMIT,
      trustedProxies: parseTrustedProxies(values.CADENCE_TRUSTED_PROXIES),
      role: values.CADENCE_ROLE,
      responseCacheBytes: values.CADENCE_RESPONSE_CACHE_MB * 1024 * 1024,
      timeZone: values.CADENCE_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      regularityCheckCron: values.CADENCE_REGULARITY_CHECK_CRON,
    },
    notices,
  };
}
