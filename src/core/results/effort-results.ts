import { minutesPer } from './roi.js';

/**
 * Effort against results. Two questions, each answered with its sample and a plain "not enough
 * data" rather than a figure drawn from a handful of cases:
 * - per post: the minutes it took (its share of batch sessions and timers) beside what it earned;
 * - per kind of time (task category): were weeks with more of it than usual followed by more
 *   results, the same week and the next?
 */
export const effortThresholds = {
  /** Posts with both minutes and figures behind "minutes per engagement". */
  minimumPosts: 5,
  /** Weeks on each side of the median (heavier / lighter) behind a category's comparison. */
  minimumWeeksPerSide: 4,
} as const;

export type PostEffortFact = {
  postId: string;
  text: string;
  publishedAt: string;
  minutes: number;
  /** Latest figures summed over the post's versions; null when none was ever measured. */
  engagement: number | null;
  outcomes: number;
  revenueCents: number;
};

export type PostEffortRow = PostEffortFact & { minutesPerEngagement: number | null };

/** Effort bands for "does more time make a better post": minutes from (included) .. to (excluded). */
export const effortBands = [
  { key: '0-15', from: 1, to: 15 },
  { key: '15-30', from: 15, to: 30 },
  { key: '30-60', from: 30, to: 60 },
  { key: '60+', from: 60, to: Number.POSITIVE_INFINITY },
] as const;

export type EffortBand = {
  key: (typeof effortBands)[number]['key'];
  posts: number;
  averageEngagement: number | null;
  outcomes: number;
};

export type PostEffortSummary = {
  /** Posts with minutes recorded (the rest took no recorded time: not in the ratios). */
  postsWithEffort: number;
  /** Of those, posts with figures: the sample behind minutes per engagement. */
  measuredPosts: number;
  minutes: number;
  engagement: number;
  minutesPerEngagement: number | null;
  bands: EffortBand[];
  isThin: boolean;
};

/**
 * Per post minutes per engagement, and the summary over the posts that have minutes: the
 * overall ratio is Σ minutes / Σ engagement over posts with both (not an average of ratios,
 * which a post with 1 engagement would dominate), and the average engagement per effort band.
 */
export function summarisePostEffort(facts: readonly PostEffortFact[]): {
  posts: PostEffortRow[];
  summary: PostEffortSummary;
} {
  const posts = facts.map((fact) => ({
    ...fact,
    minutesPerEngagement:
      fact.minutes > 0 && fact.engagement !== null ? minutesPer(fact.minutes, fact.engagement) : null,
  }));
  const withEffort = facts.filter((fact) => fact.minutes > 0);
  const measured = withEffort.filter((fact) => fact.engagement !== null);
  const minutes = measured.reduce((sum, fact) => sum + fact.minutes, 0);
  const engagement = measured.reduce((sum, fact) => sum + (fact.engagement ?? 0), 0);
  const bands = effortBands.map((band): EffortBand => {
    const inBand = withEffort.filter((fact) => fact.minutes >= band.from && fact.minutes < band.to);
    const withFigures = inBand.filter((fact) => fact.engagement !== null);
    return {
      key: band.key,
      posts: inBand.length,
      averageEngagement:
        withFigures.length === 0
          ? null
          : Math.round(
              (withFigures.reduce((sum, fact) => sum + (fact.engagement ?? 0), 0) * 10) / withFigures.length,
            ) / 10,
      outcomes: inBand.reduce((sum, fact) => sum + fact.outcomes, 0),
    };
  });
  return {
    posts,
    summary: {
      postsWithEffort: withEffort.length,
      measuredPosts: measured.length,
      minutes,
      engagement,
      minutesPerEngagement: minutesPer(minutes, engagement),
      bands,
      isThin: measured.length < effortThresholds.minimumPosts,
    },
  };
}

/** One local week: minutes per task category, and what came in that week. */
export type EffortWeek = {
  weekStart: string;
  minutesByCategory: Readonly<Record<string, number>>;
  /** Leads + clients + revenue entries. */
  outcomes: number;
  /** Engagement gathered by the posts published that week (their latest figures). */
  engagement: number;
};

export type CategoryFollowUp = {
  categoryId: string;
  /** Weeks compared: every week but the last (which has no "next week" yet). */
  weeks: number;
  medianMinutes: number;
  heavierWeeks: number;
  lighterWeeks: number;
  /** Average outcomes / engagement in heavier vs lighter weeks, the same week and the next. */
  sameWeek: { heavier: Averages; lighter: Averages };
  nextWeek: { heavier: Averages; lighter: Averages };
  /** Too few weeks on one side, or no result at all in the period: nothing to compare. */
  isEnoughData: boolean;
};

export type Averages = { outcomes: number; engagement: number };

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const averageOf = (weeks: readonly EffortWeek[]): Averages => ({
  outcomes:
    weeks.length === 0
      ? 0
      : Math.round((weeks.reduce((sum, week) => sum + week.outcomes, 0) * 10) / weeks.length) / 10,
  engagement:
    weeks.length === 0
      ? 0
      : Math.round((weeks.reduce((sum, week) => sum + week.engagement, 0) * 10) / weeks.length) / 10,
});

/**
 * For each category: the weeks (consecutive, oldest first) split at the median of its minutes
 * into heavier (above the median) and lighter (at or under it), and the average results of each
 * side in the same week and in the following week. The last week has no following week and is
 * left out of both comparisons, so both rest on the same weeks. This shows what followed, not
 * what caused it: the page says so.
 */
export function compareCategoryWeeks(
  weeks: readonly EffortWeek[],
  categoryIds: readonly string[],
): CategoryFollowUp[] {
  const compared = weeks.slice(0, -1);
  const hasResults = weeks.some((week) => week.outcomes > 0 || week.engagement > 0);
  return categoryIds.map((categoryId) => {
    const minutesOf = (week: EffortWeek) => week.minutesByCategory[categoryId] ?? 0;
    const middle = median(compared.map(minutesOf));
    const heavier: number[] = [];
    const lighter: number[] = [];
    for (const [index, week] of compared.entries())
      (minutesOf(week) > middle ? heavier : lighter).push(index);
    const pick = (indexes: number[], shift: number) =>
      indexes.flatMap((index) => {
        const week = weeks[index + shift];
        return week ? [week] : [];
      });
    return {
      categoryId,
      weeks: compared.length,
      medianMinutes: Math.round(middle),
      heavierWeeks: heavier.length,
      lighterWeeks: lighter.length,
      sameWeek: { heavier: averageOf(pick(heavier, 0)), lighter: averageOf(pick(lighter, 0)) },
      nextWeek: { heavier: averageOf(pick(heavier, 1)), lighter: averageOf(pick(lighter, 1)) },
      isEnoughData:
        hasResults &&
        heavier.length >= effortThresholds.minimumWeeksPerSide &&
        lighter.length >= effortThresholds.minimumWeeksPerSide,
    };
  });
}
