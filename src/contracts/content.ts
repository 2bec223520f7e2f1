import { z } from 'zod';
import { dateSchema, isoInstantSchema, requireSomethingToChange, uuidSchema } from './common.js';
import { mediaSchema } from './media.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

/** A local date within the years Cadence supports (the one date schema). */
const localDateSchema = dateSchema;
const wallClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected HH:MM' });
/** Links are shown and copied, never fetched by the server; only web links are accepted. */
const linkSchema = z.url({ protocol: /^https?$/, error: 'Expected a web link (https://…)' }).max(2000);
const postTextSchema = z.string().max(70_000);

// ---------------------------------------------------------------- ideas
export const ideaStatuses = ['new', 'planned', 'used', 'archived'] as const;
export const ideaStatusSchema = z.enum(ideaStatuses);
const tagSchema = z.string().trim().min(1).max(40);

const ideaFields = {
  text: z.string().trim().min(1).max(5000),
  link: linkSchema.nullable(),
  pillarId: uuidSchema.nullable(),
  network: networkKeySchema.nullable(),
  tags: z.array(tagSchema).max(20),
  status: ideaStatusSchema,
};
export const createIdeaBodySchema = z.object({
  ...ideaFields,
  link: ideaFields.link.default(null),
  pillarId: ideaFields.pillarId.default(null),
  network: ideaFields.network.default(null),
  tags: ideaFields.tags.default([]),
  status: ideaFields.status.default('new'),
});
export type CreateIdeaBody = z.infer<typeof createIdeaBodySchema>;
export const updateIdeaBodySchema = requireSomethingToChange(z.object(ideaFields).partial());
export type UpdateIdeaBody = z.infer<typeof updateIdeaBodySchema>;
export const ideaSchema = z.object({
  id: uuidSchema,
  ...ideaFields,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type Idea = z.infer<typeof ideaSchema>;
export const ideaParamsSchema = workspaceParamsSchema.extend({ ideaId: uuidSchema });
export const ideasQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: ideaStatusSchema.optional(),
  pillarId: uuidSchema.optional(),
  network: networkKeySchema.optional(),
  tag: tagSchema.optional(),
});
export type IdeasQuery = z.infer<typeof ideasQuerySchema>;

// ---------------------------------------------------------------- posts
/**
 * What a person sees: the stored editorial state, except that a scheduled post whose time has
 * come and waits for someone to publish it by hand shows `to_publish_by_hand`.
 */
export const postStatuses = [
  'draft',
  'ready',
  'awaiting_approval',
  'scheduled',
  'to_publish_by_hand',
  'published',
  'failed',
  'missed',
] as const;
export const postStatusSchema = z.enum(postStatuses);
export type PostStatus = z.infer<typeof postStatusSchema>;
export const versionStatuses = [
  'pending',
  'scheduled',
  'to_publish_by_hand',
  'publishing',
  'published',
  'failed',
  'unknown',
  'missed',
] as const;

/** Images of one part, in order (ids of the post's media). */
const mediaIdsSchema = z.array(uuidSchema).max(10);
/** A part of a thread after the first (Mastodon, Bluesky and X). */
export const threadPartSchema = z.object({ text: postTextSchema, mediaIds: mediaIdsSchema.default([]) });
export type ThreadPart = z.infer<typeof threadPartSchema>;
const threadSchema = z.array(threadPartSchema).max(24);

export const postVersionSchema = z.object({
  network: networkKeySchema,
  /** null: the post's main text. */
  text: z.string().nullable(),
  /** The first part's images; null: the post's own images. */
  mediaIds: z.array(uuidSchema).nullable(),
  /** The parts after the first, when the version is a thread. */
  thread: z.array(threadPartSchema),
  /** The connected accounts it goes to; null: every account of its network. */
  accountIds: z.array(uuidSchema).nullable(),
  publishMode: z.enum(['by_hand', 'connector']),
  status: z.enum(versionStatuses),
  publishedAt: isoInstantSchema.nullable(),
  publishedUrl: z.string().nullable(),
});
export type PostVersion = z.infer<typeof postVersionSchema>;

