import type { NetworkKey } from './networks.js';

/** A theme of the editorial line and the share of posts it should get. */
export interface EditorialPillar {
  id: string;
  /** Integer percent, 0 to 100. */
  sharePercent: number;
}

export interface PillarSharesValidation {
  isValid: boolean;
  totalPercent: number;
  /** 100 - total: positive = percent left to assign, negative = percent in excess. */
  gapPercent: number;
  /** Pillars whose share is not an integer between 0 and 100. */
  invalidPillarIds: string[];
}

/**
 * Checks that the pillars' shares are integer percents summing to exactly 100. An empty editorial
 * line is not valid (gap 100): there is nothing to post about yet.
 */
export function validatePillarShares(pillars: readonly EditorialPillar[]): PillarSharesValidation {
  const invalidPillarIds = pillars
    .filter(
      (pillar) =>
        !Number.isInteger(pillar.sharePercent) || pillar.sharePercent < 0 || pillar.sharePercent > 100,
    )
    .map((pillar) => pillar.id);
  const totalPercent = pillars.reduce((sum, pillar) => sum + pillar.sharePercent, 0);
  const gapPercent = 100 - totalPercent;
  return {
    isValid: invalidPillarIds.length === 0 && gapPercent === 0,
    totalPercent,
    gapPercent,
    invalidPillarIds,
  };
}

export interface NetworkFrequencyTarget {
  network: NetworkKey;
  /** Posts per week on this network; may be fractional (0.5 = one every two weeks). */
  postsPerWeek: number;
}

export interface PillarWeeklyPosts {
  pillarId: string;
  /** Expected posts per week over all networks; fractional (0.9 = about one a week). */
  postsPerWeek: number;
  byNetwork: { network: NetworkKey; postsPerWeek: number }[];
}

/**
 * Expected posts per week for each pillar: each network's frequency target x the pillar's share.
 * Shares are used as given, so a draft editorial line still gets a preview (check it with
 * {@link validatePillarShares}); when they sum to 100 the pillars split the targets exactly.
 * Values are not rounded: posts are counted, so the UI decides how to present 0.9 post.
 * Throws a RangeError on a negative or non-finite frequency.
 */
export function computePostsPerPillarPerWeek(input: {
  pillars: readonly EditorialPillar[];
  frequencyTargets: readonly NetworkFrequencyTarget[];
}): PillarWeeklyPosts[] {
  for (const target of input.frequencyTargets) {
    if (!Number.isFinite(target.postsPerWeek) || target.postsPerWeek < 0) {
      throw new RangeError(`postsPerWeek for ${target.network} must be >= 0, got ${target.postsPerWeek}`);
    }
  }
  return input.pillars.map((pillar) => {
    // posts x share / 100 in that order: 3 x 30 / 100 is exactly 0.9, 3 x 0.3 is not.
    const byNetwork = input.frequencyTargets.map((target) => ({
      network: target.network,
      postsPerWeek: (target.postsPerWeek * pillar.sharePercent) / 100,
    }));
    const totalPosts = input.frequencyTargets.reduce((sum, target) => sum + target.postsPerWeek, 0);
    return { pillarId: pillar.id, postsPerWeek: (totalPosts * pillar.sharePercent) / 100, byNetwork };
  });
}
