import { isoWeekdayOf } from '../time/epoch-day.js';
import type { LocalDate } from '../time/local-values.js';

/** Which week the overview invites to review, if any: the one in progress, or the one before. */
export type ReviewInvitation = 'friday' | 'weekend' | 'last-week' | null;

/**
 * From Friday to Sunday the week in progress is ready for its review; on Monday, last week's is,
 * provided the workspace already existed then (one made today has no last week to look back on);
 * the rest of the week there is nothing to invite to. `weekStart` is the Monday of `today`'s week,
 * `createdOn` the workspace's creation date, both in its time zone.
 */
export function reviewInvitation(
  today: LocalDate,
  weekStart: LocalDate,
  createdOn: LocalDate,
): ReviewInvitation {
  const weekday = isoWeekdayOf(today);
  if (weekday === 1) return createdOn < weekStart ? 'last-week' : null;
  if (weekday === 5) return 'friday';
  if (weekday > 5) return 'weekend';
  return null;
}
