import { Temporal } from 'temporal-polyfill';
import { orderCategories } from './planned-vs-actual.js';
import type { CategoryDaySeconds } from './split-by-local-day.js';

export interface TimesheetRow {
  categoryId: string;
  /** Seven cells, index 0 = `weekStartDate`. */
  secondsByDay: number[];
  totalSeconds: number;
}

export interface TimesheetGrid {
  /** The seven local dates (YYYY-MM-DD) of the columns. */
  days: string[];
  rows: TimesheetRow[];
  dayTotals: number[];
  totalSeconds: number;
  /** Seconds of input cells dated outside the week; they are left out of every total. */
  outsideWeekSeconds: number;
}

/**
 * Builds the categories × 7 days matrix from per-day totals (see `aggregateEntriesByLocalDay`).
 * Several input items for the same cell are summed. Categories in `categoryOrder` get a row even
 * with no time (so the grid can be typed into); others appear after them, sorted by id.
 * @throws RangeError when `weekStartDate` is not a YYYY-MM-DD date.
 */
export function buildTimesheetGrid(
  cells: readonly CategoryDaySeconds[],
  weekStartDate: string,
  options: { categoryOrder?: readonly string[] } = {},
): TimesheetGrid {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStartDate)) {
    throw new RangeError(`weekStartDate must be YYYY-MM-DD, got "${weekStartDate}"`);
  }
  const weekStart = Temporal.PlainDate.from(weekStartDate, { overflow: 'reject' });
  const days = Array.from({ length: 7 }, (_, offset) => weekStart.add({ days: offset }).toString());
  const dayIndex = new Map(days.map((day, index) => [day, index]));
  const categoryOrder = options.categoryOrder ?? [];
  const secondsByCategory = new Map<string, number[]>();
  let outsideWeekSeconds = 0;

  for (const cell of cells) {
    if (!Number.isSafeInteger(cell.seconds) || cell.seconds < 0) {
      throw new RangeError(`Cell seconds must be a non-negative integer, got ${cell.seconds}`);
    }
    const index = dayIndex.get(cell.localDate);
    if (index === undefined) {
      outsideWeekSeconds += cell.seconds;
      continue;
    }
    const row = secondsByCategory.get(cell.categoryId) ?? new Array<number>(7).fill(0);
    row[index] = (row[index] ?? 0) + cell.seconds;
    secondsByCategory.set(cell.categoryId, row);
  }

  const categoryIds = orderCategories([...categoryOrder, ...secondsByCategory.keys()], categoryOrder);
  const rows = categoryIds.map((categoryId) => {
    const secondsByDay = secondsByCategory.get(categoryId) ?? new Array<number>(7).fill(0);
    return { categoryId, secondsByDay, totalSeconds: secondsByDay.reduce((sum, value) => sum + value, 0) };
  });
  const dayTotals = days.map((_, index) =>
    rows.reduce((sum, row) => sum + (row.secondsByDay[index] ?? 0), 0),
  );
  return {
    days,
    rows,
    dayTotals,
    totalSeconds: dayTotals.reduce((sum, value) => sum + value, 0),
    outsideWeekSeconds,
  };
}
