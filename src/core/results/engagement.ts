import { resultsThresholds } from './results-thresholds.js';

/** What a snapshot counts; null = unknown (the network or the export does not say). */
export type PostMetrics = {
  impressions: number | null;
  reactions: number | null;
  comments: number | null;
  shares: number | null;
  quotes: number | null;
  clicks: number | null;
  saves: number | null;
};

/**
 * Engagement = the interactions a person made with the post: reactions, comments, shares,
 * quotes and saves. Clicks are kept apart (not every network reports them, and a click is a
 * visit, not an interaction); impressions are the denominator of the rate. Null when nothing is known.
 */
export function engagementOf(metrics: PostMetrics): number | null {
  const parts = [metrics.reactions, metrics.comments, metrics.shares, metrics.quotes, metrics.saves];
  if (parts.every((part) => part === null)) return null;
  return parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
}

/** Engagements per impression, as a percent with two decimals; null without impressions. */
export function engagementRatePercent(engagement: number | null, impressions: number | null): number | null {
  if (engagement === null || impressions === null || impressions <= 0) return null;
  return Math.round((engagement * 10_000) / impressions) / 100;
}

export type RankedPost = {
  postVersionId: string;
  engagement: number;
  ratePercent: number | null;
};

/**
 * Best and worst posts by engagement (ties broken by rate, then id, so the order is stable).
 * Fewer than `minimumPosts` measured posts rank nothing: "best of three" is noise.
 */
export function rankPosts<Post extends RankedPost>(
  posts: readonly Post[],
  count = 3,
): { best: Post[]; worst: Post[]; isThin: boolean } {
  if (posts.length < resultsThresholds.minimumPosts) return { best: [], worst: [], isThin: true };
  const ordered = [...posts].sort(
    (left, right) =>
      right.engagement - left.engagement ||
      (right.ratePercent ?? -1) - (left.ratePercent ?? -1) ||
      left.postVersionId.localeCompare(right.postVersionId),
  );
  const shown = Math.min(count, Math.floor(ordered.length / 2));
  return { best: ordered.slice(0, shown), worst: ordered.slice(-shown).reverse(), isThin: false };
}

export type EngagementGroup = {
  key: string;
  posts: number;
  averageEngagement: number;
  /** Average rate over the posts whose impressions are known; null when none are. */
  averageRatePercent: number | null;
  isThin: boolean;
};

/**
 * Average engagement per group (network, pillar, weekday, hour), best first, each with the number
 * of posts behind it. A group of fewer than `minimumGroupPosts` posts is marked thin.
 */
export function averageEngagementBy<Post extends RankedPost>(
  posts: readonly Post[],
  keyOf: (post: Post) => string,
  minimumGroupPosts = 3,
): EngagementGroup[] {
  const groups = new Map<string, { posts: number; engagement: number; rates: number[] }>();
  for (const post of posts) {
    const key = keyOf(post);
    const group = groups.get(key) ?? { posts: 0, engagement: 0, rates: [] };
    group.posts += 1;
    group.engagement += post.engagement;
    if (post.ratePercent !== null) group.rates.push(post.ratePercent);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, group]) => ({
      key,
      posts: group.posts,
      averageEngagement: Math.round((group.engagement * 10) / group.posts) / 10,
      averageRatePercent:
        group.rates.length > 0
          ? Math.round((group.rates.reduce((sum, rate) => sum + rate, 0) * 100) / group.rates.length) / 100
          : null,
      isThin: group.posts < minimumGroupPosts,
    }))
    .sort(
      (left, right) => right.averageEngagement - left.averageEngagement || (left.key < right.key ? -1 : 1),
    );
}
