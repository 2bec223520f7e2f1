import {
  assertTimeZone,
  isLocalDate,
  type LocalDate,
  minutesToWallClock,
  type TimeZoneName,
  type WallClockTime,
  wallClockToMinutes,
} from '../time/index.js';
import { BLOCK_MINUTES_STEP, MAX_BLOCK_MINUTES, type RoutineBlock } from './routine-block.js';
import type { CategoryMinutes } from './summarise-routine-minutes.js';

export interface BudgetLine {
  categoryId: string;
  /** Minutes per week. */
  minutes: number;
  /** Complex tasks get few long sessions; the others are spread thinly over every working day. */
  isComplex: boolean;
}

export interface GenerateRoutineFromBudgetInput {
  budget: readonly BudgetLine[];
  /** ISO weekdays, default Monday to Friday. */
  workingDays?: readonly number[];
  /** Hours of the day the routine may use, within one day (end after start). */
  dailyWindow: { start: WallClockTime; end: WallClockTime };
  timeZone: TimeZoneName;
  startsOn: LocalDate;
  /** Granularity of the layout; a multiple of 5. Budget minutes below one slot stay unplaced. */
  slotMinutes?: number;
  /** Longest session a complex task gets before it is split over another day. */
  maxComplexSessionMinutes?: number;
}

export interface GeneratedRoutine {
  /** Weekly blocks, chronological (first weekday, then start time); ids `budget-1`, `budget-2`, ... */
  blocks: RoutineBlock[];
  /** Budget minutes that did not fit the window, per category in budget order; empty when all fit. */
  unplaced: CategoryMinutes[];
}

/** One working day being filled: free slots and, per category, the slots it got, in laying-out order. */
interface DayPlan {
  weekday: number;
  freeSlots: number;
  slotsByCategory: Map<string, number>;
}

/**
 * Lays a weekly time budget out as routine blocks, never throwing because it does not fit.
 *
 * - Non-complex categories (replies, curation...) are spread as evenly as possible over every
 *   working day, because regularity is what they are for (domain.md §4).
 * - Complex categories get sessions of up to `maxComplexSessionMinutes` (default 120) on distinct
 *   days, biggest category first, each on the day with room, rotating so two complex tasks do not
 *   pile up on the same days.
 * - Each day is then laid out sequentially from the window start: non-complex first, in budget
 *   order (list replies first to open the day with them, as the reference week does), then complex. Sequential layout means no two blocks overlap
 *   at all, so "one complex task at a time" holds by construction.
 * - What does not fit is reported in `unplaced`; per category, placed + unplaced = budget.
 * @throws RangeError on malformed input (bad window, slot size, zone or date), not on lack of room.
 */
export function generateRoutineFromBudget(input: GenerateRoutineFromBudgetInput): GeneratedRoutine {
  const slotMinutes = input.slotMinutes ?? 30;
  const maxSessionMinutes = input.maxComplexSessionMinutes ?? 120;
  assertInput(input, slotMinutes);
  const windowStart = wallClockToMinutes(input.dailyWindow.start);
  const slotsPerDay = Math.floor((wallClockToMinutes(input.dailyWindow.end) - windowStart) / slotMinutes);
  const days: DayPlan[] = [...new Set(input.workingDays ?? [1, 2, 3, 4, 5])]
    .sort((a, b) => a - b)
    .map((weekday) => ({ weekday, freeSlots: slotsPerDay, slotsByCategory: new Map() }));

  const lines = mergeBudgetLines(input.budget);
  const unplacedSlots = new Map<string, number>();
  // Each category's spread starts where the previous one's ended: with fewer slots than days, the
  // empty days move on instead of every category leaving the same last days (Sunday) empty.
  let firstDay = 0;
  for (const line of lines.filter((candidate) => !candidate.isComplex)) {
    const slots = Math.floor(line.minutes / slotMinutes);
    unplacedSlots.set(line.categoryId, spreadOverDays(days, line.categoryId, slots, firstDay));
    firstDay = (firstDay + slots) % Math.max(1, days.length);
  }
  const complexLines = lines.filter((line) => line.isComplex).sort((a, b) => b.minutes - a.minutes);
  complexLines.forEach((line, rotation) => {
    const slots = Math.floor(line.minutes / slotMinutes);
    const sessionSlots = Math.max(1, Math.floor(maxSessionMinutes / slotMinutes));
    unplacedSlots.set(line.categoryId, placeSessions(days, line.categoryId, slots, sessionSlots, rotation));
  });

  const placedMinutes = new Map<string, number>();
  for (const line of lines) {
    const slots = Math.floor(line.minutes / slotMinutes) - (unplacedSlots.get(line.categoryId) ?? 0);
    placedMinutes.set(line.categoryId, slots * slotMinutes);
  }
  return {
    blocks: layOutBlocks(days, windowStart, slotMinutes, input),
    unplaced: lines
      .map((line) => ({
        categoryId: line.categoryId,
        minutes: line.minutes - (placedMinutes.get(line.categoryId) ?? 0),
      }))
      .filter((entry) => entry.minutes > 0),
  };
}

function assertInput(input: GenerateRoutineFromBudgetInput, slotMinutes: number): void {
  assertTimeZone(input.timeZone);
  if (!isLocalDate(input.startsOn)) throw new RangeError(`Invalid startsOn: "${input.startsOn}"`);
  if (!Number.isInteger(slotMinutes) || slotMinutes % BLOCK_MINUTES_STEP !== 0 || slotMinutes <= 0) {
    throw new RangeError(
      `slotMinutes must be a positive multiple of ${BLOCK_MINUTES_STEP}, got ${slotMinutes}`,
    );
  }
  if (wallClockToMinutes(input.dailyWindow.end) <= wallClockToMinutes(input.dailyWindow.start)) {
    throw new RangeError('dailyWindow must end after it starts, on the same day');
  }
  for (const weekday of input.workingDays ?? []) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
      throw new RangeError(`Invalid weekday ${weekday}`);
  }
  for (const line of input.budget) {
    if (!Number.isFinite(line.minutes) || line.minutes < 0)
      throw new RangeError(`Invalid budget minutes for ${line.categoryId}`);
  }
}

