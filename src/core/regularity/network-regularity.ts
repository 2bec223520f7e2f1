import type { NetworkKey } from '../strategy/networks.js';
import {
  addDaysToDate,
  getLocalDate,
  type IsoInstant,
  type LocalDate,
  type TimeZoneName,
  toEpochDay,
  zonedWeekStart,
} from '../time/index.js';
import {
  findSilentFromWithRush,
  isRushWeekStart,
  rushMinimumPosts,
  toRushWeekDays,
} from './rush-regularity.js';

/** One network's post on one day: published (already out) or scheduled (planned, not yet out). */
export interface RegularityPost {
  network: NetworkKey;
  at: IsoInstant;
  isPublished: boolean;
}

/** What the overview and the regularity page say of one network. */
export type GapState =
  /** The plan keeps the network within its target over the look-ahead. */
  | 'none'
  /** Silence starts within the look-ahead (today included): a post is needed by `silentFrom`. */
  | 'coming'
  /** The last post is older than the target allows: a day has already passed uncovered. */
  | 'overdue';

export interface WeekCount {
  weekStart: LocalDate;
  published: number;
  onTarget: boolean;
  /** A rush week: its target was the minimum that keeps the network alive (rush-regularity.ts). */
  isRush: boolean;
}

export interface NetworkRegularity {
  network: NetworkKey;
  /** Posts per week from the strategy; null: no target, so no streak nor gap. */
  target: number | null;
  /** `missing` is counted against the rush minimum when this week is a rush week. */
  thisWeek: { published: number; scheduled: number; missing: number; isRush: boolean };
  /** Whole weeks on target in a row, ending last week, plus this week once it is already on target. */
  streakWeeks: number;
  /** The longest a network may stay silent and keep its target, in days (7 / target, rounded up). */
  allowedGapDays: number | null;
  lastPublishedOn: LocalDate | null;
  nextScheduledOn: LocalDate | null;
  /** The first local day the plan leaves uncovered (null without a target). */
  silentFrom: LocalDate | null;
  /** The day of the first post planned after that silence has begun: it ends there (null: none). */
  resumesOn: LocalDate | null;
  gap: GapState;
  /** The last `historyWeeks` weeks, oldest first, this week last (published only). */
  history: WeekCount[];
}

export interface RegularityInput {
  now: IsoInstant;
  zone: TimeZoneName;
  targets: readonly { network: NetworkKey; targetPostsPerWeek: number | null }[];
  posts: readonly RegularityPost[];
  /** The latest publication per network, even older than the posts given (null: never posted). */
  lastPublishedAt?: Partial<Record<NetworkKey, IsoInstant | null>>;
  /** How far ahead silence is announced, in days. */
  lookAheadDays?: number;
  historyWeeks?: number;
  /** Local Mondays of the weeks in rush mode: they ask only `rushMinimumPosts` and nag less. */
  rushWeeks?: readonly LocalDate[];
}

export const defaultLookAheadDays = 3;
export const defaultHistoryWeeks = 8;

/** The longest silence a target allows: 3 a week -> 3 days, 1 a week -> 7, every other week -> 14. */
export function allowedGapDaysFor(target: number): number {
  return Math.max(1, Math.ceil(7 / target));
}

/**
 * Whether `published` posts over a window of weeks keep the target. A target under one a week is
 * judged over as many weeks as it takes to ask for one post (0.5 -> two weeks), so a week without
 * a post is not a failure while the post of the week before still counts.
 */
function windowWeeks(target: number): number {
  return Math.max(1, Math.ceil(1 / target));
}

/**
 * Per network of the strategy, its regularity on `now`'s local week in `zone`: the week's count
 * against the target, the streak of weeks on target and the coming silence. All day arithmetic is
 * on local dates, so a DST change never moves a post to another day or week.
 *
 * The gap rule: starting from the last published post, each post covers the `allowedGapDays`
 * after its day; scheduled posts extend the cover while each falls within it (or today). The
 * first day left uncovered is `silentFrom`; it is `overdue` once that day has passed, and
 * `coming` when it is today or within the look-ahead.
 */
