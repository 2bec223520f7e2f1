import {
  formatEpochMilliseconds,
  formatLocalDateTime,
  fromEpochDay,
  type IsoInstant,
  type LocalDate,
  resolveWallClockToEpochMilliseconds,
  toEpochDay,
  toEpochMilliseconds,
  toLocalDayAndMinute,
  wallClockToMinutes,
} from '../time/index.js';
import { type BlockRecurrence, compileRecurrence, occursOnDay } from './block-recurrence.js';
import type { RoutineBlock, RoutineException, RoutineOccurrence } from './routine-block.js';

const MILLISECONDS_PER_MINUTE = 60_000;

/** An occurrence with its start as a number, so filtering and sorting never re-parse ISO strings. */
interface TimedOccurrence {
  occurrence: RoutineOccurrence;
  startMs: number;
}

/**
 * The concrete occurrences of `blocks` whose START lies in `[rangeStart, rangeEnd)`, sorted by
 * start (then block id). Using the start alone means consecutive weekly pages never count an
 * occurrence twice; an occurrence that starts before the range but ends inside it is left out.
 *
 * - Each occurrence is the block's local `startTime` on its local date in the block's zone, turned
 *   into an instant by resolveWallClock's rule (gap -> shifted forward, ambiguous -> earlier).
 *   So 09:00 Europe/Paris stays 09:00 local across DST: 08:00Z in winter, 07:00Z in summer.
 * - `end` = `start` + `durationMinutes` of real elapsed time.
 * - Exceptions are keyed by (blockId, originalDate); if several share a key, the last one wins.
 *   An exception whose original date is not an occurrence of its block (e.g. the block's weekdays
 *   changed since) is ignored. A moved occurrence is kept or dropped by where it moved TO, and it
 *   keeps `occurrenceDate` = its original date.
 */
export function expandRoutine(
  blocks: readonly RoutineBlock[],
  exceptions: readonly RoutineException[],
  rangeStart: IsoInstant,
  rangeEnd: IsoInstant,
): RoutineOccurrence[] {
  const range: EpochRange = {
    startMs: toEpochMilliseconds(rangeStart),
    endMs: toEpochMilliseconds(rangeEnd),
  };
  const exceptionsByKey = new Map<string, RoutineException>();
  for (const exception of exceptions)
    exceptionsByKey.set(keyOf(exception.blockId, exception.originalDate), exception);

  const occurrences: TimedOccurrence[] = [];
  for (const block of blocks) {
    const recurrence = compileRecurrence(block);
    for (const day of candidateDays(recurrence, range, block.timeZone)) {
      if (!occursOnDay(recurrence, day)) continue;
      const date = fromEpochDay(day);
      if (exceptionsByKey.has(keyOf(block.id, date))) continue;
      const occurrence = buildOccurrence(block, date, date, block.startTime, block.durationMinutes, false);
      if (isInRange(occurrence, range)) occurrences.push(occurrence);
    }
  }
  const blocksById = new Map(blocks.map((block) => [block.id, block]));
  for (const exception of exceptionsByKey.values()) {
    const block = blocksById.get(exception.blockId);
    if (exception.kind !== 'moved' || !block) continue;
    if (!occursOnDay(compileRecurrence(block), toEpochDay(exception.originalDate))) continue;
    const occurrence = buildOccurrence(
      block,
      exception.originalDate,
      exception.newDate ?? exception.originalDate,
      exception.newStartTime ?? block.startTime,
      exception.newDurationMinutes ?? block.durationMinutes,
      true,
    );
    if (isInRange(occurrence, range)) occurrences.push(occurrence);
  }
  return occurrences.sort(compareOccurrences).map((timed) => timed.occurrence);
}

interface EpochRange {
  startMs: number;
  endMs: number;
}

function keyOf(blockId: string, date: LocalDate): string {
  return `${blockId}\u0000${date}`;
}

/** Local dates that may hold an occurrence starting in range; one spare day each side absorbs zone offsets and DST shifts. */
function* candidateDays(recurrence: BlockRecurrence, range: EpochRange, zone: string): Generator<number> {
  const first = toLocalDayAndMinute(zone, range.startMs).epochDay - 1;
  const last = toLocalDayAndMinute(zone, range.endMs).epochDay + 1;
  for (let day = Math.max(first, recurrence.firstDay); day <= Math.min(last, recurrence.lastDay); day++)
    yield day;
}

function buildOccurrence(
  block: RoutineBlock,
  occurrenceDate: LocalDate,
  date: LocalDate,
  startTime: string,
  durationMinutes: number,
  isMoved: boolean,
): TimedOccurrence {
  const startMs = resolveWallClockToEpochMilliseconds(
    toEpochDay(date),
    wallClockToMinutes(startTime),
    block.timeZone,
  );
  const endMs = startMs + durationMinutes * MILLISECONDS_PER_MINUTE;
  const localStart = formatLocalDateTime(block.timeZone, startMs);
  const occurrence: RoutineOccurrence = {
    blockId: block.id,
    occurrenceDate,
    localDate: localStart.localDate,
    startTime: localStart.localTime,
    endTime: formatLocalDateTime(block.timeZone, endMs).localTime,
    start: formatEpochMilliseconds(startMs),
    end: formatEpochMilliseconds(endMs),
    durationMinutes,
    categoryId: block.categoryId,
    networkKey: block.networkKey ?? null,
    note: block.note ?? null,
    title: block.title ?? null,
    description: block.description ?? null,
    templateKey: block.templateKey ?? null,
    timeZone: block.timeZone,
    isMoved,
  };
  return { occurrence, startMs };
}

function isInRange(timed: TimedOccurrence, range: EpochRange): boolean {
  return timed.startMs >= range.startMs && timed.startMs < range.endMs;
}

function compareOccurrences(a: TimedOccurrence, b: TimedOccurrence): number {
  return (
    a.startMs - b.startMs ||
    compareText(a.occurrence.blockId, b.occurrence.blockId) ||
    compareText(a.occurrence.occurrenceDate, b.occurrence.occurrenceDate)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
