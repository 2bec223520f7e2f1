import { fromEpochDay, type LocalDate, toEpochDay, weekStartOfEpochDay } from '../time/index.js';

/*
 * How regularity reads a rush week (a week someone chose to shrink the plan): it asks only the
 * minimum that keeps a network alive, one post that week (or the target itself when it asks for
 * less than one a week), so the streak is kept by that one post, and a silence inside the rush
 * week is announced only for the week's last day, not every `7 / target` days.
 */

/** The posts a rush week asks of a network with this weekly target. */
export function rushMinimumPosts(target: number): number {
  return Math.min(1, target);
}

/** Local Mondays of the rush weeks, as epoch days, for quick look-ups. */
export function toRushWeekDays(rushWeekStarts: readonly LocalDate[] | undefined): Set<number> {
  return new Set((rushWeekStarts ?? []).map((date) => weekStartOfEpochDay(toEpochDay(date))));
}

/** The last epoch day of the rush week holding `day`, or null when `day` is in no rush week. */
export function rushWeekEndOf(day: number, rushWeekDays: ReadonlySet<number>): number | null {
  const weekStart = weekStartOfEpochDay(day);
  return rushWeekDays.has(weekStart) ? weekStart + 6 : null;
}

export function isRushWeekStart(weekStart: LocalDate, rushWeekDays: ReadonlySet<number>): boolean {
  return rushWeekDays.has(toEpochDay(weekStart));
}

/**
 * The first day the plan leaves uncovered. A post covers `allowedGapDays` from its day, and a post
 * inside a rush week covers at least to that week's end; planned posts extend the cover while each
 * comes within it. An uncovered day inside a rush week waits for the week's last day: the week's
 * one post may come on any of its days.
 */
export function findSilentFromWithRush(
  today: LocalDate,
  lastPublishedOn: LocalDate | null,
  plannedInOrder: readonly { date: LocalDate }[],
  allowedGapDays: number,
  rushWeekDays: ReadonlySet<number>,
): LocalDate {
  const todayDay = toEpochDay(today);
  const coverFrom = (day: number) =>
    Math.max(day + allowedGapDays - 1, rushWeekEndOf(day, rushWeekDays) ?? day);
  const firstUncovered = (covered: number) => {
    const day = Math.max(covered, todayDay - 1) + 1;
    return { day, deadline: rushWeekEndOf(day, rushWeekDays) ?? day };
  };
  // Never posted: the silence is already there, unless a post is planned today.
  let coveredUntil = lastPublishedOn === null ? todayDay - 1 : coverFrom(toEpochDay(lastPublishedOn));
  for (const post of plannedInOrder) {
    const day = toEpochDay(post.date);
    if (day > firstUncovered(coveredUntil).deadline) break;
    coveredUntil = Math.max(coveredUntil, coverFrom(day));
  }
  const silent = coveredUntil + 1;
  return fromEpochDay(rushWeekEndOf(silent, rushWeekDays) ?? silent);
}
