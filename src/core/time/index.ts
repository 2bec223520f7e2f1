export {
  addDaysToDate,
  fromEpochDay,
  isoWeekdayOf,
  isoWeekdayOfEpochDay,
  toEpochDay,
  weekStartOfEpochDay,
} from './epoch-day.js';
// Temporal-level building blocks for other src/core modules; application code should use the string API above.
export {
  addMinutesToWallClock,
  assertTimeZone,
  formatInstant,
  formatWallClockTime,
  type IsoInstant,
  isLocalDate,
  isValidTimeZone,
  isWallClockTime,
  type LocalDate,
  minutesToWallClock,
  normaliseTimeZone,
  parseInstant,
  parseLocalDate,
  parseWallClockTime,
  type TimeZoneName,
  type WallClockTime,
  wallClockToMinutes,
} from './local-values.js';
export {
  inspectWallClock,
  type ResolvedWallClock,
  resolveWallClock,
  resolveWallClockToInstant,
  type WallClockAdjustment,
} from './resolve-wall-clock.js';
export {
  type LocalDayPiece,
  minutesBetween,
  splitIntervalByLocalDays,
  splitIntervalByWeeks,
  type WeekPiece,
} from './split-interval.js';
export {
  dayBounds,
  getLocalDate,
  getLocalWallClockTime,
  type InstantInterval,
  startOfLocalDay,
  weekBounds,
  zonedWeekStart,
} from './zoned-bounds.js';
