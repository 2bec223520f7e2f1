export { findFirstOccurrenceDate, isOccurrenceDate, listOccurrenceDates } from './block-recurrence.js';
export { expandRoutine } from './expand-routine.js';
export { findOccurrenceOverlaps, type TimedSlot } from './find-occurrence-overlaps.js';
export {
  assertNoComplexOverlap,
  findOverlaps,
  type RoutineOverlap,
  RoutineOverlapError,
} from './find-overlaps.js';
export {
  type GenerateReferenceWeekInput,
  generateReferenceWeek,
  REFERENCE_WEEK_MINUTES,
  type ReferenceTemplateKey,
} from './generate-reference-week.js';
export {
  type BudgetLine,
  type GeneratedRoutine,
  type GenerateRoutineFromBudgetInput,
  generateRoutineFromBudget,
} from './generate-routine-from-budget.js';
export {
  type Adherence,
  type ComputeOccurrenceStatusInput,
  computeAdherence,
  computeOccurrenceStatus,
  type OccurrenceMark,
  type OccurrenceStatus,
} from './occurrence-status.js';
export { type CalendarSeriesPlan, planCalendarSeries } from './plan-calendar-series.js';
export {
  BLOCK_MINUTES_STEP,
  MAX_BLOCK_MINUTES,
  MAX_INTERVAL_WEEKS,
  MIN_BLOCK_MINUTES,
  type RoutineBlock,
  type RoutineException,
  type RoutineOccurrence,
  routineBlockSchema,
  routineExceptionSchema,
} from './routine-block.js';
export {
  applyRushWeeks,
  isInRushWeek,
  type RushPlan,
  type RushTreatment,
  rushKeptMinutes,
  rushKeyOf,
  rushTreatmentOf,
  rushWeekOf,
} from './rush-week.js';
export { type CategoryMinutes, summariseRoutineMinutesByCategory } from './summarise-routine-minutes.js';
export { toRRule } from './to-rrule.js';
