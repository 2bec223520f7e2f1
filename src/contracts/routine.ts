import { z } from 'zod';
import {
  BLOCK_MINUTES_STEP,
  MAX_BLOCK_MINUTES,
  MAX_DESCRIPTION_LENGTH,
  MAX_INTERVAL_WEEKS,
  MAX_TITLE_LENGTH,
  MIN_BLOCK_MINUTES,
} from '../core/routine/routine-block.js';
import { referenceCategoryKeySchema } from './budget.js';
import { dateSchema, isoInstantSchema, problemSchema, uuidSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

/*
 * The weekly routine: recurring time blocks (wall-clock time + IANA zone), their occurrences with a
 * status, one-off exceptions, marks, generators, the budget comparison and the calendar feeds.
 * Dates are local `YYYY-MM-DD` in the block's zone (the workspace's), times `HH:MM`, instants UTC.
 */

/** A local date (YYYY-MM-DD): the API's one date schema, with its supported range. */
export const localDateSchema = dateSchema;
export const wallClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected a time as HH:MM (00:00 to 23:59)' });
export const blockDurationSchema = z
  .number()
  .int()
  .min(MIN_BLOCK_MINUTES)
  .max(MAX_BLOCK_MINUTES)
  .multipleOf(BLOCK_MINUTES_STEP);
/** ISO weekdays, 1 = Monday .. 7 = Sunday, each at most once. */
export const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, { error: 'Weekdays must not repeat' });
export const intervalWeeksSchema = z.number().int().min(1).max(MAX_INTERVAL_WEEKS);
const noteSchema = z.string().trim().max(1000);
/** Empty text means "no title": the template's or the category's name shows instead. */
const titleSchema = z
  .string()
  .trim()
  .max(MAX_TITLE_LENGTH)
  .transform((text) => text || null);
const descriptionSchema = z
  .string()
  .trim()
  .max(MAX_DESCRIPTION_LENGTH)
  .transform((text) => text || null);
/** A member's user id; null means the workspace's block (it shows in every member's calendar). */
const memberUserIdSchema = z.string().min(1).max(64).nullable();

