import { parseLocalDate, startOfLocalDay } from '../time/index.js';
import type { RoutineBlock } from './routine-block.js';

const ICALENDAR_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The block's recurrence as an RFC 5545 RRULE value (without the `RRULE:` prefix), e.g.
 * `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO;UNTIL=20261231T225959Z`.
 *
 * Pair it with `DTSTART;TZID=<block.timeZone>:<first occurrence date>T<startTime>00`, where the
 * first occurrence date comes from findFirstOccurrenceDate: with WKST=MO the interval is then
 * anchored on the same Monday-based week as expandRoutine. RFC 5545 resolves nonexistent and
 * ambiguous local times the way resolveWallClock does, so calendars agree with the app.
 * UNTIL is in UTC (required with a TZID DTSTART): the last second of `endsOn` in the block's zone,
 * so the occurrence on `endsOn` is included. Exceptions are not part of the rule (EXDATE /
 * RECURRENCE-ID belong to the ICS writer).
 */
export function toRRule(
  block: Pick<RoutineBlock, 'weekdays' | 'intervalWeeks' | 'endsOn' | 'timeZone'>,
): string {
  const byDay = [...block.weekdays]
    .sort((a, b) => a - b)
    .map((weekday) => ICALENDAR_WEEKDAYS[weekday - 1])
    .join(',');
  const parts = ['FREQ=WEEKLY', `INTERVAL=${block.intervalWeeks}`, `BYDAY=${byDay}`, 'WKST=MO'];
  if (block.endsOn) {
    const lastSecond = startOfLocalDay(
      parseLocalDate(block.endsOn).add({ days: 1 }),
      block.timeZone,
    ).subtract({
      seconds: 1,
    });
    parts.push(`UNTIL=${lastSecond.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '')}`);
  }
  return parts.join(';');
}
