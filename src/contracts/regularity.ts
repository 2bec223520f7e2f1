import { z } from 'zod';
import { dateSchema } from './common.js';
import { networkKeySchema } from './networks.js';

export const gapStates = ['none', 'coming', 'overdue'] as const;

/** One network's regularity (src/core/regularity computes it). */
export const networkRegularitySchema = z.object({
  network: networkKeySchema,
  target: z.number().nullable(),
  thisWeek: z.object({
    published: z.number().int(),
    scheduled: z.number().int(),
    missing: z.number().int(),
    /** A rush week: `missing` counts against the rush minimum (one post), not the target. */
    isRush: z.boolean(),
  }),
  streakWeeks: z.number().int(),
  allowedGapDays: z.number().int().nullable(),
  lastPublishedOn: dateSchema.nullable(),
  nextScheduledOn: dateSchema.nullable(),
  silentFrom: dateSchema.nullable(),
  resumesOn: dateSchema.nullable(),
  gap: z.enum(gapStates),
  history: z.array(
    z.object({
      weekStart: dateSchema,
      published: z.number().int(),
      onTarget: z.boolean(),
      isRush: z.boolean(),
    }),
  ),
});
export type NetworkRegularityView = z.infer<typeof networkRegularitySchema>;

export const regularitySchema = z.object({
  /** The workspace's zone: the days above are its local days. */
  timeZone: z.string(),
  today: dateSchema,
  weekStart: dateSchema,
  /** How far ahead a coming silence is announced, in days. */
  lookAheadDays: z.number().int(),
  networks: z.array(networkRegularitySchema),
});
export type RegularityView = z.infer<typeof regularitySchema>;
