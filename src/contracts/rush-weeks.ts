import { z } from 'zod';
import { dateSchema, isoInstantSchema } from './common.js';

/** Any date of the chosen week: the week is the Monday-based local week holding it. */
export const rushWeekParamsSchema = z.object({
  workspaceId: z.uuid(),
  week: dateSchema,
});

export const rushWeekSchema = z.object({
  /** The week's local Monday. */
  weekStart: dateSchema,
  turnedOnBy: z.string().nullable(),
  turnedOnAt: isoInstantSchema,
});
export type RushWeekView = z.infer<typeof rushWeekSchema>;

/** Rush weeks from last week on (the ones that can still change), and the current week's Monday. */
export const rushWeeksViewSchema = z.object({
  currentWeekStart: dateSchema,
  weeks: z.array(rushWeekSchema),
});
export type RushWeeksView = z.infer<typeof rushWeeksViewSchema>;
