import {
  fromEpochDay,
  isoWeekdayOfEpochDay,
  type LocalDate,
  toEpochDay,
  weekStartOfEpochDay,
} from '../time/index.js';
import type { RoutineBlock } from './routine-block.js';

/**
 * Which local dates a block falls on, as integer epoch days. Dates are zone-free: the zone only
 * matters when a date + time becomes an instant.
 *
 * Anchoring: with `intervalWeeks = N`, the block runs in the Monday-based week containing
 * `startsOn` and every Nth week after it (never before `startsOn`, never after `endsOn`). This is
 * exactly RFC 5545's FREQ=WEEKLY;INTERVAL=N;WKST=MO with DTSTART on the first occurrence.
 */
export interface BlockRecurrence {
  firstDay: number;
  /** Inclusive; +Infinity when open-ended. */
  lastDay: number;
  weekdays: ReadonlySet<number>;
  intervalWeeks: number;
  anchorWeekStart: number;
}

type RecurrenceFields = Pick<RoutineBlock, 'weekdays' | 'intervalWeeks' | 'startsOn' | 'endsOn'>;

export function compileRecurrence(block: RecurrenceFields): BlockRecurrence {
  const firstDay = toEpochDay(block.startsOn);
  return {
    firstDay,
    lastDay: block.endsOn ? toEpochDay(block.endsOn) : Number.POSITIVE_INFINITY,
    weekdays: new Set(block.weekdays),
    intervalWeeks: block.intervalWeeks,
    anchorWeekStart: weekStartOfEpochDay(firstDay),
  };
}

export function occursOnDay(recurrence: BlockRecurrence, day: number): boolean {
  if (day < recurrence.firstDay || day > recurrence.lastDay) return false;
  if (!recurrence.weekdays.has(isoWeekdayOfEpochDay(day))) return false;
  const weeksSinceAnchor = (weekStartOfEpochDay(day) - recurrence.anchorWeekStart) / 7;
  return weeksSinceAnchor % recurrence.intervalWeeks === 0;
}

/** True when the block schedules an occurrence on local `date`. */
export function isOccurrenceDate(block: RecurrenceFields, date: LocalDate): boolean {
  return occursOnDay(compileRecurrence(block), toEpochDay(date));
}

/** The block's occurrence dates within `[fromDate, toDate]` (inclusive), ascending. */
export function listOccurrenceDates(
  block: RecurrenceFields,
  fromDate: LocalDate,
  toDate: LocalDate,
): LocalDate[] {
  const recurrence = compileRecurrence(block);
  const dates: LocalDate[] = [];
  const last = Math.min(toEpochDay(toDate), recurrence.lastDay);
  for (let day = Math.max(toEpochDay(fromDate), recurrence.firstDay); day <= last; day++) {
    if (occursOnDay(recurrence, day)) dates.push(fromEpochDay(day));
  }
  return dates;
}

/** The first date the block occurs on (its DTSTART date), or null if `endsOn` comes before any. */
export function findFirstOccurrenceDate(block: RecurrenceFields): LocalDate | null {
  const recurrence = compileRecurrence(block);
  // The first matching week is the anchor week or the next one of the cycle, so 7 * (N + 1) days suffice.
  const last = Math.min(recurrence.lastDay, recurrence.firstDay + 7 * (recurrence.intervalWeeks + 1));
  for (let day = recurrence.firstDay; day <= last; day++) {
    if (occursOnDay(recurrence, day)) return fromEpochDay(day);
  }
  return null;
}
