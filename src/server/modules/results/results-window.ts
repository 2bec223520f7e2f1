import { addMonths } from '../../../core/results/months.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { MonthWindow } from './results.repository.js';

/**
 * The local months `from`..`to` (both included) of a workspace as dates and UTC instants; without
 * them, the twelve months ending with the current one.
 */
export function resolveMonthWindow(
  range: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
  today: string,
): MonthWindow & { from: string; to: string } {
  const to = range.to ?? (range.from ? addMonths(range.from, 11) : today.slice(0, 7));
  const from = range.from ?? addMonths(to, -11);
  const fromDate = `${from}-01`;
  const toDateExclusive = `${addMonths(to, 1)}-01`;
  return {
    from,
    to,
    fromDate,
    toDateExclusive,
    startsAt: dayBounds(fromDate, timeZone).start,
    endsAt: dayBounds(toDateExclusive, timeZone).start,
    timeZone,
  };
}
