import { z } from 'zod';
import { dateSchema, uuidSchema } from './common.js';
import { postSchema, postStatusSchema, postVersionSchema } from './content.js';
import { networkKeySchema } from './networks.js';

/** How many characters of a post's text the calendar gets: its cells and titles draw fewer. */
export const calendarExcerptLength = 200;

/**
 * A post as the editorial calendar and the week's targets draw it: its day and time, colour
 * (pillar, first network), state and an excerpt; the whole post is `GET …/posts/:postId`.
 */
export const calendarPostSchema = postSchema
  .pick({ id: true, pillarId: true, status: true, scheduledAt: true })
  .extend({
    /** The text's first characters (`calendarExcerptLength`). */
    excerpt: z.string(),
    versions: z.array(postVersionSchema.pick({ network: true, status: true, publishedAt: true })),
  });
export type CalendarPost = z.infer<typeof calendarPostSchema>;

/** A period of the calendar: local dates in the workspace's zone, `to` excluded; the list's filters. */
export const calendarPostsQuerySchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    status: postStatusSchema.optional(),
    network: networkKeySchema.optional(),
    pillarId: uuidSchema.optional(),
    authorUserId: z.string().max(100).optional(),
  })
  .refine((query) => query.from < query.to, { error: 'from must be before to', path: ['to'] });
export type CalendarPostsQuery = z.infer<typeof calendarPostsQuerySchema>;
