import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { dayBounds, getLocalDate, weekBounds, zonedWeekStart } from '../../../core/time/zoned-bounds.js';
import { formatUtcInstant } from '../../../core/tracking/instant.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';

/** Tracked time is kept in whole seconds: trackers export seconds and durations must add up. */
export function toWholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** `YYYY-MM-DDTHH:MM:SSZ` of a date, floored to the second (the core's instant format). */
export function toUtcInstant(date: Date): string {
  return formatUtcInstant(Math.floor(date.getTime() / 1000));
}

export type WorkspaceTime = { timeZone: string; currency: string };

/** Weeks, days and "today" are the workspace's, never the server's. */
export async function findWorkspaceTime(
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>,
  workspaceId: string,
): Promise<WorkspaceTime> {
  const settings = await workspacesRepository.findSettings(workspaceId);
  if (!settings) throw notFound();
  return settings;
}

export function todayIn(timeZone: string, now: Date): string {
  return getLocalDate(now.toISOString(), timeZone);
}

export type WeekRange = { weekStart: string; startsAt: string; endsAt: string; lengthSeconds: number };

/** The Monday-to-Sunday local week containing `date` (today by default), with its UTC bounds. */
export function resolveWeek(date: string | undefined, timeZone: string, now: Date): WeekRange {
  return describeWeek(zonedWeekStart(date ?? todayIn(timeZone, now), timeZone), timeZone);
}

export function describeWeek(weekStart: string, timeZone: string): WeekRange {
  const bounds = weekBounds(weekStart, timeZone);
  return {
    weekStart,
    startsAt: bounds.start,
    endsAt: bounds.end,
    lengthSeconds: (Date.parse(bounds.end) - Date.parse(bounds.start)) / 1000,
  };
}

/** `count` consecutive weeks ending with the week of `lastWeekStart`, oldest first. */
export function listWeeks(lastWeekStart: string, count: number, timeZone: string): WeekRange[] {
  return Array.from({ length: count }, (_, index) =>
    describeWeek(addDaysToDate(lastWeekStart, -7 * (count - 1 - index)), timeZone),
  );
}

/** The seven local days of a week, each with its UTC bounds (23, 24 or 25 hours long). */
export function listWeekDays(weekStart: string, timeZone: string) {
  return Array.from({ length: 7 }, (_, offset) => {
    const date = addDaysToDate(weekStart, offset);
    const bounds = dayBounds(date, timeZone);
    return { date, start: bounds.start, end: bounds.end };
  });
}

/** Instants bounding the local dates `from`..`to` (inclusive), for entry filters. */
export function localDateRange(
  range: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
): { startedFrom?: Date; startedBefore?: Date } {
  return {
    ...(range.from ? { startedFrom: new Date(dayBounds(range.from, timeZone).start) } : {}),
    ...(range.to ? { startedBefore: new Date(dayBounds(range.to, timeZone).end) } : {}),
  };
}
