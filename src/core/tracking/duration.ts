import { convertMsToEpochSeconds, requireInstantMs } from './instant.js';

/**
 * Seconds between two UTC ISO instants, counted on whole seconds (each instant is floored to its
 * second first), so durations are additive: d(a, b) + d(b, c) === d(a, c).
 * Negative when `end` precedes `start`; use `validateEntryInterval` for user input.
 * @throws RangeError when either instant is not an ISO string with an offset or Z.
 */
export function computeDurationSeconds(start: string, end: string): number {
  const startSeconds = convertMsToEpochSeconds(requireInstantMs(start, 'start'));
  const endSeconds = convertMsToEpochSeconds(requireInstantMs(end, 'end'));
  return endSeconds - startSeconds;
}

/**
 * Rounds a non-integer to the nearest integer, halves away from zero (2.5 -> 3, -2.5 -> -3).
 * `Math.round` rounds -2.5 to -2, which would make signed deltas asymmetric.
 */
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

export type MinuteRounding = 'nearest' | 'floor' | 'ceil';

/**
 * Converts tracked seconds to minutes. `nearest` rounds halves away from zero (90 s -> 2 min);
 * `floor`/`ceil` exist for billing rules that always round down or up.
 */
export function convertSecondsToMinutes(seconds: number, rounding: MinuteRounding = 'nearest'): number {
  const minutes = seconds / 60;
  if (rounding === 'floor') return Math.floor(minutes);
  if (rounding === 'ceil') return Math.ceil(minutes);
  return roundHalfAwayFromZero(minutes);
}

/** Converts minutes (budgets, routine blocks) to seconds, rounding fractional minutes to a second. */
export function convertMinutesToSeconds(minutes: number): number {
  return roundHalfAwayFromZero(minutes * 60);
}
