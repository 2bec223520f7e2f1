import { dateTimeFormat } from '../../../core/format/date-time-format.js';

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

export function mondayOf(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - (isoWeekdayOfDate(monday) - 1));
  return monday;
}

/**
 * The dates the routine calendar shows from `date`: a phone's three days from it (FullCalendar's
 * three-day view starts on the current date), a wider screen's week holding it.
 */
function calendarRangeFrom(date: Date, isPhone: boolean): { from: string; to: string } {
  if (!isPhone) return weekAround(date);
  const last = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 2);
  return { from: toLocalDate(date), to: toLocalDate(last) };
}

/** The local date `days` after (or before, when negative) the local date `localDate`. */
export function addDays(localDate: string, days: number): string {
  const date = fromLocalDateTime(localDate, '12:00');
  date.setDate(date.getDate() + days);
  return toLocalDate(date);
}

/**
 * The dates the routine calendar shows around `anchor` (a local date): a phone's three days from
 * it, a wider screen's Monday-to-Sunday week holding it (as FullCalendar's views do). The page
 * and its route loader open on the same anchor, so the first drawing already holds its blocks.
 */
export function calendarRangeAt(anchor: string, isPhone: boolean): { from: string; to: string } {
  return calendarRangeFrom(fromLocalDateTime(anchor, '12:00'), isPhone);
}

/** Every local date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** The Monday-to-Sunday local dates of the week holding `date`. */
export function weekAround(date: Date): { from: string; to: string } {
  const monday = mondayOf(date);
  const sunday = new Date(monday);
  sunday.setDate(sunday.getDate() + 6);
  return { from: toLocalDate(monday), to: toLocalDate(sunday) };
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

/**
 * The Monday of the week to show first, when the routine only begins after this week's Monday (a
 * routine generated on a Friday holds two blocks this week): the first week it fills from Monday.
 * Null when this week already holds it. `startsOn` are the blocks' first dates, `today` local.
 */
export function firstFullRoutineWeek(startsOn: readonly string[], today: string): string | null {
  if (startsOn.length === 0) return null;
  const earliest = [...startsOn].sort()[0] as string;
  const thisMonday = toLocalDate(mondayOf(fromLocalDateTime(today, '12:00')));
  if (earliest <= thisMonday) return null;
  const startMonday = toLocalDate(mondayOf(fromLocalDateTime(earliest, '12:00')));
  if (startMonday === earliest) return earliest;
  const next = fromLocalDateTime(startMonday, '12:00');
  next.setDate(next.getDate() + 7);
  return toLocalDate(next);
}
