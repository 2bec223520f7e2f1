import { monthStartOf, nextMonthStart } from './calendar-panels-dates.js';

/** The calendar's views: FullCalendar's month and week, the list drawn by the page. */
export type CalendarView = 'dayGridMonth' | 'timeGridWeek' | 'listMonth';
export type ColourBy = 'pillar' | 'network';

/**
 * The period on screen: `from`–`to` (local dates, `to` excluded) is what is asked of the API;
 * `start` is the first day of the view's own period (a month grid starts on the Monday before).
 */
export type CalendarRange = { from: string; to: string; start: string; view: CalendarView };

/** The list's period: the month holding `date`, as FullCalendar's `listMonth` gave it. */
export function listMonthRange(date: string): CalendarRange {
  const start = monthStartOf(date);
  return { from: start, to: nextMonthStart(start), start, view: 'listMonth' };
}

/** The first day of the month before the one holding `date`. */
export function previousMonthStart(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}

/** The day a period is about: today when it is on screen, else the period's first day. */
export const anchorOf = (range: CalendarRange | null, today: string) =>
  range && !(today >= range.from && today < range.to) ? range.start : today;
