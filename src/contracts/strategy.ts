import { z } from 'zod';
import { kpiDirections, kpiMetrics, kpiPeriods } from '../core/strategy/kpi-kinds.js';
import { dateSchema, isoInstantSchema, requireSomethingToChange, uuidSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

const shortText = z.string().trim().max(200);
const longText = z.string().trim().max(4000);
const isoDateSchema = dateSchema;

export const contentFormats = [
  'text',
  'photo',
  'carousel',
  'video',
  'short_video',
  'live',
  'story',
  'article',
  'newsletter',
  'podcast',
] as const;

export const strategyNetworkSchema = z.object({
  network: networkKeySchema,
  /** Posts per week; fractional allowed (0.5 = every other week); null = no target yet. */
  targetPostsPerWeek: z.number().min(0).max(100).nullable(),
  priority: z.number().int().min(1).max(50),
});

export const pillarSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  description: z.string().nullable(),
  sharePercent: z.number().int().min(0).max(100),
});

export const strategyViewSchema = z.object({
  isBeginner: z.boolean(),
  tone: z.string().nullable(),
  formats: z.array(z.enum(contentFormats)),
  summary: z.string().nullable(),
  networks: z.array(strategyNetworkSchema),
  pillars: z.array(pillarSchema),
  pillarShares: z.object({
    isValid: z.boolean(),
    totalPercent: z.number().int(),
    gapPercent: z.number().int(),
  }),
  postsPerPillar: z.array(z.object({ pillarId: uuidSchema, postsPerWeek: z.number() })),
  targetPostsPerWeek: z.number(),
  /** Beginners who choose several networks are advised to start with one; never blocking. */
  focusAdvice: z
    .object({ suggestedNetwork: networkKeySchema, laterNetworks: z.array(networkKeySchema) })
    .nullable(),
});
export type StrategyView = z.infer<typeof strategyViewSchema>;

export const updateStrategyBodySchema = requireSomethingToChange(
  z
    .object({
      isBeginner: z.boolean(),
      tone: shortText.nullable(),
      formats: z.array(z.enum(contentFormats)).max(contentFormats.length),
      summary: longText.nullable(),
    })
    .partial(),
);
export type UpdateStrategyBody = z.infer<typeof updateStrategyBodySchema>;

export const setNetworksBodySchema = z.object({
  networks: z
    .array(strategyNetworkSchema)
    .max(12)
    .refine((networks) => new Set(networks.map((item) => item.network)).size === networks.length, {
      error: 'Each network can be chosen once',
    }),
});
export type SetNetworksBody = z.infer<typeof setNetworksBodySchema>;

export const setPillarsBodySchema = z.object({
  pillars: z
    .array(
      z.object({
        /** An existing pillar keeps its id (posts and ideas point at it); without one, a new pillar. */
        id: uuidSchema.optional(),
        name: z.string().trim().min(1).max(80),
        description: shortText.nullable().default(null),
        sharePercent: z.number().int().min(0).max(100),
      }),
    )
    .max(12),
});
export type SetPillarsBody = z.infer<typeof setPillarsBodySchema>;

export const personaNetworkSchema = z.object({ network: networkKeySchema, usage: shortText.default('') });

const personaFields = {
  name: z.string().trim().min(1).max(80),
  description: longText,
  problems: longText,
  expectations: longText,
  interests: longText,
  networks: z.array(personaNetworkSchema).max(12),
};
export const personaBodySchema = z.object({
  ...personaFields,
  description: longText.default(''),
  problems: longText.default(''),
  expectations: longText.default(''),
  interests: longText.default(''),
  networks: personaFields.networks.default([]),
});
export type PersonaBody = z.infer<typeof personaBodySchema>;
/** From the bare fields, so a partial update never resets what it does not mention. */
export const updatePersonaBodySchema = requireSomethingToChange(z.object(personaFields).partial());
export const personaSchema = personaBodySchema.extend({ id: uuidSchema, updatedAt: isoInstantSchema });
export type Persona = z.infer<typeof personaSchema>;
export const personaParamsSchema = workspaceParamsSchema.extend({ personaId: uuidSchema });

export const kpiMetricSchema = z.enum(kpiMetrics);
export const kpiPeriodSchema = z.enum(kpiPeriods);
export const kpiDirectionSchema = z.enum(kpiDirections);

const kpiFields = {
  objectiveId: uuidSchema.nullable(),
  metric: kpiMetricSchema,
  /** The name of a custom metric (required when metric is 'custom'). */
  label: shortText.nullable(),
  /** Money in cents, rates in percent, durations in minutes, else counts. */
  target: z.number().finite().min(-1e12).max(1e12),
  baseline: z.number().finite().min(-1e12).max(1e12).nullable(),
  actual: z.number().finite().min(-1e12).max(1e12).nullable(),
  period: kpiPeriodSchema,
  direction: kpiDirectionSchema,
  startDate: isoDateSchema.nullable(),
  dueDate: isoDateSchema,
};

export const createKpiBodySchema = z
  .object({
    ...kpiFields,
    objectiveId: kpiFields.objectiveId.default(null),
    label: kpiFields.label.default(null),
    baseline: kpiFields.baseline.default(null),
    actual: kpiFields.actual.default(null),
    direction: kpiFields.direction.default('higher_is_better'),
    startDate: kpiFields.startDate.default(null),
  })
  .refine((kpi) => kpi.metric !== 'custom' || (kpi.label ?? '').length > 0, {
    error: 'A custom KPI needs a name',
    path: ['label'],
  })
  .refine((kpi) => !kpi.startDate || kpi.startDate <= kpi.dueDate, {
    error: 'The start date must be before the due date',
    path: ['startDate'],
  });
export type CreateKpiBody = z.infer<typeof createKpiBodySchema>;
export const updateKpiBodySchema = requireSomethingToChange(z.object(kpiFields).partial());
export type UpdateKpiBody = z.infer<typeof updateKpiBodySchema>;
export const kpiParamsSchema = workspaceParamsSchema.extend({ kpiId: uuidSchema });

export const kpiSchema = z.object({
  id: uuidSchema,
  ...kpiFields,
  /** The actual value is read from results (leads, clients won, revenue), not typed. */
  isMeasured: z.boolean(),
  progress: z
    .object({
      ratio: z.number(),
      displayRatio: z.number(),
      status: z.enum(['achieved', 'on_track', 'behind', 'not_started', 'overdue']),
      expectedRatioToday: z.number().nullable(),
      daysRemaining: z.number().int(),
    })
    .nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;

const objectiveFields = { title: z.string().trim().min(1).max(120), description: longText };
export const objectiveBodySchema = z.object({ ...objectiveFields, description: longText.default('') });
export const updateObjectiveBodySchema = requireSomethingToChange(z.object(objectiveFields).partial());
export const objectiveParamsSchema = workspaceParamsSchema.extend({ objectiveId: uuidSchema });
export const objectiveSchema = z.object({ id: uuidSchema, title: z.string(), description: z.string() });
export type Objective = z.infer<typeof objectiveSchema>;

export const objectivesViewSchema = z.object({
  objectives: z.array(objectiveSchema.extend({ kpis: z.array(kpiSchema) })),
  /** KPIs not attached to an objective. */
  kpis: z.array(kpiSchema),
  today: isoDateSchema,
});
export type ObjectivesView = z.infer<typeof objectivesViewSchema>;
