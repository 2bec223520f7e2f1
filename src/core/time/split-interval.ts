import type { Temporal } from 'temporal-polyfill';
import {
  assertTimeZone,
  formatInstant,
  type IsoInstant,
  type LocalDate,
  parseInstant,
  type TimeZoneName,
} from './local-values.js';
import { startOfLocalDay } from './zoned-bounds.js';

const MILLISECONDS_PER_MINUTE = 60_000;

export interface LocalDayPiece {
  localDate: LocalDate;
  start: IsoInstant;
  end: IsoInstant;
  /** Exact elapsed minutes of the piece; an integer whenever start and end fall on whole minutes. */
  minutes: number;
}

export interface WeekPiece {
  weekStartDate: LocalDate;
  start: IsoInstant;
  end: IsoInstant;
  minutes: number;
}

/**
 * Signed elapsed minutes from `start` to `end` (negative if `end` is earlier). Real elapsed time:
 * 01:00 -> 04:00 local on a spring-forward night is 120 minutes. Not rounded, so splitting an
 * interval never loses or invents seconds; round at display time.
 */
export function minutesBetween(start: IsoInstant, end: IsoInstant): number {
  return (
    (parseInstant(end).epochMilliseconds - parseInstant(start).epochMilliseconds) / MILLISECONDS_PER_MINUTE
  );
}

/**
 * Cuts `[start, end)` at every local midnight of `zone`, e.g. a time entry from 23:00 to 01:00
 * becomes two pieces of 60 minutes on two local dates. The pieces are contiguous, chronological
 * and their minutes sum to the whole. An empty or reversed interval gives no pieces.
 */
export function splitIntervalByLocalDays(
  start: IsoInstant,
  end: IsoInstant,
  zone: TimeZoneName,
): LocalDayPiece[] {
  assertTimeZone(zone);
  return splitAtBoundaries(parseInstant(start), parseInstant(end), zone, (date) => date.add({ days: 1 })).map(
    (piece) => ({ localDate: piece.date.toString(), ...piece.interval }),
  );
}

/**
 * Cuts `[start, end)` at every local week start of `zone` (`weekStartsOn`: ISO weekday, 1 = Monday).
 * Same guarantees as {@link splitIntervalByLocalDays}.
 */
export function splitIntervalByWeeks(
  start: IsoInstant,
  end: IsoInstant,
  zone: TimeZoneName,
  weekStartsOn = 1,
): WeekPiece[] {
  assertTimeZone(zone);
  return splitAtBoundaries(parseInstant(start), parseInstant(end), zone, (date) =>
    date.add({ days: 7 - ((date.dayOfWeek - weekStartsOn + 7) % 7) }),
  ).map((piece) => ({
    weekStartDate: piece.date.subtract({ days: (piece.date.dayOfWeek - weekStartsOn + 7) % 7 }).toString(),
    ...piece.interval,
  }));
}

interface RawPiece {
  date: Temporal.PlainDate;
  interval: { start: IsoInstant; end: IsoInstant; minutes: number };
}

/** Walks from `start` to `end`, cutting at the local day start that `nextBoundary` picks after each piece's date. */
function splitAtBoundaries(
  start: Temporal.Instant,
  end: Temporal.Instant,
  zone: TimeZoneName,
  nextBoundary: (date: Temporal.PlainDate) => Temporal.PlainDate,
): RawPiece[] {
  const pieces: RawPiece[] = [];
  let cursor = start;
  while (cursor.epochMilliseconds < end.epochMilliseconds) {
    const date = cursor.toZonedDateTimeISO(zone).toPlainDate();
    const boundary = startOfLocalDay(nextBoundary(date), zone);
    const pieceEnd = boundary.epochMilliseconds < end.epochMilliseconds ? boundary : end;
    pieces.push({
      date,
      interval: {
        start: formatInstant(cursor),
        end: formatInstant(pieceEnd),
        minutes: (pieceEnd.epochMilliseconds - cursor.epochMilliseconds) / MILLISECONDS_PER_MINUTE,
      },
    });
    cursor = pieceEnd;
  }
  return pieces;
}
