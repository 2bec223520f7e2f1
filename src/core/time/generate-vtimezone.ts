import { Temporal } from 'temporal-polyfill';
import { padNumber } from './civil-calendar.js';
import { assertTimeZone, type TimeZoneName } from './local-values.js';
import { listZoneTransitions, type ZoneTransition as Transition } from './zone-transitions.js';

/*
 * RFC 5545 VTIMEZONE components built from the zone rules Temporal knows, so an ICS feed carries
 * its own definition of every TZID it uses (strict clients and independent parsers such as ical.js
 * need it; without one, TZID times silently become floating).
 */

/**
 * What makes two yearly transitions "the same rule": month, weekday, local time, and the first
 * day D such that the transition is the first such weekday on or after D (the zic "Sun>=8" form,
 * which covers "2nd Sunday" and, with `isLast`, "last Sunday").
 */
interface YearlyRule {
  month: number;
  weekday: number;
  time: string;
  /** Every D in [earliestDay, latestDay] explains the transitions seen so far. */
  earliestDay: number;
  latestDay: number;
  isLast: boolean;
}

const ICALENDAR_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The VTIMEZONE of `zone`, exact for every instant from `fromYear` on.
 *
 * Transitions between `fromYear` and `toYear` are read from Temporal. A rule that still applies
 * in `toYear` and repeated yearly on the same "nth (or last) weekday of the month at the same local
 * time" becomes one observance with `RRULE:FREQ=YEARLY`, so the definition stays right after
 * `toYear`; every other transition is its own observance (no RDATE: some parsers ignore it).
 * A zone without transitions in the window gets one STANDARD observance.
 * @throws RangeError on an invalid zone or a window that ends before it starts.
 */