export const postSchema = z.object({
  id: uuidSchema,
  text: z.string(),
  link: z.string().nullable(),
  pillarId: uuidSchema.nullable(),
  personaId: uuidSchema.nullable(),
  ideaId: uuidSchema.nullable(),
  status: postStatusSchema,
  scheduledAt: isoInstantSchema.nullable(),
  authorUserId: z.string().nullable(),
  /** The post's images, used by every version that names none of its own. */
  mediaIds: z.array(uuidSchema),
  /** Every image uploaded to the post, attached or not, with its alt text. */
  media: z.array(mediaSchema),
  versions: z.array(postVersionSchema),
  /** Minutes of work the post took (its share of batch sessions and timers on it). */
  effortMinutes: z.number().int(),
  /** When the client approved it; null when not (or an edit since asked again). */
  approvedAt: isoInstantSchema.nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type Post = z.infer<typeof postSchema>;

const versionBodySchema = z.object({
  network: networkKeySchema,
  text: postTextSchema.nullable().default(null),
  mediaIds: mediaIdsSchema.nullable().default(null),
  thread: threadSchema.default([]),
  /** The connected accounts it goes to; null (the default): every account of its network. */
  accountIds: z.array(uuidSchema).max(50).nullable().default(null),
});
const postFields = {
  text: postTextSchema,
  link: linkSchema.nullable(),
  pillarId: uuidSchema.nullable(),
  personaId: uuidSchema.nullable(),
  mediaIds: mediaIdsSchema,
  /** One per network; the networks must be among the strategy's. */
  versions: z
    .array(versionBodySchema)
    .max(12)
    .refine((versions) => new Set(versions.map((item) => item.network)).size === versions.length, {
      error: 'Each network can have one version',
    }),
  /** Only the states a person sets by hand here; scheduling has its own route. */
  status: z.enum(['draft', 'ready']),
};
export const createPostBodySchema = z.object({
  ...postFields,
  text: postFields.text.default(''),
  link: postFields.link.default(null),
  pillarId: postFields.pillarId.default(null),
  personaId: postFields.personaId.default(null),
  mediaIds: postFields.mediaIds.default([]),
  ideaId: uuidSchema.nullable().default(null),
  status: postFields.status.default('draft'),
});
export type CreatePostBody = z.infer<typeof createPostBodySchema>;
/** What a client may send (defaults filled in by the server). */
export type CreatePostInput = z.input<typeof createPostBodySchema>;
export const updatePostBodySchema = requireSomethingToChange(z.object(postFields).partial());
export type UpdatePostBody = z.infer<typeof updatePostBodySchema>;
export type UpdatePostInput = z.input<typeof updatePostBodySchema>;
export const postParamsSchema = workspaceParamsSchema.extend({ postId: uuidSchema });
export const postVersionParamsSchema = postParamsSchema.extend({ network: networkKeySchema });

export const postsQuerySchema = z
  .object({
    /** Local dates in the workspace's zone, `to` excluded; without them, every post. */
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    status: postStatusSchema.optional(),
    network: networkKeySchema.optional(),
    pillarId: uuidSchema.optional(),
    authorUserId: z.string().max(100).optional(),
    /** Posts not yet placed in time (drafts without a date). */
    unscheduled: z.enum(['true', 'false']).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, {
    error: 'from must be before to',
    path: ['to'],
  });
export type PostsQuery = z.infer<typeof postsQuerySchema>;

/** A date and a time on the wall clock of the workspace's zone. */
export const schedulePostBodySchema = z.object({ date: localDateSchema, time: wallClockSchema });
export type SchedulePostBody = z.infer<typeof schedulePostBodySchema>;
/** Drag in the calendar: another day, the same time of day. */
export const movePostBodySchema = z.object({ date: localDateSchema });
export const markPublishedBodySchema = z.object({ url: linkSchema });

/** Scheduled by-hand versions whose time has come: the reminder's content. */
export const dueByHandSchema = z.array(
  z.object({
    postId: uuidSchema,
    network: networkKeySchema,
    text: z.string(),
    link: z.string().nullable(),
    scheduledAt: isoInstantSchema,
  }),
);
export type DueByHand = z.infer<typeof dueByHandSchema>;

// ---------------------------------------------------------------- posting slots
export const postingSlotSchema = z.object({
  network: networkKeySchema,
  weekday: z.number().int().min(1).max(7),
  time: wallClockSchema,
});
export type PostingSlotBody = z.infer<typeof postingSlotSchema>;
export const setPostingSlotsBodySchema = z.object({
  slots: z
    .array(postingSlotSchema)
    .max(200)
    .refine(
      (slots) =>
        new Set(slots.map((slot) => `${slot.network} ${slot.weekday} ${slot.time}`)).size === slots.length,
      { error: 'Each slot can be listed once' },
    ),
});
export const postingSlotsViewSchema = z.object({
  timeZone: z.string(),
  slots: z.array(postingSlotSchema),
  /** Slots proposed from the strategy's posting targets, for networks without slots yet. */
  proposal: z.array(postingSlotSchema),
});
export type PostingSlotsView = z.infer<typeof postingSlotsViewSchema>;

// ---------------------------------------------------------------- CSV import
export const importPostsBodySchema = z.object({
  /** The CSV's text (read in the browser); Hootsuite bulk-composer shape. */
  text: z.string().min(1).max(2_000_000),
  dateOrder: z.enum(['day_first', 'month_first']).default('day_first'),
});
export type ImportPostsBody = z.infer<typeof importPostsBodySchema>;
export const importedRowSchema = z.object({
  line: z.number().int(),
  date: z.string(),
  time: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  status: z.enum(['ready', 'duplicate', 'error']),
  /** Why the row cannot be imported, in the caller's language. */
  message: z.string().nullable(),
});
export const importPostsResultSchema = z.object({
  rows: z.array(importedRowSchema),
  ready: z.number().int(),
  duplicates: z.number().int(),
  errors: z.number().int(),
  /** Posts created by this call (0 for a preview). */
  imported: z.number().int(),
});
export type ImportPostsResult = z.infer<typeof importPostsResultSchema>;
