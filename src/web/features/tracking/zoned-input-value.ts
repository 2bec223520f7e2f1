import { localDateAndTimeOf } from '../../../core/time/local-date-of.js';

/**
 * `YYYY-MM-DDTHH:MM` of an instant in an IANA zone, for a datetime-local input that shows the
 * WORKSPACE's wall-clock time. Intl only (no Temporal): the header timer that uses it is on every
 * workspace page, and the way back (wall clock -> instant) is loaded only when needed.
 */
export function toZonedInputValue(instant: number, timeZone: string): string {
  const { date, time } = localDateAndTimeOf(instant, timeZone);
  return `${date}T${time}`;
}

/** The instant of a datetime-local value read in `timeZone`, with the one DST rule of src/core/time. */
export async function fromZonedInputValue(value: string, timeZone: string): Promise<string> {
  const { resolveWallClock } = await import('../../../core/time/resolve-wall-clock.js');
  return resolveWallClock(value.slice(0, 10), value.slice(11, 16), timeZone);
}