export function computeNetworkRegularity(input: RegularityInput): NetworkRegularity[] {
  const today = getLocalDate(input.now, input.zone);
  const thisWeek = zonedWeekStart(today, input.zone);
  const lookAheadDays = input.lookAheadDays ?? defaultLookAheadDays;
  const historyWeeks = input.historyWeeks ?? defaultHistoryWeeks;
  const nowMs = Date.parse(input.now);
  const rushWeekDays = toRushWeekDays(input.rushWeeks);
  const isRush = (week: LocalDate) => isRushWeekStart(week, rushWeekDays);

  return input.targets.map(({ network, targetPostsPerWeek }) => {
    const target = targetPostsPerWeek !== null && targetPostsPerWeek > 0 ? targetPostsPerWeek : null;
    const own = input.posts
      .filter((post) => post.network === network)
      .map((post) => ({ ...post, date: getLocalDate(post.at, input.zone) }));
    const published = own.filter((post) => post.isPublished);
    const planned = own
      .filter((post) => !post.isPublished && Date.parse(post.at) >= nowMs)
      .sort((a, b) => a.at.localeCompare(b.at));

    const publishedPerWeek = new Map<LocalDate, number>();
    for (const post of published) {
      const week = zonedWeekStart(post.date, input.zone);
      publishedPerWeek.set(week, (publishedPerWeek.get(week) ?? 0) + 1);
    }
    const countOf = (week: LocalDate) => publishedPerWeek.get(week) ?? 0;
    const isOnTarget = (week: LocalDate) => {
      if (target === null) return false;
      if (isRush(week)) return countOf(week) >= rushMinimumPosts(target);
      const weeks = windowWeeks(target);
      let sum = 0;
      for (let back = 0; back < weeks; back += 1) sum += countOf(addDaysToDate(week, -7 * back));
      return sum >= target * weeks;
    };

    const weekPublished = countOf(thisWeek);
    const weekEnd = addDaysToDate(thisWeek, 7);
    const weekScheduled = planned.filter((post) => post.date < weekEnd).length;
    const history: WeekCount[] = [];
    for (let back = historyWeeks - 1; back >= 0; back -= 1) {
      const weekStart = addDaysToDate(thisWeek, -7 * back);
      history.push({
        weekStart,
        published: countOf(weekStart),
        onTarget: isOnTarget(weekStart),
        isRush: isRush(weekStart),
      });
    }

    const lastFromPosts = published.reduce<string | null>(
      (latest, post) => (latest === null || post.date > latest ? post.date : latest),
      null,
    );
    const lastGiven = input.lastPublishedAt?.[network];
    const lastGivenDate = lastGiven ? getLocalDate(lastGiven, input.zone) : null;
    const lastPublishedOn =
      lastFromPosts && lastGivenDate
        ? lastFromPosts > lastGivenDate
          ? lastFromPosts
          : lastGivenDate
        : (lastFromPosts ?? lastGivenDate);
    const nextScheduledOn = planned[0]?.date ?? null;

    const base = {
      network,
      target,
      thisWeek: {
        published: weekPublished,
        scheduled: weekScheduled,
        missing:
          target === null
            ? 0
            : Math.max(
                0,
                Math.ceil(isRush(thisWeek) ? rushMinimumPosts(target) : target) -
                  weekPublished -
                  weekScheduled,
              ),
        isRush: isRush(thisWeek),
      },
      lastPublishedOn,
      nextScheduledOn,
      history,
    };
    if (target === null)
      return {
        ...base,
        streakWeeks: 0,
        allowedGapDays: null,
        silentFrom: null,
        resumesOn: null,
        gap: 'none' as const,
      };

    let streakWeeks = isOnTarget(thisWeek) ? 1 : 0;
    // Bounded by the posts given: a streak older than them cannot be told apart from none.
    for (let week = addDaysToDate(thisWeek, -7); isOnTarget(week); week = addDaysToDate(week, -7))
      streakWeeks += 1;

    const allowedGapDays = allowedGapDaysFor(target);
    const silentFrom = findSilentFromWithRush(today, lastPublishedOn, planned, allowedGapDays, rushWeekDays);
    const todayDay = toEpochDay(today);
    const silentDay = toEpochDay(silentFrom);
    const gap: GapState =
      silentDay < todayDay ? 'overdue' : silentDay <= todayDay + lookAheadDays ? 'coming' : 'none';
    const resumesOn = planned.find((post) => post.date > silentFrom)?.date ?? null;
    return { ...base, streakWeeks, allowedGapDays, silentFrom, resumesOn, gap };
  });
}
