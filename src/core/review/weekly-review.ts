import { resultsThresholds } from '../results/results-thresholds.js';
import type { NetworkKey } from '../strategy/networks.js';
import { addDaysToDate, fromEpochDay, type LocalDate, toEpochDay } from '../time/index.js';

/** One task category's week: what the budget asks, what the routine planned, what was tracked. */
export interface ReviewHoursRow {
  categoryId: string;
  budgetMinutes: number;
  routineMinutes: number;
  trackedMinutes: number;
}

/** One network's week as regularity saw it (src/core/regularity, judged on the reviewed week). */
export interface ReviewNetworkInput {
  network: NetworkKey;
  target: number | null;
  published: number;
  onTarget: boolean;
  streakWeeks: number;
  allowedGapDays: number | null;
}

/** A version published in the week, with its latest figures (engagement null = not measured). */
export interface ReviewPostInput {
  /** Null for a post published outside Cadence (read from a network's export). */
  postId: string | null;
  network: NetworkKey;
  text: string;
  publishedAt: string;
  engagement: number | null;
  impressions: number | null;
  ratePercent: number | null;
}

export interface ReviewOutcomeInput {
  kind: 'lead' | 'client' | 'revenue';
  amountCents: number;
  currency: string;
}

export interface WeeklyReviewInput {
  weekStart: LocalDate;
  /** The workspace's local today: a week in progress is judged only up to it. */
  today: LocalDate;
  currency: string;
  hours: {
    rows: readonly ReviewHoursRow[];
    trackedCostCents: number;
    adherence: { planned: number; done: number };
  };
  networks: readonly ReviewNetworkInput[];
  /** Each network's published local days, including the weeks before (a post covers days after it). */
  publishedDays: Partial<Record<NetworkKey, readonly LocalDate[]>>;
  posts: readonly ReviewPostInput[];
  outcomes: readonly ReviewOutcomeInput[];
}

/** Days of the week a network with a target had no post covering it (see `findSilentStretches`). */
export interface SilentStretch {
  from: LocalDate;
  to: LocalDate;
  days: number;
}

export interface WeeklyReview {
  weekStart: LocalDate;
  weekEnd: LocalDate;
  state: 'past' | 'current' | 'future';
  /** The last day judged: Sunday for a past week, today for the current one. */
  judgedUntil: LocalDate | null;
  currency: string;
  hours: {
    rows: ReviewHoursRow[];
    totals: { budgetMinutes: number; routineMinutes: number; trackedMinutes: number };
    trackedCostCents: number;
    adherence: { planned: number; done: number; ratio: number | null };
  };
  networks: (ReviewNetworkInput & { silentStretches: SilentStretch[] })[];
  posts: {
    published: number;
    measured: number;
    /** Fewer measured posts than the results threshold: best and worst are pointers, not verdicts. */
    isThin: boolean;
    best: ReviewPostInput[];
    worst: ReviewPostInput[];
  };
  outcomes: {
    leads: number;
    clients: number;
    revenueCents: number;
    /** Outcomes in another currency than the workspace's: left out of the revenue, counted here. */
    leftOutOtherCurrency: number;
    /** Cost of tracked time per lead / client won, null without any. */
    costPerLeadCents: number | null;
    costPerClientCents: number | null;
  };
}

/** How many posts each side of the ranking shows at most. */
const rankedPosts = 3;

/**
 * The stretches of the week (up to `until`) that no published post covered: a post covers its day
 * and the `allowedGapDays - 1` days after it (the regularity rule), so a 3-a-week network posted
 * on Monday is covered until Wednesday. Days before the first post ever are silent too.
 */
export function findSilentStretches(
  weekStart: LocalDate,
  until: LocalDate,
  publishedDays: readonly LocalDate[],
  allowedGapDays: number,
): SilentStretch[] {
  const first = toEpochDay(weekStart);
  const last = Math.min(toEpochDay(until), first + 6);
  const covered = new Set<number>();
  for (const day of publishedDays) {
    const posted = toEpochDay(day);
    for (let offset = 0; offset < allowedGapDays; offset += 1) covered.add(posted + offset);
  }
  const stretches: SilentStretch[] = [];
  let start: number | null = null;
  for (let day = first; day <= last + 1; day += 1) {
    const isSilent = day <= last && !covered.has(day);
    if (isSilent && start === null) start = day;
    if (!isSilent && start !== null) {
      stretches.push({ from: fromEpochDay(start), to: fromEpochDay(day - 1), days: day - start });
      start = null;
    }
  }
  return stretches;
}

