import { convertMsToEpochSeconds, formatUtcInstant, parseInstantMs } from './instant.js';
import { refuse, type TrackingFailure } from './tracking-error.js';

/** A manual entry longer than this is a typo (e.g. wrong day), never real work. */
export const MAX_MANUAL_ENTRY_SECONDS = 24 * 3600;
/** Tolerated clock skew between the device that typed the entry and the server's `now`. */
export const FUTURE_TOLERANCE_SECONDS = 5 * 60;
export const DEFAULT_FORGOTTEN_TIMER_MINUTES = 240;

export type EntryIntervalErrorCode = 'invalid_instant' | 'end_not_after_start' | 'too_long' | 'in_future';

export type EntryIntervalResult =
  | { ok: true; startUtc: string; endUtc: string; durationSeconds: number }
  | TrackingFailure<EntryIntervalErrorCode>;

export interface EntryIntervalInput {
  start: string;
  end: string;
  now: string;
  /**
   * `manual` (typed or grid entry) is capped at 24 h. `timer` and `import` are not capped: a timer
   * left running is handled by `isForgottenTimer`/`cutBackTimer`, imports keep the tracker's data.
   */
  source?: 'manual' | 'timer' | 'import';
}

/**
 * Checks an entry's interval: end strictly after start, at most 24 h for a manual entry, and not
 * ending after `now` + 5 min. Returned instants are normalised to whole UTC seconds.
 */
export function validateEntryInterval(input: EntryIntervalInput): EntryIntervalResult {
  const startMs = parseInstantMs(input.start);
  const endMs = parseInstantMs(input.end);
  const nowMs = parseInstantMs(input.now);
  if (startMs === null || endMs === null || nowMs === null) {
    const field = startMs === null ? 'start' : endMs === null ? 'end' : 'now';
    return refuse('invalid_instant', `${field} is not a valid instant.`, { field });
  }
  const startSeconds = convertMsToEpochSeconds(startMs);
  const endSeconds = convertMsToEpochSeconds(endMs);
  const durationSeconds = endSeconds - startSeconds;
  if (durationSeconds <= 0) return refuse('end_not_after_start', 'The end must be after the start.');
  if ((input.source ?? 'manual') === 'manual' && durationSeconds > MAX_MANUAL_ENTRY_SECONDS) {
    return refuse('too_long', 'A manual entry cannot be longer than 24 hours.', {
      maxSeconds: MAX_MANUAL_ENTRY_SECONDS,
    });
  }
  if (endSeconds > convertMsToEpochSeconds(nowMs) + FUTURE_TOLERANCE_SECONDS) {
    return refuse('in_future', 'An entry cannot end in the future.');
  }
  return {
    ok: true,
    startUtc: formatUtcInstant(startSeconds),
    endUtc: formatUtcInstant(endSeconds),
    durationSeconds,
  };
}

/**
 * True once a running timer has run for `limitMinutes` or more (default 4 h): the app then asks
 * the person whether they really worked that long and offers `cutBackTimer`.
 * @throws RangeError on an invalid instant.
 */
export function isForgottenTimer(input: { startedAt: string; now: string; limitMinutes?: number }): boolean {
  const startedMs = parseInstantMs(input.startedAt);
  const nowMs = parseInstantMs(input.now);
  if (startedMs === null || nowMs === null) throw new RangeError('startedAt and now must be ISO instants');
  const limitMinutes = input.limitMinutes ?? DEFAULT_FORGOTTEN_TIMER_MINUTES;
  return convertMsToEpochSeconds(nowMs) - convertMsToEpochSeconds(startedMs) >= limitMinutes * 60;
}

export type CutBackTimerErrorCode = 'invalid_instant' | 'end_not_after_start' | 'end_after_now';

export type CutBackTimerResult =
  | { ok: true; endUtc: string; durationSeconds: number; discardedSeconds: number }
  | TrackingFailure<CutBackTimerErrorCode>;

/**
 * Validates stopping a (forgotten) running timer at an earlier `proposedEnd`: it must be after the
 * start and not after `now` (cutting back never extends a timer; no clock-skew tolerance since
 * `now` is the server's own clock reading for a server-side timer). `discardedSeconds` is the time
 * between the proposed end and now that will not be recorded.
 */
export function cutBackTimer(input: {
  startedAt: string;
  proposedEnd: string;
  now: string;
}): CutBackTimerResult {
  const startedMs = parseInstantMs(input.startedAt);
  const endMs = parseInstantMs(input.proposedEnd);
  const nowMs = parseInstantMs(input.now);
  if (startedMs === null || endMs === null || nowMs === null) {
    const field = startedMs === null ? 'startedAt' : endMs === null ? 'proposedEnd' : 'now';
    return refuse('invalid_instant', `${field} is not a valid instant.`, { field });
  }
  const startSeconds = convertMsToEpochSeconds(startedMs);
  const endSeconds = convertMsToEpochSeconds(endMs);
  const nowSeconds = convertMsToEpochSeconds(nowMs);
  if (endSeconds <= startSeconds) return refuse('end_not_after_start', 'The end must be after the start.');
  if (endSeconds > nowSeconds) return refuse('end_after_now', 'A timer can only be cut back to a past time.');
  return {
    ok: true,
    endUtc: formatUtcInstant(endSeconds),
    durationSeconds: endSeconds - startSeconds,
    discardedSeconds: nowSeconds - endSeconds,
  };
}
