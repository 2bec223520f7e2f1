import { z } from 'zod';
import { outcomeKinds, resultsDimensions, resultsGranularities } from '../core/results/results-table.js';
import {
  centsSchema,
  dateSchema,
  instantSchema,
  isoInstantSchema,
  requireSomethingToChange,
  uuidSchema,
} from './common.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

export const outcomeKindSchema = z.enum(outcomeKinds);
export const outcomeSourceSchema = z.enum(['manual', 'import', 'api']);
export const costKindSchema = z.enum(['tools', 'advertising', 'agency', 'freelance']);
export const metricSourceSchema = z.enum(['pulled', 'imported', 'manual']);
/** A local month, `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^(19[7-9]\d|2[01]\d\d)-(0[1-9]|1[0-2])$/, { error: 'Expected a month as YYYY-MM' });

const campaignSchema = z.string().trim().min(1).max(120);

// ---------------------------------------------------------------- outcomes
const utmValueSchema = z.string().trim().max(200).nullable().default(null);
const outcomeFields = {
  kind: outcomeKindSchema,
  occurredOn: dateSchema,
  /** In the workspace's currency, integer cents; required for revenue, optional for a client won. */
  amountCents: centsSchema.default(0),
  network: networkKeySchema.nullable().default(null),
  postId: uuidSchema.nullable().default(null),
  campaign: campaignSchema.nullable().default(null),
  note: z.string().trim().max(500).default(''),
  /**
   * The UTM values of the link the outcome came through. A tracked link's `utm_content` is its
   * post's short id: the outcome is then attributed to that post (and `utm_source` to its network).
   */
  utmSource: utmValueSchema,
  utmMedium: utmValueSchema,
  utmCampaign: utmValueSchema,
  utmContent: utmValueSchema,
};
const revenueNeedsAmount = <Body extends { kind: string; amountCents: number }>(body: Body) =>
  body.kind !== 'revenue' || body.amountCents > 0;

export const createOutcomeBodySchema = z
  .object(outcomeFields)
  .refine(revenueNeedsAmount, { error: 'Revenue needs an amount', path: ['amountCents'] });
export type CreateOutcomeBody = z.infer<typeof createOutcomeBodySchema>;

/** An outcome sent with a personal API token (a form's server, a CRM). */
export const apiOutcomeBodySchema = z
  .object({
    ...outcomeFields,
    /** When given, must be the workspace's currency (ISO 4217): amounts are never converted. */
    currency: z.string().trim().toUpperCase().length(3).optional(),
    /** The sender's own id for this outcome: sending it again returns the first one, never a double. */
    externalId: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .refine(revenueNeedsAmount, { error: 'Revenue needs an amount', path: ['amountCents'] });
export type ApiOutcomeBody = z.infer<typeof apiOutcomeBodySchema>;

export const outcomeSchema = z.object({
  id: uuidSchema,
  kind: outcomeKindSchema,
  occurredOn: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  network: networkKeySchema.nullable(),
  postId: uuidSchema.nullable(),
  campaign: z.string().nullable(),
  note: z.string(),
  source: outcomeSourceSchema,
  externalId: z.string().nullable(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  utmContent: z.string().nullable(),
  createdAt: isoInstantSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;
export const outcomeParamsSchema = workspaceParamsSchema.extend({ outcomeId: uuidSchema });

const monthRangeFields = {
  from: monthSchema.optional(),
  to: monthSchema.optional(),
};
const refineMonthRange = <Schema extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(
  schema: Schema,
) =>
  schema.refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['to'],
  });

export const monthRangeQuerySchema = refineMonthRange(z.object(monthRangeFields));
/** Shared with the agency and effort views (src/contracts/results-agency.ts). */
export { monthRangeFields, refineMonthRange };
export type MonthRangeQuery = z.infer<typeof monthRangeQuerySchema>;

// ---------------------------------------------------------------- costs
const costFields = {
  month: monthSchema,
  kind: costKindSchema,
  label: z.string().trim().min(1).max(120),
  amountCents: centsSchema,
  network: networkKeySchema.nullable(),
};
export const createCostBodySchema = z.object({ ...costFields, network: costFields.network.default(null) });
export type CreateCostBody = z.infer<typeof createCostBodySchema>;
export const updateCostBodySchema = requireSomethingToChange(z.object(costFields).partial());
export type UpdateCostBody = z.infer<typeof updateCostBodySchema>;
export const costSchema = z.object({
  id: uuidSchema,
  month: monthSchema,
  kind: costKindSchema,
  label: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  network: networkKeySchema.nullable(),
});
export type Cost = z.infer<typeof costSchema>;
export const costParamsSchema = workspaceParamsSchema.extend({ costId: uuidSchema });

// ---------------------------------------------------------------- ROI
export const resultsQuerySchema = refineMonthRange(
  z.object({
    ...monthRangeFields,
    dimension: z.enum(resultsDimensions).default('network'),
    granularity: z.enum(resultsGranularities).default('month'),
  }),
);
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

export const resultsRowSchema = z.object({
  period: z.string().nullable(),
  key: z.string(),
  costCents: z.number().int().nullable(),
  labourCents: z.number().int().nullable(),
  directCostsCents: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  leads: z.number().int().nullable(),
  clients: z.number().int().nullable(),
  revenueCents: z.number().int().nullable(),
  costPerLeadCents: z.number().int().nullable(),
  costPerClientCents: z.number().int().nullable(),
  roiPercent: z.number().nullable(),
  posts: z.number().int(),
  engagements: z.number().int(),
  minutesPerPost: z.number().nullable(),
  minutesPerEngagement: z.number().nullable(),
  isThin: z.boolean(),
});
export type ResultsRow = z.infer<typeof resultsRowSchema>;

export const resultsViewSchema = z.object({
  currency: z.string(),
  from: monthSchema,
  to: monthSchema,
  dimension: z.enum(resultsDimensions),
  granularity: z.enum(resultsGranularities),
  rows: z.array(resultsRowSchema),
  /** Outcomes and costs recorded in another currency than the workspace's: left out, counted here. */
  leftOutOtherCurrency: z.number().int(),
  /** Tracked minutes whose member has no hourly cost: counted in time, not in cost. */
  minutesWithoutCost: z.number().int(),
});
export type ResultsView = z.infer<typeof resultsViewSchema>;

export const resultsExportQuerySchema = refineMonthRange(
  z.object({
    ...monthRangeFields,
    dimension: z.enum(resultsDimensions).default('network'),
    granularity: z.enum(resultsGranularities).default('month'),
    locale: z.enum(['fr', 'en']).default('fr'),
  }),
);

export const networkRateSchema = z.object({
  network: z.string(),
  minutes: z.number().int(),
  leads: z.number().int(),
  clients: z.number().int(),
  revenueCents: z.number().int(),
  outcomes: z.number().int(),
  revenuePerHourCents: z.number().int(),
  outcomesPerTenHours: z.number(),
  isEnough: z.boolean(),
});
export const nextHourSchema = z.object({
  currency: z.string(),
  weeks: z.number().int(),
  suggestion: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('suggest'), network: z.string(), comparedWith: z.string() }),
    z.object({ kind: z.literal('too_little_data') }),
  ]),
  rates: z.array(networkRateSchema),
  thresholds: z.object({ minimumMinutes: z.number().int(), minimumOutcomes: z.number().int() }),
});
export type NextHour = z.infer<typeof nextHourSchema>;

