/**
 * The channels a strategy can invest in. Blog and newsletter are not social networks but compete
 * for the same hours, so the method plans them alongside.
 */
export const networkKeys = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'mastodon',
  'bluesky',
  'tiktok',
  'youtube',
  'pinterest',
  'blog',
  'newsletter',
  'other',
] as const;

export type NetworkKey = (typeof networkKeys)[number];

export function isNetworkKey(value: string): value is NetworkKey {
  return (networkKeys as readonly string[]).includes(value);
}

export interface ChosenNetwork {
  network: NetworkKey;
  /** 1 is the highest priority; equal priorities keep the order of the list. */
  priority: number;
}

export interface NetworkFocusAdvice {
  kind: 'focus_on_one_network';
  /** The highest-priority chosen network: the one to do well first. */
  suggestedNetwork: NetworkKey;
  /** The other chosen networks, by priority, to add once the first one runs smoothly. */
  laterNetworks: NetworkKey[];
  /** Advice only: the strategy is saved whatever the user decides. */
  isBlocking: false;
}

/**
 * The method advises beginners to start with ONE network and do it well rather than spread thin.
 * Returns that advice when a beginner picks more than one distinct network, otherwise null.
 */
export function adviseNetworkFocus(input: {
  isBeginner: boolean;
  chosenNetworks: readonly ChosenNetwork[];
}): NetworkFocusAdvice | null {
  if (!input.isBeginner) {
    return null;
  }
  // Array.prototype.sort is stable, so equal priorities keep the user's list order.
  const byPriority = [...input.chosenNetworks].sort((a, b) => a.priority - b.priority);
  const distinct = [...new Set(byPriority.map((chosen) => chosen.network))];
  const [suggestedNetwork, ...laterNetworks] = distinct;
  if (suggestedNetwork === undefined || laterNetworks.length === 0) {
    return null;
  }
  return { kind: 'focus_on_one_network', suggestedNetwork, laterNetworks, isBlocking: false };
}
