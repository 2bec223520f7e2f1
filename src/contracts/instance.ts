import { z } from 'zod';

/** One queue as the Instance page shows it. */
export const queueSummarySchema = z.object({
  name: z.string(),
  /** Waiting to run now. */
  ready: z.number().int(),
  /** Waiting for a later start (a retry's delay, a scheduled time). */
  deferred: z.number().int(),
  active: z.number().int(),
  failed: z.number().int(),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;

/** A job that used all its tries, kept in the dead-letter queue until retried or discarded. */
export const failedJobSchema = z.object({
  id: z.uuid(),
  queue: z.string(),
  error: z.string(),
  tries: z.number().int(),
  firstCreatedAt: z.iso.datetime(),
  failedAt: z.iso.datetime(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;

export const workerStatusSchema = z.object({
  /** A worker process was heard from within three heartbeats. */
  isAlive: z.boolean(),
  lastHeartbeatAt: z.iso.datetime().nullable(),
});
export type WorkerStatus = z.infer<typeof workerStatusSchema>;

export const instanceJobsSchema = z.object({
  worker: workerStatusSchema,
  queues: z.array(queueSummarySchema),
  failedJobs: z.array(failedJobSchema),
});
export type InstanceJobs = z.infer<typeof instanceJobsSchema>;

export const failedJobParamsSchema = z.object({ jobId: z.uuid() });

export const instanceAccessSchema = z.object({ isAdministrator: z.boolean() });

export const instanceAdministratorSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  grantedAt: z.iso.datetime(),
});
export type InstanceAdministrator = z.infer<typeof instanceAdministratorSchema>;

export const grantAdministratorBodySchema = z.object({ email: z.email().max(320) });
export type GrantAdministratorBody = z.infer<typeof grantAdministratorBodySchema>;

export const administratorParamsSchema = z.object({ userId: z.string().min(1).max(100) });

export const backupSummarySchema = z.object({
  name: z.string(),
  createdAt: z.iso.datetime(),
  bytes: z.number().int(),
  cadenceVersion: z.string(),
  migration: z.string(),
  includesSecret: z.boolean(),
});
export const backupRunSchema = z.object({
  status: z.enum(['succeeded', 'failed']),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  backup: z.string().nullable(),
  /** Why it failed, for an administrator. */
  message: z.string().nullable(),
});
export type BackupRun = z.infer<typeof backupRunSchema>;

/** The Instance page's backups: where they go, when, the last run, and those kept. */
export const instanceBackupsSchema = z.discriminatedUnion('database', [
  z.object({
    database: z.literal('pglite'),
    directory: z.string(),
    /** Cron line in the instance's zone, or null when scheduled backups are off. */
    schedule: z.string().nullable(),
    timeZone: z.string(),
    keepDaily: z.number().int(),
    keepWeekly: z.number().int(),
    lastRun: backupRunSchema.nullable(),
    backups: z.array(backupSummarySchema),
  }),
  /** PostgreSQL is backed up with its own tools (pg_dump): Cadence does not reinvent them. */
  z.object({ database: z.literal('postgres') }),
]);
export type InstanceBackups = z.infer<typeof instanceBackupsSchema>;
