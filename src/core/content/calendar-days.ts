import type { IsoInstant, LocalDate, TimeZoneName } from '../time/index.js';
import { localDateAndTimeOf } from '../time/local-date-of.js';

/** A post placed on the list: its local day and wall-clock time in the workspace's zone. */
export interface PostOnDay<T> {
  post: T;
  /** `HH:MM`, 24-hour, on the workspace's clock. */
  time: string;
}

/** One day of the list: its posts in time order. */
export interface DayOfPosts<T> {
  date: LocalDate;
  posts: PostOnDay<T>[];
}

/**
 * The posts of a period grouped by their local day in the workspace's zone (what the calendar's
 * list shows): days in order, each day's posts by time (then as given), only days that have
 * posts. Posts without a time, or whose day falls outside `[from, to)`, are not on the list.
 */
export function groupPostsByDay<T extends { scheduledAt: IsoInstant | null }>(
  posts: readonly T[],
  zone: TimeZoneName,
  period: { from: LocalDate; to: LocalDate },
): DayOfPosts<T>[] {
  const placed = posts.flatMap((post, index) => {
    if (!post.scheduledAt) return [];
    const at = Date.parse(post.scheduledAt);
    if (Number.isNaN(at)) return [];
    const { date, time } = localDateAndTimeOf(post.scheduledAt, zone);
    return date >= period.from && date < period.to ? [{ post, date, time, at, index }] : [];
  });
  placed.sort((a, b) => a.at - b.at || a.index - b.index);
  const days: DayOfPosts<T>[] = [];
  for (const { post, date, time } of placed) {
    const last = days.at(-1);
    if (last?.date === date) last.posts.push({ post, time });
    else days.push({ date, posts: [{ post, time }] });
  }
  return days;
}
