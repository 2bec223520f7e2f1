import { z } from 'zod';
import {
  centsSchema,
  dateSchema,
  instantSchema,
  isoInstantSchema,
  requireSomethingToChange,
  supportedYears,
  uuidSchema,
} from './common.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

export * from './tracking-imports.js';

/** How an entry was made. Only `grid` entries are resized by typing a day total in the timesheet. */
export const timeEntryOrigins = ['timer', 'manual', 'grid', 'import'] as const;
export const timeEntryOriginSchema = z.enum(timeEntryOrigins);
export type TimeEntryOrigin = z.infer<typeof timeEntryOriginSchema>;

/** A local date (YYYY-MM-DD) in the workspace's time zone. */
export const localDateSchema = dateSchema;

/** Dates and instants a person may send (the API's one range, see common.ts). */
export const trackedYears = supportedYears;
export const trackedDateSchema = dateSchema;
export const trackedInstantSchema = instantSchema;
const noteSchema = z.string().trim().max(2000);
/** better-auth user ids are text, not uuids. */
export const memberIdSchema = z.string().min(1).max(64);
const secondsSchema = z.number().int().min(0);

export const timeEntrySchema = z.object({
  id: uuidSchema,
  userId: z.string(),
  userName: z.string(),
  categoryId: uuidSchema,
  networkKey: networkKeySchema.nullable(),
  note: z.string(),
  startedAt: isoInstantSchema,
  /** Null while the timer runs. */
  endedAt: isoInstantSchema.nullable(),
  /** Null while the timer runs. */
  durationSeconds: secondsSchema.nullable(),
  origin: timeEntryOriginSchema,
  routineBlockId: uuidSchema.nullable(),
  occurrenceDate: localDateSchema.nullable(),
  importBatchId: uuidSchema.nullable(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

export const entryParamsSchema = workspaceParamsSchema.extend({ entryId: uuidSchema });

// ---- Timer -------------------------------------------------------------------------------------

export const runningTimerSchema = timeEntrySchema.extend({
  elapsedSeconds: secondsSchema,
  /** Running for at least the workspace's limit: ask whether to cut it back. */
  isForgotten: z.boolean(),
});
export type RunningTimer = z.infer<typeof runningTimerSchema>;

export const timerStateSchema = z.object({
  /** The caller's timer running in this workspace. */
  running: runningTimerSchema.nullable(),
  /** The caller's timer running in another of their workspaces (one timer per person). */
  runningElsewhere: z
    .object({ workspaceId: uuidSchema, workspaceName: z.string(), startedAt: isoInstantSchema })
    .nullable(),
  forgottenTimerMinutes: z.number().int(),
  /** The server's clock, so the web can count elapsed time despite a skewed device clock. */
  now: isoInstantSchema,
});
export type TimerState = z.infer<typeof timerStateSchema>;

const routineLinkFields = {
  /** The routine block occurrence being worked on (the "today" planner); both or neither. */
  routineBlockId: uuidSchema.nullable(),
  occurrenceDate: trackedDateSchema.nullable(),
};
const hasBothOrNeitherLink = (body: { routineBlockId?: string | null; occurrenceDate?: string | null }) =>
  (body.routineBlockId == null) === (body.occurrenceDate == null);
const linkError = { error: 'routineBlockId and occurrenceDate go together', path: ['occurrenceDate'] };

export const startTimerBodySchema = z
  .object({
    categoryId: uuidSchema,
    networkKey: networkKeySchema.nullable().default(null),
    note: noteSchema.default(''),
    routineBlockId: routineLinkFields.routineBlockId.default(null),
    occurrenceDate: routineLinkFields.occurrenceDate.default(null),
  })
  .refine(hasBothOrNeitherLink, linkError);
export type StartTimerBody = z.infer<typeof startTimerBodySchema>;

export const stoppedTimerSchema = z.object({
  /** Null when there was nothing to keep (stopped within the second it started). */
  stopped: timeEntrySchema.nullable(),
});

export const cutBackTimerBodySchema = z.object({ endedAt: trackedInstantSchema });

export const trackingSettingsSchema = z.object({
  forgottenTimerMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60),
});
export type TrackingSettings = z.infer<typeof trackingSettingsSchema>;
export const updateTrackingSettingsBodySchema = requireSomethingToChange(trackingSettingsSchema.partial());

// ---- Entries -----------------------------------------------------------------------------------

/** Filters shared by the list and the exports. Dates are local to the workspace, both inclusive. */
export const entryFiltersSchema = z
  .object({
    from: trackedDateSchema.optional(),
    to: trackedDateSchema.optional(),
    categoryId: uuidSchema.optional(),
    networkKey: networkKeySchema.optional(),
    userId: memberIdSchema.optional(),
    origin: timeEntryOriginSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: '`from` must not be after `to`',
    path: ['to'],
  });
export type EntryFilters = z.infer<typeof entryFiltersSchema>;

export const listEntriesQuerySchema = z.intersection(
  entryFiltersSchema,
  z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  }),
);

