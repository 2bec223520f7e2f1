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
