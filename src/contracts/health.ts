import { z } from 'zod';
import { queueSummarySchema, workerStatusSchema } from './instance.js';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
  /** The background work: a worker heard from recently, queue depths, jobs that used all their tries. */
  jobs: z.object({
    worker: workerStatusSchema,
    queues: z.array(queueSummarySchema),
    failedJobs: z.number().int(),
  }),
});