export const entryPageSchema = z.object({
  entries: z.array(timeEntrySchema),
  /** Entries matching the filters, over all pages. */
  total: z.number().int(),
  /** Seconds of the finished entries matching the filters, over all pages. */
  totalSeconds: secondsSchema,
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EntryPage = z.infer<typeof entryPageSchema>;

/** A manual entry: a start, and an end or a duration (exactly one). */
export const createTimeEntryBodySchema = z
  .object({
    categoryId: uuidSchema,
    startedAt: trackedInstantSchema,
    endedAt: trackedInstantSchema.optional(),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .optional(),
    networkKey: networkKeySchema.nullable().default(null),
    note: noteSchema.default(''),
    /** Another member's entry (managers only); the caller's own by default. */
    userId: memberIdSchema.optional(),
    routineBlockId: routineLinkFields.routineBlockId.default(null),
    occurrenceDate: routineLinkFields.occurrenceDate.default(null),
  })
  .refine((body) => (body.endedAt === undefined) !== (body.durationSeconds === undefined), {
    error: 'Give either an end or a duration',
    path: ['endedAt'],
  })
  .refine(hasBothOrNeitherLink, linkError);
export type CreateTimeEntryBody = z.infer<typeof createTimeEntryBodySchema>;

export const updateTimeEntryBodySchema = z
  .object({
    categoryId: uuidSchema,
    startedAt: trackedInstantSchema,
    endedAt: trackedInstantSchema,
    networkKey: networkKeySchema.nullable(),
    note: noteSchema,
    ...routineLinkFields,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' })
  .refine(hasBothOrNeitherLink, linkError);
export type UpdateTimeEntryBody = z.infer<typeof updateTimeEntryBodySchema>;

export const duplicateTimeEntryBodySchema = z.object({
  /** The local date of the copy, same local start time and duration; the original's date by default. */
  date: trackedDateSchema.optional(),
});

// ---- Timesheet ---------------------------------------------------------------------------------

export const weekQuerySchema = z.object({
  /** Any date of the wanted week (local); the current week by default. */
  weekStart: trackedDateSchema.optional(),
  /** One member's time; the caller's own by default for the timesheet, everyone for reports. */
  userId: memberIdSchema.optional(),
});

export const timesheetSchema = z.object({
  userId: z.string(),
  weekStart: localDateSchema,
  /** The seven local dates of the columns. */
  days: z.array(localDateSchema).length(7),
  rows: z.array(
    z.object({
      categoryId: uuidSchema,
      secondsByDay: z.array(secondsSchema).length(7),
      /**
       * Seconds of entries with real start and end times (timer, manual, import): the grid never
       * rewrites them, so a day total cannot be typed below this.
       */
      timedSecondsByDay: z.array(secondsSchema).length(7),
      totalSeconds: secondsSchema,
    }),
  ),
  dayTotals: z.array(secondsSchema).length(7),
  totalSeconds: secondsSchema,
});
export type Timesheet = z.infer<typeof timesheetSchema>;

export const setTimesheetCellBodySchema = z.object({
  categoryId: uuidSchema,
  date: trackedDateSchema,
  seconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  userId: memberIdSchema.optional(),
});
export type SetTimesheetCellBody = z.infer<typeof setTimesheetCellBodySchema>;

// ---- Planned vs actual -------------------------------------------------------------------------

const plannedVsActualFigures = {
  budgetMinutes: z.number().int(),
  routineMinutes: z.number().int(),
  trackedSeconds: secondsSchema,
  trackedMinutes: z.number().int(),
  /** Positive = over budget. */
  trackedMinusBudgetSeconds: z.number().int(),
  /** Positive = the routine schedules more than the budget. */
  routineMinusBudgetMinutes: z.number().int(),
  /** tracked / budget; null without a budget. */
  budgetUsedRatio: z.number().nullable(),
  /** Tracked hours × each member's own hourly cost. */
  trackedCostCents: centsSchema,
};

export const weekRangeSchema = z.object({
  weekStart: localDateSchema,
  startsAt: isoInstantSchema,
  endsAt: isoInstantSchema,
  /** 604800 usually; 601200 or 608400 in a week with a DST change. */
  lengthSeconds: z.number().int(),
});

export const plannedVsActualSchema = z.object({
  week: weekRangeSchema,
  currency: z.string(),
  userId: z.string().nullable(),
  rows: z.array(z.object({ categoryId: uuidSchema, ...plannedVsActualFigures })),
  totals: z.object(plannedVsActualFigures),
  /** Routine occurrences of the week: planned, and done (tracked against). */
  adherence: z.object({
    /** Routine occurrences of the week already settled (done, skipped or missed): the denominator. */
    planned: z.number().int(),
    done: z.number().int(),
    /** Still to come: not over yet, and not marked. */
    pending: z.number().int(),
    /** Over today and not marked yet: neither to come nor missed. */
    toMark: z.number().int(),
    ratio: z.number().nullable(),
  }),
  /** Members whose tracked time counted at zero cost because their hourly cost is not set. */
  membersWithoutHourlyCost: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type PlannedVsActualView = z.infer<typeof plannedVsActualSchema>;

export const trendQuerySchema = z.object({
  /** Any date of the last week of the trend; the current week by default. */
  weekStart: trackedDateSchema.optional(),
  weeks: z.coerce.number().int().min(1).max(53).default(12),
  userId: memberIdSchema.optional(),
});

export const trendSchema = z.object({
  currency: z.string(),
  userId: z.string().nullable(),
  /** Oldest first. Budgets are today's (budget history is not kept). */
  weeks: z.array(
    z.object({
      week: weekRangeSchema,
      budgetMinutes: z.number().int(),
      routineMinutes: z.number().int(),
      trackedSeconds: secondsSchema,
      trackedCostCents: centsSchema,
      byCategory: z.array(z.object({ categoryId: uuidSchema, trackedSeconds: secondsSchema })),
    }),
  ),
});
export type Trend = z.infer<typeof trendSchema>;
