export {
  addDaysToDate,
  fromEpochDay,
  isoWeekdayOf,
  isoWeekdayOfEpochDay,
  toEpochDay,
  weekStartOfEpochDay,
} from './epoch-day.js';
export {
  addMinutesToWallClock,
  assertTimeZone,
  type IsoInstant,
  isLocalDate,
  isValidTimeZone,
  isWallClockTime,
  type LocalDate,
  minutesToWallClock,
  normaliseTimeZone,
  type TimeZoneName,
  type WallClockTime,
  wallClockToMinutes,
} from './local-values.js';
export {
  inspectWallClock,
  type ResolvedWallClock,
  resolveWallClock,
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
  weekBounds,
  zonedWeekStart,
} from './zoned-bounds.js';