// ---------------------------------------------------------------- post metrics
const countSchema = z.number().int().min(0).max(2_000_000_000).nullable();
export const metricValuesSchema = z.object({
  impressions: countSchema,
  reactions: countSchema,
  comments: countSchema,
  shares: countSchema,
  quotes: countSchema,
  clicks: countSchema,
  saves: countSchema,
});
export const recordMetricsBodySchema = metricValuesSchema
  .partial()
  .extend({ takenAt: instantSchema.optional() })
  .refine(
    (body) =>
      Object.entries(body).some(([key, value]) => key !== 'takenAt' && value !== null && value !== undefined),
    { error: 'Give at least one figure' },
  );
export type RecordMetricsBody = z.infer<typeof recordMetricsBodySchema>;
export const metricSnapshotSchema = metricValuesSchema.extend({
  id: uuidSchema,
  network: networkKeySchema,
  takenAt: isoInstantSchema,
  source: metricSourceSchema,
  engagement: z.number().int().nullable(),
  engagementRatePercent: z.number().nullable(),
});
export type MetricSnapshot = z.infer<typeof metricSnapshotSchema>;
export const postMetricsSchema = z.object({
  /** Per network, the latest snapshot first, then its history. */
  snapshots: z.array(metricSnapshotSchema),
});

// ---------------------------------------------------------------- settings
export const resultsSettingsSchema = z.object({ trackLinks: z.boolean() });
export const updateResultsSettingsBodySchema = resultsSettingsSchema;

// ---------------------------------------------------------------- best and worst posts
export const rankedPostSchema = z.object({
  /** Null for a post published outside Cadence, known only from a network's export. */
  postId: uuidSchema.nullable(),
  /** The measured version's id, or the imported post's id for a post published outside Cadence. */
  postVersionId: uuidSchema,
  /** The post on its network, for posts published outside Cadence. */
  url: z.string().nullable(),
  network: networkKeySchema,
  text: z.string(),
  publishedAt: isoInstantSchema,
  engagement: z.number().int(),
  impressions: z.number().int().nullable(),
  ratePercent: z.number().nullable(),
});
export const engagementGroupSchema = z.object({
  key: z.string(),
  posts: z.number().int(),
  averageEngagement: z.number(),
  averageRatePercent: z.number().nullable(),
  isThin: z.boolean(),
});
export const postRankingsSchema = z.object({
  measuredPosts: z.number().int(),
  minimumPosts: z.number().int(),
  isThin: z.boolean(),
  best: z.array(rankedPostSchema),
  worst: z.array(rankedPostSchema),
  byNetwork: z.array(engagementGroupSchema),
  byPillar: z.array(engagementGroupSchema),
  /** Keys are ISO weekdays (1 = Monday) and hours (0-23) in the workspace's zone. */
  byWeekday: z.array(engagementGroupSchema),
  byHour: z.array(engagementGroupSchema),
});
export type PostRankings = z.infer<typeof postRankingsSchema>;
