import {
  addMinutesToWallClock,
  fromEpochDay,
  isoWeekdayOfEpochDay,
  type LocalDate,
  toEpochDay,
  wallClockToMinutes,
} from '../time/index.js';
import { type BlockRecurrence, compileRecurrence, occursOnDay } from './block-recurrence.js';
import { expandRoutine } from './expand-routine.js';
import type { RoutineBlock } from './routine-block.js';

const MINUTES_PER_DAY = 1440;
/** Zones whose offsets differ are compared over a full year, so every pair of DST rules is met. */
const DAYS_COVERING_ALL_OFFSETS = 371;

/** An existing block the candidate would run into, described for a message such as "overlaps 'Blogging' on Wednesday 10:00–11:00". */
export interface RoutineOverlap {
  blockId: string;
  categoryId: string;
  /** ISO weekday (1 = Monday) of the existing block's occurrence that is hit. */
  weekday: number;
  /** The existing block's own local times. */
  startTime: string;
  endTime: string;
  /** The first local date on which that occurrence is hit. */
  firstDate: LocalDate;
}

/** Thrown by assertNoComplexOverlap; `code` is stable for the API's problem details. */
export class RoutineOverlapError extends Error {
  readonly code = 'routine_complex_overlap';
  constructor(readonly overlaps: readonly RoutineOverlap[]) {
    super(
      `The block overlaps ${overlaps.length} complex block(s): ${overlaps.map((o) => o.blockId).join(', ')}`,
    );
    this.name = 'RoutineOverlapError';
  }
}

/**
 * "One complex task at a time": the existing blocks that `candidate` would overlap when both the
 * candidate's and the other block's categories are complex. Returns [] when the candidate's
 * category is not complex. A block with the candidate's id is skipped, so an edit does not clash
 * with its own previous version.
 *
 * Two blocks clash only if some real pair of occurrences overlaps, which is decided exactly, not
 * approximately:
 * - date ranges that never meet never clash;
 * - different intervals clash only in weeks where both run (every 2 weeks vs every 4 weeks from
 *   the same anchor week do clash; two fortnightly blocks anchored on alternate weeks do not);
 * - a block crossing midnight clashes with the next day's early blocks;
 * - touching blocks (10:00-11:00 then 11:00-12:00) do not clash.
 * Blocks in the same zone are compared on their local wall-clock times (the plan as written, DST
 * aside); blocks in different zones are compared on real instants over a year.
 * One entry per (clashing block, weekday), sorted by weekday, start time, block id.
 */
export function findOverlaps(
  blocks: readonly RoutineBlock[],
  complexCategoryIds: Iterable<string>,
  candidate: RoutineBlock,
): RoutineOverlap[] {
  const complex = new Set(complexCategoryIds);
  if (!complex.has(candidate.categoryId)) return [];
  const overlaps: RoutineOverlap[] = [];
  for (const other of blocks) {
    if (other.id === candidate.id || !complex.has(other.categoryId)) continue;
    const clashDays =
      other.timeZone === candidate.timeZone
        ? findWallClockClashDays(candidate, other)
        : findInstantClashDays(candidate, other);
    for (const [weekday, day] of clashDays) {
      overlaps.push({
        blockId: other.id,
        categoryId: other.categoryId,
        weekday,
        startTime: other.startTime,
        endTime: addMinutesToWallClock(other.startTime, other.durationMinutes),
        firstDate: fromEpochDay(day),
      });
    }
  }
  return overlaps.sort(
    (a, b) =>
      a.weekday - b.weekday ||
      a.startTime.localeCompare(b.startTime) ||
      (a.blockId < b.blockId ? -1 : a.blockId > b.blockId ? 1 : 0),
  );
}

/** @throws RoutineOverlapError listing the clashes found by findOverlaps. */
export function assertNoComplexOverlap(
  blocks: readonly RoutineBlock[],
  complexCategoryIds: Iterable<string>,
  candidate: RoutineBlock,
): void {
  const overlaps = findOverlaps(blocks, complexCategoryIds, candidate);
  if (overlaps.length > 0) throw new RoutineOverlapError(overlaps);
}

/** Weekday -> first epoch day of `other`'s occurrences hit by `candidate`. */
type ClashDays = Map<number, number>;

function recordClash(clashDays: ClashDays, otherDay: number): void {
  const weekday = isoWeekdayOfEpochDay(otherDay);
  const known = clashDays.get(weekday);
  if (known === undefined || otherDay < known) clashDays.set(weekday, otherDay);
}

/**
 * The pair's pattern of weekdays and week parities repeats every lcm(N, M) weeks once both have
 * started, so scanning one such period past the later start (plus the days around it for blocks
 * spilling over midnight) meets every kind of clash there is.
 */
function scanWindow(
  a: BlockRecurrence,
  b: BlockRecurrence,
  minimumDays: number,
): { first: number; last: number } {
  const first = Math.max(a.firstDay, b.firstDay - 1);
  const period = 7 * leastCommonMultiple(a.intervalWeeks, b.intervalWeeks);
  return { first, last: Math.min(a.lastDay, b.lastDay + 1, first + Math.max(period, minimumDays) + 8) };
}

function findWallClockClashDays(candidate: RoutineBlock, other: RoutineBlock): ClashDays {
  const a = compileRecurrence(candidate);
  const b = compileRecurrence(other);
  const candidateStart = wallClockToMinutes(candidate.startTime);
  const otherStart = wallClockToMinutes(other.startTime);
  const clashDays: ClashDays = new Map();
  const { first, last } = scanWindow(a, b, 0);
  for (let day = first; day <= last; day++) {
    if (!occursOnDay(a, day)) continue;
    const from = day * MINUTES_PER_DAY + candidateStart;
    const to = from + candidate.durationMinutes;
    // Blocks last at most 12 hours, so only the previous, same and next day can meet.
    for (const otherDay of [day - 1, day, day + 1]) {
      if (!occursOnDay(b, otherDay)) continue;
      const otherFrom = otherDay * MINUTES_PER_DAY + otherStart;
      if (from < otherFrom + other.durationMinutes && otherFrom < to) recordClash(clashDays, otherDay);
    }
  }
  return clashDays;
}

function findInstantClashDays(candidate: RoutineBlock, other: RoutineBlock): ClashDays {
  const { first, last } = scanWindow(
    compileRecurrence(candidate),
    compileRecurrence(other),
    DAYS_COVERING_ALL_OFFSETS,
  );
  const clashDays: ClashDays = new Map();
  if (last < first) return clashDays;
  // Two spare days each side cover any difference between the zones' local dates.
  const windowStart = `${fromEpochDay(first - 2)}T00:00:00Z`;
  const windowEnd = `${fromEpochDay(last + 3)}T00:00:00Z`;
  const ours = expandRoutine([candidate], [], windowStart, windowEnd);
  const theirs = expandRoutine([other], [], windowStart, windowEnd);
  let lowest = 0;
  for (const occurrence of ours) {
    // Both lists are sorted by start (and, one block having one duration, by end); skip what ended
    // before this occurrence began. Uniform `...:SSZ` strings compare correctly as text.
    while (lowest < theirs.length && (theirs[lowest]?.end ?? '') <= occurrence.start) lowest++;
    for (let index = lowest; index < theirs.length; index++) {
      const hit = theirs[index];
      if (!hit || hit.start >= occurrence.end) break;
      if (hit.end > occurrence.start) recordClash(clashDays, toEpochDay(hit.occurrenceDate));
    }
  }
  return clashDays;
}

function leastCommonMultiple(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return (a * b) / x;
}
