import { z } from 'zod';
import { isoInstantSchema, uuidSchema } from './common.js';
import { postSchema } from './content.js';
import { networkKeySchema } from './networks.js';
import { entryParamsSchema } from './tracking.js';

/**
 * A post's effort, source by source, and time entries linked to posts by hand (`linked_entry`).
 * A linked entry gives all its minutes by default, or a part; the parts linked from one entry
 * never exceed its minutes.
 */
export const postEffortSources = ['batch_session', 'post_timer', 'linked_entry'] as const;
export type PostEffortSource = (typeof postEffortSources)[number];

/** Longest entry the table keeps (31 days), in minutes. */
const maxEntryMinutes = 31 * 24 * 60;

export const postEffortSchema = z.object({
  id: uuidSchema,
  source: z.enum(postEffortSources),
  minutes: z.number().int(),
  userId: z.string().nullable(),
  /** Null once the person's account is gone. */
  userName: z.string().nullable(),
  /** When the work began: the session's start, or the linked entry's. */
  startedAt: isoInstantSchema,
  /** The linked entry (`linked_entry` only). */
  entry: z
    .object({
      id: uuidSchema,
      endedAt: isoInstantSchema,
      minutes: z.number().int(),
      note: z.string(),
      categoryId: uuidSchema,
    })
    .nullable(),
});
export type PostEffort = z.infer<typeof postEffortSchema>;
export const postEffortsSchema = z.object({
  /** `posts.effort_minutes`: the exact sum of `efforts`. */
  totalMinutes: z.number().int(),
  efforts: z.array(postEffortSchema),
});
export type PostEfforts = z.infer<typeof postEffortsSchema>;

/** One of the caller's recent finished entries, as the post editor's picker offers it. */
export const linkableEntrySchema = z.object({
  id: uuidSchema,
  startedAt: isoInstantSchema,
  endedAt: isoInstantSchema,
  minutes: z.number().int(),
  /** What is not linked to any post yet. */
  minutesLeft: z.number().int(),
  note: z.string(),
  categoryId: uuidSchema,
  networkKey: networkKeySchema.nullable(),
  isLinkedToPost: z.boolean(),
});
export type LinkableEntry = z.infer<typeof linkableEntrySchema>;
export const linkableEntriesSchema = z.array(linkableEntrySchema);

export const entryPostLinkSchema = z.object({
  postId: uuidSchema,
  /** The post's first words. */
  excerpt: z.string(),
  status: postSchema.shape.status,
  scheduledAt: isoInstantSchema.nullable(),
  minutes: z.number().int(),
});
export type EntryPostLink = z.infer<typeof entryPostLinkSchema>;
export const entryPostLinksSchema = z.object({
  entryMinutes: z.number().int(),
  minutesLeft: z.number().int(),
  links: z.array(entryPostLinkSchema),
});
export type EntryPostLinks = z.infer<typeof entryPostLinksSchema>;

export const linkEntryBodySchema = z.object({
  postId: uuidSchema,
  /** A part of the entry's minutes; null (the default) links all the minutes still unlinked. */
  minutes: z.number().int().min(1).max(maxEntryMinutes).nullable().default(null),
});
export type LinkEntryBody = z.infer<typeof linkEntryBodySchema>;
export const entryPostLinkParamsSchema = entryParamsSchema.extend({ postId: uuidSchema });
