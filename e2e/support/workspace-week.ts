/**
 * The Monday (YYYY-MM-DD) of the week holding `instant` in `timeZone`: tests that place work a
 * few hours or a day in the past use it to know whether that work is in the week a page shows
 * (in the first hours of a Monday, it is not).
 */
export function weekMondayOf(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  const daysSinceMonday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  const localNoon = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')), 12);
  return new Date(localNoon - daysSinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Whether `instant` falls in the current week of `timeZone`. */
export function isThisWeek(instant: number, timeZone: string): boolean {
  return weekMondayOf(instant, timeZone) === weekMondayOf(Date.now(), timeZone);
}

/** The instant the week holding `instant` begins in `timeZone` (its Monday, 00:00 there). */
export function weekStartsAt(instant: number, timeZone: string): number {
  const utcMidnight = Date.parse(`${weekMondayOf(instant, timeZone)}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(utcMidnight);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  // The zone's offset then (Paris: one or two hours ahead), taken off UTC's midnight.
  return utcMidnight - (wallClock - utcMidnight);
}