export const routineBlockSchema = z.object({
  id: uuidSchema,
  weekdays: z.array(z.number().int()),
  startTime: z.string(),
  /** Local end on a 24-hour dial (`23:30` + 60 min -> `00:30`, the next day). */
  endTime: z.string(),
  durationMinutes: z.number().int(),
  categoryId: uuidSchema,
  networkKey: networkKeySchema.nullable(),
  note: z.string().nullable(),
  /** What to do in the block; null = the template's task (templateKey), else the category's name. */
  title: z.string().nullable(),
  description: z.string().nullable(),
  /** Repeat every N weeks, counted from the Monday-based week of `startsOn`. */
  intervalWeeks: z.number().int(),
  startsOn: localDateSchema,
  /** Inclusive last date; null = open-ended. */
  endsOn: localDateSchema.nullable(),
  /** Set on generated blocks ('replies', 'batch', 'deep_content', 'weekly_analysis'); an i18n key. */
  templateKey: z.string().nullable(),
  memberUserId: z.string().nullable(),
  /** The workspace's zone when the block was created; it changes only by adopting the new zone. */
  timeZone: z.string(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type RoutineBlockView = z.infer<typeof routineBlockSchema>;

export const routineBlockParamsSchema = workspaceParamsSchema.extend({ blockId: uuidSchema });
export const occurrenceParamsSchema = routineBlockParamsSchema.extend({ occurrenceDate: localDateSchema });

export const listBlocksQuerySchema = z.object({
  /** Only this member's blocks and the workspace's (what their calendar shows). */
  memberUserId: z.string().min(1).max(64).optional(),
});

export const createRoutineBlockBodySchema = z
  .object({
    weekdays: weekdaysSchema,
    startTime: wallClockTimeSchema,
    durationMinutes: blockDurationSchema,
    categoryId: uuidSchema,
    networkKey: networkKeySchema.nullable().default(null),
    note: noteSchema.nullable().default(null),
    title: titleSchema.nullable().default(null),
    description: descriptionSchema.nullable().default(null),
    intervalWeeks: intervalWeeksSchema.default(1),
    /** Default: today in the workspace's zone (no occurrence is born already missed). */
    startsOn: localDateSchema.optional(),
    endsOn: localDateSchema.nullable().default(null),
    memberUserId: memberUserIdSchema.default(null),
  })
  .refine((body) => !body.endsOn || !body.startsOn || body.endsOn >= body.startsOn, {
    error: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type CreateRoutineBlockBody = z.infer<typeof createRoutineBlockBodySchema>;

// From the bare fields, without defaults: a partial update must not reset what it does not name.
export const updateRoutineBlockBodySchema = z
  .object({
    weekdays: weekdaysSchema,
    startTime: wallClockTimeSchema,
    durationMinutes: blockDurationSchema,
    categoryId: uuidSchema,
    networkKey: networkKeySchema.nullable(),
    note: noteSchema.nullable(),
    title: titleSchema.nullable(),
    description: descriptionSchema.nullable(),
    intervalWeeks: intervalWeeksSchema,
    startsOn: localDateSchema,
    endsOn: localDateSchema.nullable(),
    memberUserId: memberUserIdSchema,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' });
export type UpdateRoutineBlockBody = z.infer<typeof updateRoutineBlockBodySchema>;

/** One existing complex block the edited one would run into (the 409's `overlaps`). */
export const routineOverlapSchema = z.object({
  blockId: z.string(),
  categoryId: z.string(),
  /** ISO weekday of the existing block's occurrence that is hit. */
  weekday: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  /** The first date it happens. */
  firstDate: localDateSchema,
});
/** The body of a 409 `routine_complex_overlap`: problem details plus the clashes. */
export const routineOverlapProblemSchema = problemSchema.extend({ overlaps: z.array(routineOverlapSchema) });
export type RoutineOverlapProblem = z.infer<typeof routineOverlapProblemSchema>;

export const generationModeSchema = z.enum(['replace', 'add']);

export const generateReferenceWeekBodySchema = z.object({
  /** 'replace' deletes the blocks of the same owner (the member, or the workspace) first. */
  mode: generationModeSchema,
  /** When replies start each day; the other blocks follow straight after. */
  dayStart: wallClockTimeSchema.default('09:00'),
  startsOn: localDateSchema.optional(),
  memberUserId: memberUserIdSchema.default(null),
});
export type GenerateReferenceWeekBody = z.infer<typeof generateReferenceWeekBodySchema>;

export const generateFromBudgetBodySchema = z.object({
  mode: generationModeSchema,
  dailyWindow: z
    .object({ start: wallClockTimeSchema, end: wallClockTimeSchema })
    .refine((window) => window.end > window.start, { error: 'The window must end after it starts' }),
  workingDays: weekdaysSchema.default([1, 2, 3, 4, 5]),
  slotMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(30),
  startsOn: localDateSchema.optional(),
  memberUserId: memberUserIdSchema.default(null),
});
export type GenerateFromBudgetBody = z.infer<typeof generateFromBudgetBodySchema>;

export const categoryMinutesSchema = z.object({ categoryId: uuidSchema, minutes: z.number().int() });

export const generatedRoutineSchema = z.object({
  /** The blocks created by this call. */
  blocks: z.array(routineBlockSchema),
  /** Budget minutes that did not fit the window (budget generator only; empty otherwise). */
  unplaced: z.array(categoryMinutesSchema),
});

export const occurrenceStatuses = ['planned', 'started', 'done', 'skipped', 'missed'] as const;
export const occurrenceMarks = ['started', 'done', 'skipped'] as const;

export const routineOccurrenceSchema = z.object({
  blockId: uuidSchema,
  /** The date the series scheduled it on: the key for marks and exceptions, even after a move. */
  occurrenceDate: localDateSchema,
  /** Where it actually is, in the block's zone (after a move and the DST rule). */
  localDate: localDateSchema,
  startTime: z.string(),
  endTime: z.string(),
  start: isoInstantSchema,
  end: isoInstantSchema,
  durationMinutes: z.number().int(),
  categoryId: uuidSchema,
  networkKey: z.string().nullable(),
  note: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  templateKey: z.string().nullable(),
  memberUserId: z.string().nullable(),
  timeZone: z.string(),
  isMoved: z.boolean(),
  /** Shortened or skipped because its week is a rush week (the routine itself is unchanged). */
  isRush: z.boolean(),
  /** done/skipped are final; otherwise missed once its local day is over (started included). */
  status: z.enum(occurrenceStatuses),
  mark: z
    .object({ status: z.enum(occurrenceMarks), markedBy: z.string().nullable(), markedAt: isoInstantSchema })
    .nullable(),
});
export type RoutineOccurrenceView = z.infer<typeof routineOccurrenceSchema>;

export const adherenceSchema = z.object({
  planned: z.number().int(),
  done: z.number().int(),
  skipped: z.number().int(),
  missed: z.number().int(),
  /** Still to come: not over yet. */
  pending: z.number().int(),
  /** Over, their day not yet: waiting for a done or a skip (then missed at midnight). */
  toMark: z.number().int(),
  ratio: z.number().nullable(),
});

/** Inclusive local dates in the workspace's zone; at most 62 days (a month view with margins). */
export const occurrencesQuerySchema = z
  .object({
    from: localDateSchema,
    to: localDateSchema,
    memberUserId: z.string().min(1).max(64).optional(),
  })
  .refine((query) => query.to >= query.from, { error: '`to` must not be before `from`', path: ['to'] })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 61 * 86_400_000, {
    error: 'At most 62 days at once',
    path: ['to'],
  });

/** An occurrence cancelled by an exception, where the series would have put it: shown so it can be restored. */
export const cancelledOccurrenceSchema = routineOccurrenceSchema.omit({ status: true, mark: true });
export type CancelledOccurrenceView = z.infer<typeof cancelledOccurrenceSchema>;

export const occurrencesViewSchema = z.object({
  timeZone: z.string(),
  from: localDateSchema,
  to: localDateSchema,
  occurrences: z.array(routineOccurrenceSchema),
  cancelled: z.array(cancelledOccurrenceSchema),
  adherence: adherenceSchema,
  /** Local Mondays of the rush weeks touching the range. */
  rushWeeks: z.array(localDateSchema),
});

export const todayQuerySchema = z.object({
  /** Default: today in the workspace's zone. */
  date: localDateSchema.optional(),
  memberUserId: z.string().min(1).max(64).optional(),
});

export const todayViewSchema = z.object({
  date: localDateSchema,
  timeZone: z.string(),
  /** The day's occurrences in chronological order. */
  occurrences: z.array(routineOccurrenceSchema),
  /** The day is in a rush week: the plan is shrunk to what keeps regularity. */
  isRushWeek: z.boolean(),
  /** Started and neither done nor skipped, over the 7 days up to and including `date`. */
  unfinished: z.array(routineOccurrenceSchema),
});

export const markOccurrenceBodySchema = z.object({ status: z.enum(occurrenceMarks) });

export const routineExceptionBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z
    .object({
      kind: z.literal('moved'),
      newDate: localDateSchema.nullable().default(null),
      newStartTime: wallClockTimeSchema.nullable().default(null),
      newDurationMinutes: blockDurationSchema.nullable().default(null),
    })
    .refine((body) => body.newDate || body.newStartTime || body.newDurationMinutes, {
      error: 'A move changes the date, the start time or the duration',
    }),
]);
export type RoutineExceptionBody = z.infer<typeof routineExceptionBodySchema>;

export const routineExceptionSchema = z.object({
  blockId: uuidSchema,
  originalDate: localDateSchema,
  kind: z.enum(['cancelled', 'moved']),
  newDate: localDateSchema.nullable(),
  newStartTime: z.string().nullable(),
  newDurationMinutes: z.number().int().nullable(),
});
export type RoutineExceptionView = z.infer<typeof routineExceptionSchema>;

export const comparisonQuerySchema = z.object({
  /** Any date of the week (Monday-based); default: the first week starting on or after today. */
  week: localDateSchema.optional(),
});

export const routineComparisonSchema = z.object({
  weekStart: localDateSchema,
  rows: z.array(
    z.object({
      categoryId: uuidSchema,
      referenceKey: referenceCategoryKeySchema.nullable(),
      name: z.string().nullable(),
      color: z.string(),
      isComplex: z.boolean(),
      budgetMinutes: z.number().int(),
      routineMinutes: z.number().int(),
      /** routine - budget: positive when the routine plans more than the budget. */
      differenceMinutes: z.number().int(),
    }),
  ),
  totalBudgetMinutes: z.number().int(),
  totalRoutineMinutes: z.number().int(),
});
export type RoutineComparison = z.infer<typeof routineComparisonSchema>;

export const calendarFeedScopeSchema = z.enum(['workspace', 'member']);

/** A feed's URL: returned when it is created or regenerated, and again on demand. */
export const createdCalendarFeedSchema = z.object({
  scope: calendarFeedScopeSchema,
  url: z.url(),
  createdAt: isoInstantSchema,
});

const liveFeedSchema = z.object({
  createdAt: isoInstantSchema,
  /** False for feeds made before URLs could be shown again: only regenerating gives a URL. */
  canShowUrl: z.boolean(),
});

export const calendarFeedsStatusSchema = z.object({
  workspace: liveFeedSchema.nullable(),
  mine: liveFeedSchema.nullable(),
  /** CADENCE_BASE_URL is a local address: Google or Outlook cannot fetch the feed from there. */
  isBaseUrlLocal: z.boolean(),
  /** CADENCE_BASE_URL itself, the address feed URLs start with. */
  baseUrl: z.string(),
});

/** `<token>.ics` (or the bare token): 32 random bytes in base64url. */
export const calendarTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}(\.ics)?$/),
});
