import { z } from 'zod';
import { categorySchema } from './budget.js';
import { dateSchema, isoInstantSchema, localeSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { monthSchema } from './results.js';

/** Any date of the wanted local week; the current week by default. */
export const reviewWeekQuerySchema = z.object({ week: dateSchema.optional() });
export const reviewExportQuerySchema = reviewWeekQuerySchema.extend({ locale: localeSchema.default('fr') });

const silentStretchSchema = z.object({ from: dateSchema, to: dateSchema, days: z.number().int() });

const reviewPostSchema = z.object({
  /** Null for a post published outside Cadence (read from a network's export). */
  postId: z.string().nullable(),
  network: networkKeySchema,
  text: z.string(),
  publishedAt: isoInstantSchema,
  engagement: z.number().nullable(),
  impressions: z.number().nullable(),
  ratePercent: z.number().nullable(),
});

export const reviewNotesSchema = z.object({
  text: z.string(),
  updatedAt: isoInstantSchema,
  updatedByName: z.string().nullable(),
});
export type ReviewNotes = z.infer<typeof reviewNotesSchema>;

/** The Friday review of one local week (src/core/review assembles it). */
export const weeklyReviewSchema = z.object({
  workspaceName: z.string(),
  timeZone: z.string(),
  weekStart: dateSchema,
  weekEnd: dateSchema,
  state: z.enum(['past', 'current', 'future']),
  judgedUntil: dateSchema.nullable(),
  previousWeekStart: dateSchema,
  /** Null for the current week: there is nothing to review after it. */
  nextWeekStart: dateSchema.nullable(),
  currency: z.string(),
  /** The categories the rows name (archived ones included, for their tracked time). */
  categories: z.array(categorySchema.pick({ id: true, referenceKey: true, name: true, color: true })),
  hours: z.object({
    rows: z.array(
      z.object({
        categoryId: z.string(),
        budgetMinutes: z.number().int(),
        routineMinutes: z.number().int(),
        trackedMinutes: z.number().int(),
      }),
    ),
    totals: z.object({
      budgetMinutes: z.number().int(),
      routineMinutes: z.number().int(),
      trackedMinutes: z.number().int(),
    }),
    trackedCostCents: z.number().int(),
    adherence: z.object({ planned: z.number().int(), done: z.number().int(), ratio: z.number().nullable() }),
  }),
  networks: z.array(
    z.object({
      network: networkKeySchema,
      target: z.number().nullable(),
      published: z.number().int(),
      onTarget: z.boolean(),
      streakWeeks: z.number().int(),
      allowedGapDays: z.number().int().nullable(),
      silentStretches: z.array(silentStretchSchema),
    }),
  ),
  posts: z.object({
    published: z.number().int(),
    measured: z.number().int(),
    isThin: z.boolean(),
    best: z.array(reviewPostSchema),
    worst: z.array(reviewPostSchema),
  }),
  outcomes: z.object({
    leads: z.number().int(),
    clients: z.number().int(),
    revenueCents: z.number().int(),
    leftOutOtherCurrency: z.number().int(),
    costPerLeadCents: z.number().int().nullable(),
    costPerClientCents: z.number().int().nullable(),
  }),
  notes: reviewNotesSchema.nullable(),
});
export type WeeklyReviewView = z.infer<typeof weeklyReviewSchema>;

export const saveReviewNotesBodySchema = z.object({
  weekStart: dateSchema,
  /** Empty text deletes the week's notes. */
  text: z.string().max(5000),
});
export type SaveReviewNotesBody = z.infer<typeof saveReviewNotesBodySchema>;

export const clientReportQuerySchema = z.object({
  /** The local month; the previous (last complete) month by default. */
  month: monthSchema.optional(),
  locale: localeSchema.default('fr'),
});
