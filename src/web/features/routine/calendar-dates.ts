import { dateTimeFormat } from '../../../core/format/date-time-format.js';

// Where the calendar opens and what it shows: shared with the server, which names that range for the page to carry.
export { calendarRangeAt, firstFullRoutineWeek } from '../../../core/routine/calendar-range.js';

/*
 * The routine calendar shows the workspace's wall-clock times as the browser's "floating" local
 * times (FullCalendar's timeZone="local"): `2026-11-25T09:30` is built as a local Date and read
 * back with local getters, so the browser's own zone never shifts a block.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a calendar Date. */
export const toLocalDate = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `HH:MM` of a calendar Date. */
export const toLocalTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export const isoWeekdayOfDate = (date: Date) => ((date.getDay() + 6) % 7) + 1;

/** The calendar Date of a local date and `HH:MM`. */
export const fromLocalDateTime = (localDate: string, time: string) => new Date(`${localDate}T${time}:00`);

/** The local date `days` after (or before, when negative) the local date `localDate`. */
export function addDays(localDate: string, days: number): string {
  const date = fromLocalDateTime(localDate, '12:00');
  date.setDate(date.getDate() + days);
  return toLocalDate(date);
}

/** Every local date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * The series' weekdays once the occurrence on `fromDay` is dragged to `toDay`. Null when the series
 * already runs on `toDay`: merging the two days would silently drop one occurrence a week.
 */
export function moveSeriesWeekday(
  weekdays: readonly number[],
  fromDay: number,
  toDay: number,
): number[] | null {
  if (fromDay === toDay) return [...weekdays];
  if (weekdays.includes(toDay)) return null;
  return weekdays.map((day) => (day === fromDay ? toDay : day)).sort((a, b) => a - b);
}

/** Whole minutes between two calendar Dates. */
export const minutesBetween = (start: Date, end: Date) =>
  Math.round((end.getTime() - start.getTime()) / 60_000);

/** The weekday's full name in `language` (2026-11-23 is a Monday). */
export function weekdayName(isoWeekday: number, language: string): string {
  return dateTimeFormat(language, { weekday: 'long' }).format(
    fromLocalDateTime(`2026-11-${22 + isoWeekday}`, '12:00'),
  );
}
