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
