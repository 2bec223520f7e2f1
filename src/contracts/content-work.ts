import { z } from 'zod';
import { dateSchema, isoInstantSchema, uuidSchema } from './common.js';
import { postSchema, schedulePostBodySchema } from './content.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

// ---------------------------------------------------------------- the batch session
/** The week the batch session fills: per network, targets against posts, and the empty slots. */
export const batchPlanQuerySchema = z.object({ weekStart: dateSchema.optional() });
export const batchPlanSchema = z.object({
  weekStart: dateSchema,
  timeZone: z.string(),
  networks: z.array(
    z.object({
      network: networkKeySchema,
      target: z.number().nullable(),
      published: z.number().int(),
      scheduled: z.number().int(),
      missing: z.number().int(),
      openSlots: z.array(z.object({ instant: isoInstantSchema, localDate: dateSchema, time: z.string() })),
    }),
  ),
});
export type BatchPlan = z.infer<typeof batchPlanSchema>;

export const contentSessionParamsSchema = workspaceParamsSchema.extend({ sessionId: uuidSchema });
export const startContentSessionBodySchema = z.object({
  /** A timer on this one post; without it, a batch session. */
  postId: uuidSchema.nullable().default(null),
});
export const contentSessionSchema = z.object({
  id: uuidSchema,
  postId: uuidSchema.nullable(),
  startedAt: isoInstantSchema,
  endedAt: isoInstantSchema.nullable(),
  /** The minutes shared out once it ended. */
  minutes: z.number().int().nullable(),
  /** Whether the person's timer still runs on this session's time entry. */
  isTimerRunning: z.boolean(),
  posts: z.array(
    z.object({
      postId: uuidSchema,
      text: z.string(),
      scheduledAt: isoInstantSchema.nullable(),
      status: postSchema.shape.status,
      networks: z.array(networkKeySchema),
      minutes: z.number().int(),
    }),
  ),
});
export type ContentSession = z.infer<typeof contentSessionSchema>;
export const currentContentSessionSchema = z.object({ session: contentSessionSchema.nullable() });

/** The fast composer: a post written and dropped into the next free slot of its networks. */
export const batchPostBodySchema = z.object({
  text: z.string().trim().min(1).max(70_000),
  link: z
    .url({ protocol: /^https?$/, error: 'Expected a web link (https://…)' })
    .max(2000)
    .nullable()
    .default(null),
  pillarId: uuidSchema.nullable().default(null),
  ideaId: uuidSchema.nullable().default(null),
  networks: z
    .array(networkKeySchema)
    .min(1)
    .max(12)
    .refine((networks) => new Set(networks).size === networks.length, {
      error: 'Each network can be chosen once',
    }),
});
export type BatchPostBody = z.infer<typeof batchPostBodySchema>;
export const batchPostResultSchema = z.object({
  post: postSchema,
  /** Where it went; null when its networks have no free slot (it stays ready, without a time). */
  slot: isoInstantSchema.nullable(),
});
export type BatchPostResult = z.infer<typeof batchPostResultSchema>;

// ---------------------------------------------------------------- approval and history
export const sendForApprovalBodySchema = z.object({
  /** A proposed time: once approved, the post is scheduled at it (if still to come). */
  at: schedulePostBodySchema.nullable().default(null),
});
export type SendForApprovalBody = z.infer<typeof sendForApprovalBodySchema>;
const commentTextSchema = z.string().trim().min(1).max(5000);
export const requestChangesBodySchema = z.object({ comment: commentTextSchema });
export const commentBodySchema = z.object({ comment: commentTextSchema });
export const approveBodySchema = z.object({ comment: commentTextSchema.nullable().default(null) });

export const postEventKinds = [
  'created',
  'edited',
  'sent_for_approval',
  'approved',
  'changes_requested',
  'commented',
  'scheduled',
  'unscheduled',
  'published',
] as const;
export type PostEventKind = (typeof postEventKinds)[number];
export const postEventSchema = z.object({
  id: uuidSchema,
  kind: z.enum(postEventKinds),
  userId: z.string().nullable(),
  /** Null once the person's account is gone. */
  userName: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: isoInstantSchema,
});
export type PostEvent = z.infer<typeof postEventSchema>;
export const postEventsSchema = z.array(postEventSchema);
