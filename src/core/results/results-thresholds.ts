/**
 * Below these, a figure is still shown but marked "too little data": a cost per client from one
 * client, or a return measured over an afternoon of work, says more about luck than about the
 * network. The same thresholds gate the overview's suggestion.
 */
export const resultsThresholds = {
  /** Leads + clients + revenue entries behind a ratio. */
  minimumOutcomes: 3,
  /** Tracked minutes behind a cost. */
  minimumMinutes: 240,
  /** Published posts behind a ranking or an average engagement. */
  minimumPosts: 5,
} as const;

export function isThinSample(sample: { outcomes: number; minutes: number }): boolean {
  return (
    sample.outcomes < resultsThresholds.minimumOutcomes || sample.minutes < resultsThresholds.minimumMinutes
  );
}
