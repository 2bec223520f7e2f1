import type { EditorialPillar } from '../strategy/editorial-line.js';

export interface PillarBalanceLine {
  pillarId: string;
  posts: number;
  /** Share of the month's posts that carry a pillar, in percent (one decimal); 0 with no posts. */
  actualPercent: number;
  targetPercent: number;
  /** actual - target: positive = over-served, negative = neglected. */
  gapPercent: number;
}

export interface PillarBalance {
  lines: PillarBalanceLine[];
  /** Posts with no pillar (or a pillar since deleted): shown apart, outside the shares. */
  postsWithoutPillar: number;
  totalPosts: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The editorial line's balance over a set of posts (a month): each pillar's share of the posts
 * that have a pillar, against the share the strategy gives it.
 */
export function computePillarBalance(
  posts: readonly { pillarId: string | null }[],
  pillars: readonly EditorialPillar[],
): PillarBalance {
  const counts = new Map(pillars.map((pillar) => [pillar.id, 0]));
  let postsWithoutPillar = 0;
  for (const post of posts) {
    const current = post.pillarId === null ? undefined : counts.get(post.pillarId);
    if (current === undefined) postsWithoutPillar += 1;
    else counts.set(post.pillarId as string, current + 1);
  }
  const withPillar = posts.length - postsWithoutPillar;
  const lines = pillars.map((pillar) => {
    const postsOfPillar = counts.get(pillar.id) ?? 0;
    const actualPercent = withPillar === 0 ? 0 : oneDecimal((postsOfPillar * 100) / withPillar);
    return {
      pillarId: pillar.id,
      posts: postsOfPillar,
      actualPercent,
      targetPercent: pillar.sharePercent,
      gapPercent: oneDecimal(actualPercent - pillar.sharePercent),
    };
  });
  return { lines, postsWithoutPillar, totalPosts: posts.length };
}
