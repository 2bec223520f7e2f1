import { z } from 'zod';
import { dateSchema, isoInstantSchema, uuidSchema } from './common.js';
import { ideaParamsSchema, ideaSchema } from './content.js';
import { networkKeySchema } from './networks.js';

/** Any date of the week asked about (its Monday-based local week); this week by default. */
export const rushIdeasQuerySchema = z.object({ week: dateSchema.optional() });

/**
 * Per network with a posting target: `covered` (a post is placed this week), `draft_waiting` (a
 * draft holds a time this week: finish it) or `empty`, with the next empty posting slot of the
 * week (null: none left) and the notebook ideas that could fill it, best first.
 */
export const rushIdeasSchema = z.object({
  weekStart: dateSchema,
  timeZone: z.string(),
  networks: z.array(
    z.object({
      network: networkKeySchema,
      state: z.enum(['covered', 'draft_waiting', 'empty']),
      slot: z.object({ instant: isoInstantSchema, localDate: dateSchema, time: z.string() }).nullable(),
      draftPostId: uuidSchema.nullable(),
      ideas: z.array(ideaSchema),
    }),
  ),
});
export type RushIdeas = z.infer<typeof rushIdeasSchema>;

/** The idea becomes a draft for this network in the week's next empty slot of it. */
export const rushIdeaDraftParamsSchema = ideaParamsSchema;
export const rushIdeaDraftBodySchema = z.object({
  network: networkKeySchema,
  /** Any date of the rush week. */
  week: dateSchema,
});
export type RushIdeaDraftBody = z.infer<typeof rushIdeaDraftBodySchema>;
