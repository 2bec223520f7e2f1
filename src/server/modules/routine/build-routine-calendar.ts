import ical, { type ICalDayJsStub } from 'ical-generator';
import type { Category } from '../../../contracts/budget.js';
import type { RoutineBlockView, RoutineExceptionView } from '../../../contracts/routine.js';
import { planCalendarSeries, rushKeyOf, toRRule } from '../../../core/routine/index.js';
import {
  formatEpochMilliseconds,
  generateVTimezone,
  getLocalDate,
  getLocalWallClockTime,
  listUnclearLocalTimes,
  resolveWallClock,
  type UnclearLocalTimes,
} from '../../../core/time/index.js';
import type { ServerLocale } from '../../platform/problem-messages.js';
import { categoryLabel, rushWeekLabel, templateLabel } from './routine-labels.js';

/**
 * A local date-time exactly as the routine writes it (`20260329T023000` with the event's TZID),
 * handed to ical-generator through its day.js-compatible interface. Why not a Date or a Temporal
 * value: the library would first resolve them to an instant, turning a DTSTART or RECURRENCE-ID
 * at 02:30 on a spring-forward day into 03:30, and a series anchored at 03:30 stays at 03:30.
 * RFC 5545 wants the nominal time and resolves it by the same rule as Cadence.
 */
class WallClockStamp implements ICalDayJsStub {
  constructor(
    private readonly date: string,
    private readonly time: string,
    private readonly timeZone: string,
  ) {}

  format(pattern?: string): string {
    if (pattern === 'YYYYMMDD') return this.date.replaceAll('-', '');
    if (pattern === 'HHmmss') return `${this.time.replace(':', '')}00`;
    return this.toJSON();
  }

  isValid(): boolean {
    return true;
  }

  toDate(): Date {
    return new Date(resolveWallClock(this.date, this.time, this.timeZone));
  }

  toJSON(): string {
    return resolveWallClock(this.date, this.time, this.timeZone);
  }

  tz(): ICalDayJsStub {
    return this;
  }

  /** The stamp `minutes` of elapsed time later, on the same zone's clock (an event's DTEND). */
  after(minutes: number): WallClockStamp {
    const end = formatEpochMilliseconds(this.toDate().getTime() + minutes * 60_000);
    return new WallClockStamp(
      getLocalDate(end, this.timeZone),
      getLocalWallClockTime(end, this.timeZone),
      this.timeZone,
    );
  }

  /** `YYYYMMDDTHHMMSS`, for EXDATE lines the library does not write for string rules. */
  toLocalValue(): string {
    return `${this.format('YYYYMMDD')}T${this.format('HHmmss')}`;
  }
}

export type RoutineCalendarInput = {
  name: string;
  workspaceId: string;
  workspaceTimeZone: string;
  locale: ServerLocale;
  baseUrl: string;
  blocks: readonly RoutineBlockView[];
  exceptions: readonly RoutineExceptionView[];
  /** `blockId/originalDate` of the occurrences a rush week shortened (applyRushWeeks). */
  rushKeys?: ReadonlySet<string>;
  categories: readonly Category[];
  now: Date;
};

/**
 * The routine as an iCalendar feed: one VEVENT per block with its RRULE in the block's own zone,
 * EXDATE for cancelled occurrences, an override VEVENT (same UID + RECURRENCE-ID) per moved one,
 * and a VTIMEZONE for every zone used, so any calendar expands it to the app's own occurrences.
 * Occurrences at local times a DST change makes unclear are written apart, in UTC
 * (planCalendarSeries says which and why).
 */
export function buildRoutineCalendar(input: RoutineCalendarInput): string {
  const { blocks, exceptions, locale } = input;
  const nowYear = input.now.getUTCFullYear();
  // The years the feed spells out exactly; yearly rules carry the zones beyond them.
  const years = {
    fromYear: Math.min(nowYear, ...blocks.map((block) => Number(block.startsOn.slice(0, 4)))) - 1,
    toYear: nowYear + 5,
  };
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Cadence', product: 'Routine', language: locale.toUpperCase() },
    // `name: null` keeps DTSTAMP in UTC; the generator still writes each event zone's VTIMEZONE.
    timezone: { name: null, generator: (zone) => generateVTimezone(zone, years) },
    ttl: 60 * 60,
  });
  calendar.x('X-WR-TIMEZONE', input.workspaceTimeZone);
  const link = `${input.baseUrl}/w/${input.workspaceId}/routine`;
  const categoriesById = new Map(input.categories.map((category) => [category.id, category]));

  const unclearTimesByZone = new Map<string, UnclearLocalTimes[]>();
  for (const block of blocks) {
    let unclearTimes = unclearTimesByZone.get(block.timeZone);
    if (!unclearTimes) {
      unclearTimes = listUnclearLocalTimes(block.timeZone, years);
      unclearTimesByZone.set(block.timeZone, unclearTimes);
    }
    const plan = planCalendarSeries(block, exceptions, unclearTimes);
    const stamp = (date: string, time: string) => new WallClockStamp(date, time, block.timeZone);
    const common = {
      // The task is what a calendar shows: the block's title, its template's, or its category.
      summary:
        block.title ??
        templateLabel(block.templateKey, locale) ??
        categoryLabel(categoriesById.get(block.categoryId), locale),
      description: [
        block.title || templateLabel(block.templateKey, locale)
          ? categoryLabel(categoriesById.get(block.categoryId), locale)
          : null,
        block.description,
        block.note,
        link,
      ]
        .filter((line): line is string => Boolean(line))
        .join('\n'),
      url: link,
      stamp: input.now,
    };
    if (plan.series) {
      const { firstDate, excludedDates, overrides } = plan.series;
      const series = { ...common, id: `${block.id}@cadence`, timezone: block.timeZone };
      const start = stamp(firstDate, block.startTime);
      const excluded = excludedDates.map(
        (date) => `EXDATE;TZID=${block.timeZone}:${stamp(date, block.startTime).toLocalValue()}`,
      );
      calendar.createEvent({
        ...series,
        start,
        end: start.after(block.durationMinutes),
        repeating: [`RRULE:${toRRule(block)}`, ...excluded].join('\n'),
      });
      for (const moved of overrides) {
        const movedStart = stamp(moved.newDate ?? moved.originalDate, moved.newStartTime ?? block.startTime);
        const isRush = input.rushKeys?.has(rushKeyOf(block.id, moved.originalDate)) ?? false;
        calendar.createEvent({
          ...series,
          ...(isRush
            ? {
                summary: `${series.summary} (${rushWeekLabel(locale)})`,
                description: `${rushWeekLabel(locale)}\n${series.description}`,
              }
            : {}),
          recurrenceId: stamp(moved.originalDate, block.startTime),
          start: movedStart,
          end: movedStart.after(moved.newDurationMinutes ?? block.durationMinutes),
        });
      }
    }
    // Plain UTC times: no parser can read them another way.
    for (const occurrence of plan.standalone) {
      calendar.createEvent({
        ...common,
        id: `${block.id}_${occurrence.occurrenceDate.replaceAll('-', '')}@cadence`,
        start: new Date(occurrence.start),
        end: new Date(occurrence.end),
      });
    }
  }
  return calendar.toString();
}
