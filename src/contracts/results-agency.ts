import { z } from 'zod';
import { agencySortColumns } from '../core/results/agency-results.js';
import { effortBands } from '../core/results/effort-results.js';
import { isoInstantSchema, uuidSchema } from './common.js';
import { monthRangeFields, refineMonthRange } from './results.js';

// ---------------------------------------------------------------- the agency's ROI table
export const agencyResultsQuerySchema = refineMonthRange(z.object(monthRangeFields));
export type AgencyResultsQuery = z.infer<typeof agencyResultsQuerySchema>;
export const agencyResultsExportQuerySchema = refineMonthRange(
  z.object({
    ...monthRangeFields,
    sort: z.enum(agencySortColumns).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    locale: z.enum(['fr', 'en']).default('fr'),
  }),
);

const agencyFigures = {
  currency: z.string(),
  minutes: z.number().int(),
  minutesWithoutCost: z.number().int(),
  costCents: z.number().int(),
  posts: z.number().int(),
  leads: z.number().int(),
  clients: z.number().int(),
  revenueCents: z.number().int(),
  costPerLeadCents: z.number().int().nullable(),
  roiPercent: z.number().nullable(),
  isThin: z.boolean(),
};
export const agencyResultsSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(z.object({ workspaceId: uuidSchema, name: z.string(), ...agencyFigures })),
  totals: z.array(z.object({ ...agencyFigures, workspaces: z.number().int() })),
  thresholds: z.object({ minimumMinutes: z.number().int(), minimumOutcomes: z.number().int() }),
});
export type AgencyResults = z.infer<typeof agencyResultsSchema>;

// ---------------------------------------------------------------- effort against results
/** The last `weeks` local weeks (the current one included) of the workspace. */
export const effortQuerySchema = z.object({ weeks: z.coerce.number().int().min(4).max(52).default(26) });
export type EffortQuery = z.infer<typeof effortQuerySchema>;

const averagesSchema = z.object({ outcomes: z.number(), engagement: z.number() });
export const effortResultsSchema = z.object({
  /** Local dates: the first week's Monday, and the day after the last week. */
  fromDate: z.string(),
  toDateExclusive: z.string(),
  posts: z.array(
    z.object({
      postId: uuidSchema,
      text: z.string(),
      publishedAt: isoInstantSchema,
      minutes: z.number().int(),
      engagement: z.number().int().nullable(),
      outcomes: z.number().int(),
      revenueCents: z.number().int(),
      minutesPerEngagement: z.number().nullable(),
    }),
  ),
  summary: z.object({
    postsWithEffort: z.number().int(),
    measuredPosts: z.number().int(),
    minutes: z.number().int(),
    engagement: z.number().int(),
    minutesPerEngagement: z.number().nullable(),
    bands: z.array(
      z.object({
        key: z.enum(effortBands.map((band) => band.key) as [string, ...string[]]),
        posts: z.number().int(),
        averageEngagement: z.number().nullable(),
        outcomes: z.number().int(),
      }),
    ),
    isThin: z.boolean(),
  }),
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      minutesByCategory: z.record(z.string(), z.number().int()),
      outcomes: z.number().int(),
      engagement: z.number().int(),
    }),
  ),
  categories: z.array(
    z.object({
      categoryId: uuidSchema,
      weeks: z.number().int(),
      medianMinutes: z.number().int(),
      heavierWeeks: z.number().int(),
      lighterWeeks: z.number().int(),
      sameWeek: z.object({ heavier: averagesSchema, lighter: averagesSchema }),
      nextWeek: z.object({ heavier: averagesSchema, lighter: averagesSchema }),
      isEnoughData: z.boolean(),
    }),
  ),
  thresholds: z.object({ minimumPosts: z.number().int(), minimumWeeksPerSide: z.number().int() }),
});
export type EffortResults = z.infer<typeof effortResultsSchema>;
