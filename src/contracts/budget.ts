import { z } from 'zod';
import { budgetPresetKeys } from '../core/budget/presets.js';
import { referenceCategoryKeys } from '../core/budget/reference-categories.js';
import { centsSchema, requireSomethingToChange, uuidSchema } from './common.js';
import { workspaceParamsSchema } from './workspaces.js';

export const categoryColors = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
] as const;
export const categoryColorSchema = z.enum(categoryColors);
export type CategoryColor = z.infer<typeof categoryColorSchema>;
export const referenceCategoryKeySchema = z.enum(referenceCategoryKeys);

/** Integer minutes on a quarter hour, at most a week. */
export const weeklyMinutesSchema = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 60)
  .multipleOf(15);

export const categorySchema = z.object({
  id: uuidSchema,
  /** The reference category it stands for; null for one the workspace created. */
  referenceKey: referenceCategoryKeySchema.nullable(),
  /** Null on a reference category keeps its translated name. */
  name: z.string().nullable(),
  description: z.string().nullable(),
  color: categoryColorSchema,
  isComplex: z.boolean(),
  sortOrder: z.number().int(),
  weeklyMinutes: weeklyMinutesSchema,
  isArchived: z.boolean(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryParamsSchema = workspaceParamsSchema.extend({ categoryId: uuidSchema });

const categoryNameSchema = z.string().trim().min(1).max(60);
const descriptionSchema = z.string().trim().max(500);

export const createCategoryBodySchema = z.object({
  name: categoryNameSchema,
  description: descriptionSchema.nullable().default(null),
  color: categoryColorSchema.default('gray'),
  isComplex: z.boolean().default(false),
  weeklyMinutes: weeklyMinutesSchema.default(0),
});
export type CreateCategoryBody = z.infer<typeof createCategoryBodySchema>;

export const updateCategoryBodySchema = requireSomethingToChange(
  z
    .object({
      name: categoryNameSchema.nullable(),
      description: descriptionSchema.nullable(),
      color: categoryColorSchema,
      isComplex: z.boolean(),
      isArchived: z.boolean(),
      sortOrder: z.number().int().min(0).max(1000),
      weeklyMinutes: weeklyMinutesSchema,
    })
    .partial(),
);
export type UpdateCategoryBody = z.infer<typeof updateCategoryBodySchema>;

export const reorderCategoriesBodySchema = z.object({
  /** Every category of the workspace, archived ones included, in the wanted order. */
  categoryIds: z
    .array(uuidSchema)
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each category may appear only once' }),
});
export type ReorderCategoriesBody = z.infer<typeof reorderCategoriesBodySchema>;

export const budgetPresetKeySchema = z.enum(budgetPresetKeys);

export const setBudgetBodySchema = z.object({
  lines: z
    .array(z.object({ categoryId: uuidSchema, weeklyMinutes: weeklyMinutesSchema }))
    .min(1)
    .max(200),
});
export type SetBudgetBody = z.infer<typeof setBudgetBodySchema>;

export const applyPresetBodySchema = z.object({
  preset: budgetPresetKeySchema,
  /** 'reset' also sets the workspace's own categories to 0, so the total equals the preset. */
  userDefinedCategories: z.enum(['keep', 'reset']).default('keep'),
});

/** How one hour of someone's work is priced (mirrors the core's Worker). */
export const pricingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), hourlyCents: centsSchema }),
  z.object({
    kind: z.literal('salaried'),
    salaryCents: centsSchema,
    salaryPeriod: z.enum(['month', 'year']),
    employerChargesMultiplier: z.number().min(1).max(5),
    workMinutesPerYear: z
      .number()
      .int()
      .min(60)
      .max(366 * 24 * 60)
      .optional(),
  }),
  z.object({ kind: z.literal('agency_hourly'), hourlyCents: centsSchema }),
  z.object({
    kind: z.literal('agency_retainer'),
    monthlyRetainerCents: centsSchema,
    includedMinutesPerMonth: z
      .number()
      .int()
      .min(15)
      .max(31 * 24 * 60),
  }),
  z.object({
    kind: z.literal('freelancer'),
    dayRateCents: centsSchema,
    workMinutesPerDay: z
      .number()
      .int()
      .min(60)
      .max(24 * 60)
      .optional(),
  }),
]);
export type Pricing = z.infer<typeof pricingSchema>;

export const workOptionKinds = ['employee', 'agency', 'freelancer'] as const;

/** Someone outside the members who could do the work: a hire, an agency, a freelancer. */
export const workOptionSchema = z.object({
  id: uuidSchema,
  kind: z.enum(workOptionKinds),
  label: z.string(),
  pricing: pricingSchema,
  hourlyCents: centsSchema,
});
export type WorkOption = z.infer<typeof workOptionSchema>;

export const createWorkOptionBodySchema = z.object({
  kind: z.enum(workOptionKinds),
  label: z.string().trim().min(1).max(80),
  pricing: pricingSchema,
});
export const updateWorkOptionBodySchema = requireSomethingToChange(createWorkOptionBodySchema.partial());
export const workOptionParamsSchema = workspaceParamsSchema.extend({ optionId: uuidSchema });

/** Who does the budgeted work: a member (at their hourly cost) or one of the options. */
export const performerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member'), userId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('option'), optionId: uuidSchema }),
]);
export type Performer = z.infer<typeof performerSchema>;

export const workCostSchema = z.object({
  hourlyCents: centsSchema,
  weeklyCents: centsSchema,
  monthlyCents: centsSchema,
  yearlyCents: centsSchema,
});

export const budgetViewSchema = z.object({
  currency: z.string(),
  categories: z.array(categorySchema),
  totalMinutes: z.number().int(),
  presets: z.array(
    z.object({
      presetKey: budgetPresetKeySchema,
      presetMinutes: z.number().int(),
      differenceMinutes: z.number().int(),
      ratio: z.number(),
    }),
  ),
  closestPreset: budgetPresetKeySchema,
  performer: performerSchema.and(z.object({ label: z.string() })).nullable(),
  /** The budget's cost when done by the performer; null when nobody's cost is known. */
  cost: workCostSchema.nullable(),
  /** The same hours by each member with a known cost and by each option, side by side. */
  comparison: z.array(
    workCostSchema.extend({
      kind: z.enum(['member', ...workOptionKinds]),
      id: z.string(),
      label: z.string(),
      isPerformer: z.boolean(),
    }),
  ),
  options: z.array(workOptionSchema),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;

export const agencyBudgetsSchema = z.object({
  rows: z.array(
    z.object({
      workspaceId: uuidSchema,
      name: z.string(),
      currency: z.string(),
      totalWeeklyMinutes: z.number().int(),
      minutesByReferenceCategory: z.record(referenceCategoryKeySchema, z.number().int()),
      userDefinedMinutes: z.number().int(),
      differenceFromEssentialMinutes: z.number().int(),
      cost: workCostSchema.omit({ hourlyCents: true }).nullable(),
    }),
  ),
  totals: z.object({
    workspaceCount: z.number().int(),
    totalWeeklyMinutes: z.number().int(),
    averageWeeklyMinutesPerWorkspace: z.number().int(),
    costsByCurrency: z.array(
      z.object({
        currency: z.string(),
        workspaceCount: z.number().int(),
        weeklyCents: centsSchema,
        monthlyCents: centsSchema,
        yearlyCents: centsSchema,
      }),
    ),
    workspacesWithoutCost: z.number().int(),
  }),
});
export type AgencyBudgets = z.infer<typeof agencyBudgetsSchema>;