/**
 * The last day a week's silences are judged on. Today is not over: a post may still go out (one is
 * often scheduled for later today), so while the week runs its silences stop at yesterday.
 */
export function silenceJudgedUntil(
  state: 'past' | 'current' | 'future',
  judgedUntil: LocalDate | null,
): LocalDate | null {
  return state === 'current' && judgedUntil !== null ? addDaysToDate(judgedUntil, -1) : judgedUntil;
}

const byEngagement = (left: ReviewPostInput, right: ReviewPostInput) =>
  (right.engagement ?? 0) - (left.engagement ?? 0) ||
  (right.ratePercent ?? -1) - (left.ratePercent ?? -1) ||
  left.publishedAt.localeCompare(right.publishedAt) ||
  left.network.localeCompare(right.network);

/**
 * The Friday review of one week: hours planned against tracked per category, posts against the
 * targets with streaks and silent stretches, the best and worst measured posts, and what the week
 * brought. Pure: the server reads the facts, this decides what they say.
 */
export function assembleWeeklyReview(input: WeeklyReviewInput): WeeklyReview {
  const weekEnd = addDaysToDate(input.weekStart, 6);
  const state = input.today > weekEnd ? 'past' : input.today < input.weekStart ? 'future' : 'current';
  const judgedUntil = state === 'past' ? weekEnd : state === 'current' ? input.today : null;
  const silenceUntil = silenceJudgedUntil(state, judgedUntil);

  const totals = { budgetMinutes: 0, routineMinutes: 0, trackedMinutes: 0 };
  for (const row of input.hours.rows) {
    totals.budgetMinutes += row.budgetMinutes;
    totals.routineMinutes += row.routineMinutes;
    totals.trackedMinutes += row.trackedMinutes;
  }
  const { planned, done } = input.hours.adherence;

  const networks = input.networks.map((line) => ({
    ...line,
    silentStretches:
      line.target === null || line.allowedGapDays === null || silenceUntil === null
        ? []
        : findSilentStretches(
            input.weekStart,
            silenceUntil,
            input.publishedDays[line.network] ?? [],
            line.allowedGapDays,
          ),
  }));

  const measured = input.posts.filter((post) => post.engagement !== null).sort(byEngagement);
  const bestCount = Math.min(rankedPosts, Math.ceil(measured.length / 2));
  const worstCount = Math.min(rankedPosts, Math.floor(measured.length / 2));

  let leads = 0;
  let clients = 0;
  let revenueCents = 0;
  let leftOutOtherCurrency = 0;
  for (const outcome of input.outcomes) {
    if (outcome.currency !== input.currency) {
      leftOutOtherCurrency += 1;
      continue;
    }
    if (outcome.kind === 'lead') leads += 1;
    if (outcome.kind === 'client') clients += 1;
    revenueCents += outcome.amountCents;
  }
  const cost = input.hours.trackedCostCents;
  const costPer = (count: number) => (count > 0 && cost > 0 ? Math.round(cost / count) : null);

  return {
    weekStart: input.weekStart,
    weekEnd,
    state,
    judgedUntil,
    currency: input.currency,
    hours: {
      rows: [...input.hours.rows],
      totals,
      trackedCostCents: cost,
      adherence: { planned, done, ratio: planned === 0 ? null : done / planned },
    },
    networks,
    posts: {
      published: input.posts.length,
      measured: measured.length,
      isThin: measured.length < resultsThresholds.minimumPosts,
      best: measured.slice(0, bestCount),
      worst: worstCount === 0 ? [] : measured.slice(-worstCount).reverse(),
    },
    outcomes: {
      leads,
      clients,
      revenueCents,
      leftOutOtherCurrency,
      costPerLeadCents: costPer(leads),
      costPerClientCents: costPer(clients),
    },
  };
}
