import { Temporal } from 'temporal-polyfill';
import { assertTimeZone, type TimeZoneName } from './local-values.js';

export interface ZoneTransition {
  /** Local date-time of the onset, in the offset in force BEFORE it (RFC 5545 3.6.5). */
  onset: Temporal.PlainDateTime;
  offsetFromSeconds: number;
  offsetToSeconds: number;
  /** Clocks go forward (the usual meaning of daylight saving time). */
  isDaylight: boolean;
}

/** The zone's offset changes in `[start, end)`, in order. */
export function listZoneTransitions(start: Temporal.ZonedDateTime, end: Temporal.Instant): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let cursor: Temporal.ZonedDateTime | null = start
    .subtract({ nanoseconds: 1 })
    .getTimeZoneTransition('next');
  while (cursor && Temporal.Instant.compare(cursor.toInstant(), end) < 0) {
    const offsetFromSeconds = cursor.subtract({ nanoseconds: 1 }).offsetNanoseconds / 1e9;
    const offsetToSeconds = cursor.offsetNanoseconds / 1e9;
    transitions.push({
      onset: cursor
        .toInstant()
        .toZonedDateTimeISO('UTC')
        .toPlainDateTime()
        .add({ seconds: offsetFromSeconds }),
      offsetFromSeconds,
      offsetToSeconds,
      isDaylight: offsetToSeconds > offsetFromSeconds,
    });
    cursor = cursor.getTimeZoneTransition('next');
  }
  return transitions;
}

/** Local date-times `[start, end)` as `YYYY-MM-DDTHH:MM:SS`, which compare correctly as text. */
export interface UnclearLocalTimes {
  start: string;
  end: string;
  /** `skipped`: these times do not exist (spring forward); `repeated`: they happen twice. */
  kind: 'skipped' | 'repeated';
}

/**
 * The local times that resolveWallClock has to interpret in `zone` between `fromYear` and
 * `toYear` (inclusive): skipped ones (moved forward by the gap) and repeated ones (the earlier
 * instant taken). Paris in 2026: 2026-03-29T02:00 to 03:00 skipped, 2026-10-25T02:00 to 03:00
 * repeated. Parsers outside Cadence do not all apply the RFC 5545 rule to these, which is why the
 * ICS feed writes such occurrences in UTC.
 */
export function listUnclearLocalTimes(
  zone: TimeZoneName,
  window: { fromYear: number; toYear: number },
): UnclearLocalTimes[] {
  assertTimeZone(zone);
  const start = Temporal.PlainDate.from({ year: window.fromYear, month: 1, day: 1 }).toZonedDateTime(zone);
  const end = Temporal.PlainDate.from({ year: window.toYear + 1, month: 1, day: 1 })
    .toZonedDateTime(zone)
    .toInstant();
  return listZoneTransitions(start, end).map((transition) => {
    const after = transition.onset.add({
      seconds: transition.offsetToSeconds - transition.offsetFromSeconds,
    });
    const [from, to] =
      Temporal.PlainDateTime.compare(after, transition.onset) > 0
        ? [transition.onset, after]
        : [after, transition.onset];
    return {
      start: from.toString({ smallestUnit: 'second' }),
      end: to.toString({ smallestUnit: 'second' }),
      kind: transition.isDaylight ? 'skipped' : 'repeated',
    };
  });
}