/** One line per category (repeated lines add up; complex if any says so), in budget order. */
function mergeBudgetLines(budget: readonly BudgetLine[]): BudgetLine[] {
  const merged = new Map<string, BudgetLine>();
  for (const line of budget) {
    const known = merged.get(line.categoryId);
    merged.set(
      line.categoryId,
      known
        ? { ...known, minutes: known.minutes + line.minutes, isComplex: known.isComplex || line.isComplex }
        : { ...line },
    );
  }
  return [...merged.values()];
}

/** `total` split into `parts` integers differing by at most one, larger ones first and interleaved (7 over 5 -> 2,1,2,1,1). */
function distributeEvenly(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, index) => Math.ceil(((index + 1) * total) / parts) - Math.ceil((index * total) / parts),
  );
}

function place(day: DayPlan, categoryId: string, slots: number): void {
  day.freeSlots -= slots;
  day.slotsByCategory.set(categoryId, (day.slotsByCategory.get(categoryId) ?? 0) + slots);
}

/** The day with the most free slots among those accepted (earliest on ties), or undefined. */
function findRoomiestDay(days: DayPlan[], accept: (day: DayPlan) => boolean): DayPlan | undefined {
  let best: DayPlan | undefined;
  for (const day of days)
    if (accept(day) && day.freeSlots > 0 && (!best || day.freeSlots > best.freeSlots)) best = day;
  return best;
}

/** Places leftovers one slot at a time on the roomiest day, which keeps them spread. Returns what is still left. */
function placeLeftover(days: DayPlan[], categoryId: string, leftover: number): number {
  let remaining = leftover;
  for (
    let day = findRoomiestDay(days, () => true);
    day && remaining > 0;
    day = findRoomiestDay(days, () => true)
  ) {
    place(day, categoryId, 1);
    remaining--;
  }
  return remaining;
}

function spreadOverDays(days: DayPlan[], categoryId: string, slots: number, firstDay: number): number {
  if (days.length === 0) return slots;
  let leftover = 0;
  distributeEvenly(slots, days.length).forEach((wanted, index) => {
    const day = days[(index + firstDay) % days.length];
    const granted = day ? Math.min(wanted, day.freeSlots) : 0;
    if (day && granted > 0) place(day, categoryId, granted);
    leftover += wanted - granted;
  });
  return placeLeftover(days, categoryId, leftover);
}

function placeSessions(
  days: DayPlan[],
  categoryId: string,
  slots: number,
  sessionSlots: number,
  rotation: number,
): number {
  if (days.length === 0) return slots;
  const sessionCount = Math.min(days.length, Math.ceil(slots / sessionSlots));
  let leftover = 0;
  distributeEvenly(slots, sessionCount).forEach((size, index) => {
    const isFree = (day: DayPlan) => !day.slotsByCategory.has(categoryId);
    // Spaced-out preferred days (Mon/Wed/Fri for three sessions), rotated per complex category.
    const preferred = days[(Math.floor((index * days.length) / sessionCount) + rotation) % days.length];
    const day =
      preferred && isFree(preferred) && preferred.freeSlots >= size
        ? preferred
        : (findRoomiestDay(days, (candidate) => isFree(candidate) && candidate.freeSlots >= size) ??
          findRoomiestDay(days, isFree));
    const granted = day ? Math.min(size, day.freeSlots) : 0;
    if (day && granted > 0) place(day, categoryId, granted);
    leftover += size - granted;
  });
  return placeLeftover(days, categoryId, leftover);
}

function layOutBlocks(
  days: DayPlan[],
  windowStart: number,
  slotMinutes: number,
  input: GenerateRoutineFromBudgetInput,
): RoutineBlock[] {
  // Identical (category, start, duration) slots on several days become one block with several weekdays.
  const weekdaysBySlot = new Map<
    string,
    { categoryId: string; start: number; duration: number; weekdays: number[] }
  >();
  for (const day of days) {
    let cursor = windowStart;
    for (const [categoryId, slots] of day.slotsByCategory) {
      // A block lasts at most 12 h; longer stretches become consecutive blocks.
      for (let remaining = slots * slotMinutes; remaining > 0; ) {
        const duration = Math.min(remaining, MAX_BLOCK_MINUTES);
        const key = `${categoryId}\u0000${cursor}\u0000${duration}`;
        const entry = weekdaysBySlot.get(key) ?? { categoryId, start: cursor, duration, weekdays: [] };
        entry.weekdays.push(day.weekday);
        weekdaysBySlot.set(key, entry);
        cursor += duration;
        remaining -= duration;
      }
    }
  }
  return [...weekdaysBySlot.values()]
    .sort((a, b) => (a.weekdays[0] ?? 0) - (b.weekdays[0] ?? 0) || a.start - b.start)
    .map((entry, index) => ({
      id: `budget-${index + 1}`,
      weekdays: entry.weekdays,
      startTime: minutesToWallClock(entry.start),
      durationMinutes: entry.duration,
      categoryId: entry.categoryId,
      networkKey: null,
      note: null,
      templateKey: null,
      intervalWeeks: 1,
      startsOn: input.startsOn,
      endsOn: null,
      timeZone: input.timeZone,
    }));
}
