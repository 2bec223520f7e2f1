import { z } from 'zod';
import { isLocalDate, isValidTimeZone, isWallClockTime } from '../time/local-value-checks.js';

/*
 * The shapes of the weekly routine. The zod schemas carry the domain limits so that
 * src/contracts can compose them instead of restating them; every function in this folder assumes
 * its input already passed them.
 */

export const MIN_BLOCK_MINUTES = 5;
export const MAX_BLOCK_MINUTES = 720;
export const BLOCK_MINUTES_STEP = 5;
export const MAX_INTERVAL_WEEKS = 8;
export const MAX_TITLE_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 2000;

const localDateSchema = z.string().refine(isLocalDate, { error: 'Expected a date as YYYY-MM-DD' });
const wallClockSchema = z.string().refine(isWallClockTime, { error: 'Expected a time as HH:MM' });
const durationSchema = z
  .number()
  .int()
  .min(MIN_BLOCK_MINUTES)
  .max(MAX_BLOCK_MINUTES)
  .multipleOf(BLOCK_MINUTES_STEP);

export const routineBlockSchema = z
  .object({
    id: z.string().min(1),
    /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .refine((days) => new Set(days).size === days.length, { error: 'Weekdays must not repeat' }),
    startTime: wallClockSchema,
    /** Elapsed minutes, not a wall-clock difference: a block over a DST change still lasts this long. */
    durationMinutes: durationSchema,
    categoryId: z.string().min(1),
    networkKey: z.string().min(1).nullish(),
    note: z.string().max(1000).nullish(),
    /** The task: what to do in the block; null lets the template or the category name it. */
    title: z.string().max(MAX_TITLE_LENGTH).nullish(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).nullish(),
    /** Set on generated blocks ('replies', 'batch', ...) so the UI can label them through i18n. */
    templateKey: z.string().min(1).nullish(),
    /** Repeat every N weeks, counted from the Monday-based week containing `startsOn`. */
    intervalWeeks: z.number().int().min(1).max(MAX_INTERVAL_WEEKS),
    startsOn: localDateSchema,
    /** Inclusive last local date; null = open-ended. */
    endsOn: localDateSchema.nullish(),
    timeZone: z
      .string()
      .refine(isValidTimeZone, { error: 'Expected an IANA time zone such as Europe/Paris' }),
  })
  .refine((block) => !block.endsOn || block.endsOn >= block.startsOn, {
    error: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });

export type RoutineBlock = z.infer<typeof routineBlockSchema>;

/**
 * A change to one occurrence, keyed by the block and the occurrence's ORIGINAL local date (which
 * stays the key even after a move). `moved` fields left out keep the block's values.
 */
export const routineExceptionSchema = z.object({
  blockId: z.string().min(1),
  originalDate: localDateSchema,
  kind: z.enum(['cancelled', 'moved']),
  newDate: localDateSchema.nullish(),
  newStartTime: wallClockSchema.nullish(),
  newDurationMinutes: durationSchema.nullish(),
});

export type RoutineException = z.infer<typeof routineExceptionSchema>;

/** One concrete time slot of a block, as returned by expandRoutine. */
export interface RoutineOccurrence {
  blockId: string;
  /** The local date the block scheduled it on: the stable key for marks and exceptions. */
  occurrenceDate: string;
  /** Local date and `HH:MM` on the clock at `start` (after a move and after the DST rule). */
  localDate: string;
  startTime: string;
  endTime: string;
  /** UTC instants, `[start, end)`. */
  start: string;
  end: string;
  durationMinutes: number;
  categoryId: string;
  networkKey: string | null;
  note: string | null;
  title: string | null;
  description: string | null;
  templateKey: string | null;
  timeZone: string;
  isMoved: boolean;
}
