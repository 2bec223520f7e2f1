import { z } from 'zod';
import { isoInstantSchema, uuidSchema } from './common.js';
import { schedulePostBodySchema } from './content.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

/**
 * Publications: one post version going to one connected account, with each call to the network
 * (its attempts). Failure reasons are codes the interface words in the person's language.
 */

export const publicationStatuses = [
  'scheduled',
  'publishing',
  'published',
  'failed',
  'unknown',
  'missed',
  'cancelled',
] as const;
export const publicationStatusSchema = z.enum(publicationStatuses);
export type PublicationStatusValue = z.infer<typeof publicationStatusSchema>;

export const publicationFailureReasons = [
  'auth_expired',
  'rejected',
  'retries_exhausted',
  'account_disconnected',
  'too_late',
] as const;
export const publicationFailureReasonSchema = z.enum(publicationFailureReasons);
export type PublicationFailureReason = z.infer<typeof publicationFailureReasonSchema>;

export const attemptOutcomes = [
  'running',
  'published',
  'auth_expired',
  'rate_limited',
  'rejected',
  'transient',
  'unknown',
  'looked_up',
] as const;

export const publicationAttemptSchema = z.object({
  number: z.number().int(),
  startedAt: isoInstantSchema,
  finishedAt: isoInstantSchema.nullable(),
  outcome: z.enum(attemptOutcomes),
  /** What the network said, in its own words (kept as it came). */
  message: z.string().nullable(),
});
export type PublicationAttempt = z.infer<typeof publicationAttemptSchema>;

export const publicationSchema = z.object({
  id: uuidSchema,
  postId: uuidSchema,
  /** The post's network this publication carries (a webhook carries networks without a connector). */
  network: networkKeySchema,
  accountName: z.string(),
  /** Null once the account is disconnected (the history stays). */
  connectedAccountId: uuidSchema.nullable(),
  status: publicationStatusSchema,
  dueAt: isoInstantSchema,
  nextAttemptAt: isoInstantSchema,
  publishedAt: isoInstantSchema.nullable(),
  url: z.string().nullable(),
  failureReason: publicationFailureReasonSchema.nullable(),
  failureMessage: z.string().nullable(),
  /** Failed and missed publications can be retried (same key) or rescheduled. */
  canRetry: z.boolean(),
  attempts: z.array(publicationAttemptSchema),
});
export type Publication = z.infer<typeof publicationSchema>;

/** A failed or missed publication with what identifies its post, for the workspace's list. */
export const publicationProblemSchema = publicationSchema.extend({
  postText: z.string(),
  scheduledAt: isoInstantSchema.nullable(),
});
export type PublicationProblem = z.infer<typeof publicationProblemSchema>;

export const publicationParamsSchema = workspaceParamsSchema.extend({ publicationId: uuidSchema });
export const postPublicationsParamsSchema = workspaceParamsSchema.extend({ postId: uuidSchema });

/** Another moment, on the workspace's wall clock (the one DST rule), same key. */
export const reschedulePublicationBodySchema = schedulePostBodySchema;
export type ReschedulePublicationBody = z.infer<typeof reschedulePublicationBodySchema>;
