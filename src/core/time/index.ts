/*
 * Zoned-time helpers. The exported boundary speaks strings: instants as ISO UTC
 * (`2026-03-29T07:00:00Z`), dates `YYYY-MM-DD`, times `HH:MM`, IANA zones. The Temporal and
 * epoch-number helpers at the end are building blocks for other src/core modules' hot paths.
 */
export {
  addDaysToDate,
  fromEpochDay,
  isoWeekdayOf,
  isoWeekdayOfEpochDay,
  toEpochDay,
  weekStartOfEpochDay,
} from './epoch-day.js';
export {
  formatEpochMilliseconds,
  formatLocalDateTime,
  getOffsetMilliseconds,
  resolveWallClockToEpochMilliseconds,
  toEpochMilliseconds,
  toLocalDayAndMinute,
} from './epoch-milliseconds.js';
export { generateVTimezone } from './generate-vtimezone.js';
export {
  type IsoInstant,
  isLocalDate,
  isValidTimeZone,
  isWallClockTime,
  type LocalDate,
  type TimeZoneName,
  type WallClockTime,
} from './local-value-checks.js';
export {
  addMinutesToWallClock,
  assertTimeZone,
  formatInstant,
  formatWallClockTime,
  minutesToWallClock,
  normaliseTimeZone,
  parseInstant,
  parseLocalDate,
  parseWallClockTime,
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
  listUnclearLocalTimes,
  listZoneTransitions,
  type UnclearLocalTimes,
  type ZoneTransition,
} from './zone-transitions.js';
export {
  dayBounds,
  getLocalDate,
  getLocalWallClockTime,
  type InstantInterval,
  startOfLocalDay,
  weekBounds,
  zonedWeekStart,
} from './zoned-bounds.js';
