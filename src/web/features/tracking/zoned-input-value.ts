/**
 * `YYYY-MM-DDTHH:MM` of an instant in an IANA zone, for a datetime-local input that shows the
 * WORKSPACE's wall-clock time. Intl only (no Temporal): the header timer that uses it is on every
 * workspace page, and the way back (wall clock -> instant) is loaded only when needed.
 */
export function toZonedInputValue(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The instant of a datetime-local value read in `timeZone`, with the one DST rule of src/core/time. */
export async function fromZonedInputValue(value: string, timeZone: string): Promise<string> {
  const { resolveWallClock } = await import('../../../core/time/resolve-wall-clock.js');
  return resolveWallClock(value.slice(0, 10), value.slice(11, 16), timeZone);
}