export function generateVTimezone(zone: TimeZoneName, window: { fromYear: number; toYear: number }): string {
  assertTimeZone(zone);
  if (
    !Number.isInteger(window.fromYear) ||
    !Number.isInteger(window.toYear) ||
    window.toYear < window.fromYear
  )
    throw new RangeError(`Invalid VTIMEZONE window ${window.fromYear}..${window.toYear}`);
  const windowStart = Temporal.PlainDate.from({ year: window.fromYear, month: 1, day: 1 }).toZonedDateTime(
    zone,
  );
  const windowEnd = Temporal.PlainDate.from({ year: window.toYear + 1, month: 1, day: 1 })
    .toZonedDateTime(zone)
    .toInstant();
  const transitions = listZoneTransitions(windowStart, windowEnd);

  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // The offset in force at the window's start, so times before the first transition resolve too.
  const initialOffset = transitions[0]?.offsetFromSeconds ?? windowStart.offsetNanoseconds / 1e9;
  lines.push(...observance('STANDARD', windowStart.toPlainDateTime(), initialOffset, initialOffset, null));

  const groups = new Map<string, Transition[]>();
  for (const transition of transitions) {
    const key = `${transition.isDaylight}/${transition.offsetFromSeconds}/${transition.offsetToSeconds}`;
    groups.set(key, [...(groups.get(key) ?? []), transition]);
  }
  for (const group of groups.values()) {
    const { single, repeating } = splitTrailingYearlyRule(group, window.toYear);
    for (const transition of single) {
      lines.push(
        ...observance(
          transition.isDaylight ? 'DAYLIGHT' : 'STANDARD',
          transition.onset,
          transition.offsetFromSeconds,
          transition.offsetToSeconds,
          null,
        ),
      );
    }
    if (repeating) {
      const first = repeating.transitions[0] as Transition;
      lines.push(
        ...observance(
          first.isDaylight ? 'DAYLIGHT' : 'STANDARD',
          first.onset,
          first.offsetFromSeconds,
          first.offsetToSeconds,
          repeating.rrule,
        ),
      );
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function ruleOf(onset: Temporal.PlainDateTime): YearlyRule {
  return {
    month: onset.month,
    weekday: onset.dayOfWeek,
    time: onset.toPlainTime().toString(),
    // A weekday occurs once in any 7 consecutive days, so any D in [day - 6, day] explains it.
    earliestDay: Math.max(1, onset.day - 6),
    latestDay: onset.day,
    isLast: onset.day + 7 > onset.daysInMonth,
  };
}

/** The rule explaining both, or null when none does. */
function mergeRules(a: YearlyRule, b: YearlyRule): YearlyRule | null {
  if (a.month !== b.month || a.weekday !== b.weekday || a.time !== b.time) return null;
  const earliestDay = Math.max(a.earliestDay, b.earliestDay);
  const latestDay = Math.min(a.latestDay, b.latestDay);
  const isLast = a.isLast && b.isLast;
  if (earliestDay > latestDay && !isLast) return null;
  return { ...a, earliestDay, latestDay, isLast };
}

function formatRule(rule: YearlyRule): string {
  const weekday = ICALENDAR_WEEKDAYS[rule.weekday - 1];
  const base = `FREQ=YEARLY;BYMONTH=${rule.month}`;
  if (rule.isLast) return `${base};BYDAY=-1${weekday}`;
  // The nth weekday is the first one on or after day 7n - 6.
  const ordinal = Math.ceil((rule.earliestDay + 6) / 7);
  if (ordinal <= 4 && 7 * ordinal - 6 <= rule.latestDay) return `${base};BYDAY=${ordinal}${weekday}`;
  const days = Array.from({ length: 7 }, (_, index) => rule.earliestDay + index);
  return `${base};BYMONTHDAY=${days.join(',')};BYDAY=${weekday}`;
}

/**
 * The longest run at the end of `group` (same offsets and kind) that happens once a year, in
 * consecutive years up to `toYear`, on one rule. A rule that stopped before `toYear` (DST
 * abolished, rules changed) is not extended: its transitions stay single.
 */
function splitTrailingYearlyRule(
  group: Transition[],
  toYear: number,
): { single: Transition[]; repeating: { transitions: Transition[]; rrule: string } | null } {
  const last = group.at(-1);
  if (!last || last.onset.year !== toYear) return { single: group, repeating: null };
  let rule = ruleOf(last.onset);
  let firstIndex = group.length - 1;
  for (let index = group.length - 2; index >= 0; index--) {
    const candidate = group[index] as Transition;
    const next = group[index + 1] as Transition;
    const merged =
      candidate.onset.year + 1 === next.onset.year ? mergeRules(rule, ruleOf(candidate.onset)) : null;
    if (!merged) break;
    rule = merged;
    firstIndex = index;
  }
  // One occurrence is no evidence of a yearly rule.
  if (firstIndex === group.length - 1) return { single: group, repeating: null };
  return {
    single: group.slice(0, firstIndex),
    repeating: { transitions: group.slice(firstIndex), rrule: formatRule(rule) },
  };
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  onset: Temporal.PlainDateTime,
  offsetFromSeconds: number,
  offsetToSeconds: number,
  rrule: string | null,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocalDateTime(onset)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${formatOffset(offsetFromSeconds)}`,
    `TZOFFSETTO:${formatOffset(offsetToSeconds)}`,
    `END:${kind}`,
  ];
}

/** `YYYYMMDDTHHMMSS`, the iCalendar local (floating) DATE-TIME form. */
function formatLocalDateTime(value: Temporal.PlainDateTime): string {
  return (
    `${padNumber(value.year, 4)}${padNumber(value.month)}${padNumber(value.day)}` +
    `T${padNumber(value.hour)}${padNumber(value.minute)}${padNumber(value.second)}`
  );
}

/** `+0200`, `-0330`, or `+053028` when seconds matter (historical local mean times). */
function formatOffset(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '+';
  const absolute = Math.abs(Math.round(totalSeconds));
  const hours = Math.floor(absolute / 3600);
  const minutes = Math.floor((absolute % 3600) / 60);
  const seconds = absolute % 60;
  return `${sign}${padNumber(hours)}${padNumber(minutes)}${seconds ? padNumber(seconds) : ''}`;
}
