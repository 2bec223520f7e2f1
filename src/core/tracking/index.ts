export { allocateRoundedTotal, computeCostCents, computeWeekCost, type WeekCostInput } from './cost.js';
export {
  computeDurationSeconds,
  convertMinutesToSeconds,
  convertSecondsToMinutes,
  type MinuteRounding,
  roundHalfAwayFromZero,
} from './duration.js';
export {
  type CutBackTimerErrorCode,
  type CutBackTimerResult,
  cutBackTimer,
  DEFAULT_FORGOTTEN_TIMER_MINUTES,
  type EntryIntervalErrorCode,
  type EntryIntervalInput,
  type EntryIntervalResult,
  FUTURE_TOLERANCE_SECONDS,
  isForgottenTimer,
  MAX_MANUAL_ENTRY_SECONDS,
  validateEntryInterval,
} from './entry-interval.js';
export { type DurationStyle, type FormatDurationOptions, formatDuration } from './format-duration.js';
export { formatUtcInstant, parseInstantMs } from './instant.js';
export {
  describeLocalEntryTimes,
  type LocalEntryTimes,
  resolveLocalEntryTimes,
} from './local-entry-times.js';
export {
  type DurationInputErrorCode,
  type DurationInputResult,
  parseDurationInput,
} from './parse-duration-input.js';
export {
  computePlannedVsActual,
  type PlannedVsActual,
  type PlannedVsActualInput,
  type PlannedVsActualRow,
  type PlannedVsActualTotals,
  selectRoutineMinutes,
} from './planned-vs-actual.js';
export {
  aggregateEntriesByLocalDay,
  type CategoryDaySeconds,
  type LocalDaySeconds,
  splitIntervalByLocalDay,
} from './split-by-local-day.js';
export {
  diffTimesheetCell,
  type PlaceGridEntryResult,
  placeGridEntry,
  type TimeEntryOrigin,
  type TimesheetCellDiff,
  type TimesheetCellEntry,
  type TimesheetCellErrorCode,
  type TimesheetCellOperation,
} from './timesheet-cell.js';
export { buildTimesheetGrid, type TimesheetGrid, type TimesheetRow } from './timesheet-grid.js';
export type { TrackingError, TrackingFailure } from './tracking-error.js';
