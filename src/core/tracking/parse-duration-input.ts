import { roundHalfAwayFromZero } from './duration.js';
import { refuse, type TrackingFailure } from './tracking-error.js';

export type DurationInputErrorCode = 'empty' | 'invalid_format' | 'too_long';

export type DurationInputResult = { ok: true; seconds: number } | TrackingFailure<DurationInputErrorCode>;

const CLOCK_PATTERN = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;
const DECIMAL_HOURS_PATTERN = /^(\d+(?:\.\d*)?|\.\d+)$/;
const UNIT_TOKEN_PATTERN =
  /(\d+(?:\.\d+)?|\.\d+)\s*(hours?|hrs?|heures?|h|minutes?|mins?|mn|m|secondes?|seconds?|secs?|s)?\s*/y;

/** Rank of a unit; units must appear in decreasing size (h, then m, then s). */
function rankUnit(unit: string): 0 | 1 | 2 {
  if (unit.startsWith('h')) return 0;
  if (unit.startsWith('m')) return 1;
  return 2;
}

const UNIT_SECONDS = [3600, 60, 1] as const;

/**
 * Reads a duration typed by a person into seconds.
 *
 * Accepted: clock `1:30`, `01:30:00` (minutes/seconds two digits); bare decimal HOURS `1.5`, `1,5`
 * (French decimal comma), `2`; units `1h30`, `1 h 30`, `1h30m`, `90m`, `90 min`, `45mn`, `1.5h`,
 * `2 min 30` (a trailing unit-less number after `h` means minutes, after `m` seconds).
 * A bare number is hours, never minutes: `90` is 90 h and is refused as `too_long` by default.
 * Fractional results are rounded to the second, halves away from zero.
 */
export function parseDurationInput(text: string, options: { maxSeconds?: number } = {}): DurationInputResult {
  const maxSeconds = options.maxSeconds ?? 86_400;
  const normalised = text.trim().toLowerCase().replace(/,/g, '.');
  if (normalised === '') return refuse('empty', 'Enter a duration.');

  const seconds = readClock(normalised) ?? readDecimalHours(normalised) ?? readUnits(normalised);
  if (seconds === null) {
    return refuse('invalid_format', `"${text.trim()}" is not a duration (try 1:30, 1h30, 90m or 1,5).`, {
      input: text.trim(),
    });
  }
  if (seconds > maxSeconds) {
    return refuse('too_long', `A duration cannot exceed ${maxSeconds} seconds.`, { maxSeconds });
  }
  return { ok: true, seconds };
}

function readClock(text: string): number | null {
  const match = CLOCK_PATTERN.exec(text);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

function readDecimalHours(text: string): number | null {
  if (!DECIMAL_HOURS_PATTERN.test(text)) return null;
  return roundHalfAwayFromZero(Number(text) * 3600);
}

function readUnits(text: string): number | null {
  // A fresh sticky regex per call: lastIndex is state and must not leak between calls.
  const tokenPattern = new RegExp(UNIT_TOKEN_PATTERN);
  let total = 0;
  let previousRank = -1;
  let tokenCount = 0;
  while (tokenPattern.lastIndex < text.length) {
    const match = tokenPattern.exec(text);
    if (!match) return null;
    const [, numberText = '', unit] = match;
    const value = Number(numberText);
    const isDecimal = numberText.includes('.');
    // Unit-less number: only as the last token, right after h (minutes) or m (seconds).
    const rank = unit === undefined ? previousRank + 1 : rankUnit(unit);
    if (unit === undefined && (previousRank < 0 || tokenPattern.lastIndex < text.length)) return null;
    if (rank <= previousRank || rank > 2) return null;
    if (isDecimal && tokenCount > 0) return null;
    // "1h75" is almost certainly a typo, not 2h15.
    if (previousRank >= 0 && value >= 60) return null;
    total += value * (UNIT_SECONDS[rank] ?? 1);
    previousRank = rank;
    tokenCount += 1;
  }
  return tokenCount === 0 ? null : roundHalfAwayFromZero(total);
}
