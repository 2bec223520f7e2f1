import { fromEpochDay, toEpochDay, weekStartOfEpochDay } from '../time/epoch-day.js';
import type { LocalDate } from '../time/local-values.js';

/** A range of local dates, both ends included. */
export type DateRange = { from: LocalDate; to: LocalDate };

const mondayOf = (date: LocalDate) => weekStartOfEpochDay(toEpochDay(date));

/**
 * The dates the routine calendar shows around `anchor`: a phone's three days from it (the
 * three-day view starts on its date), a wider screen's Monday-to-Sunday week holding it. The web
 * page and its route loader open on it, and the server names the same range for the page to carry.
 */
export function calendarRangeAt(anchor: LocalDate, isPhone: boolean): DateRange {
  if (isPhone) return { from: anchor, to: fromEpochDay(toEpochDay(anchor) + 2) };
  const monday = mondayOf(anchor);
  return { from: fromEpochDay(monday), to: fromEpochDay(monday + 6) };
}

/**
 * Where the routine calendar opens when the routine only begins after this week's Monday (a routine
 * generated on a Friday starts on the next Monday): its first full week, the one its first block is
 * in when that block is on a Monday, else the week after. Null when the routine already runs this
 * week: the calendar opens on today.
 */
export function firstFullRoutineWeek(startsOn: readonly LocalDate[], today: LocalDate): LocalDate | null {
  if (startsOn.length === 0) return null;
  const earliest = [...startsOn].sort()[0] as LocalDate;
  if (toEpochDay(earliest) <= mondayOf(today)) return null;
  const startMonday = mondayOf(earliest);
  return startMonday === toEpochDay(earliest) ? earliest : fromEpochDay(startMonday + 7);
}
