import type { NetworkKey } from '../strategy/networks.js';
import {
  addDaysToDate,
  getLocalDate,
  type IsoInstant,
  type LocalDate,
  type TimeZoneName,
} from '../time/index.js';
import type { PillarBalanceLine } from './pillar-balance.js';
import { expandPostingSlots, type PostingSlot, type SlotOccurrence } from './posting-slots.js';

/*
 * Rush mode's content half: a rush week asks one post per network with a target (the regularity
 * rule), so each such network left without a post that week gets its next empty posting slot and
 * a few ideas from the notebook to fill it in one click. Nothing here is stored: the suggestion is
 * worked out from the week as it stands each time it is asked for.
 */

export interface RushIdeaCandidate {
  id: string;
  network: NetworkKey | null;
  pillarId: string | null;
  status: 'new' | 'planned' | 'used' | 'archived';
  createdAt: IsoInstant;
}

/** One network version of a post of the week, as the rush view weighs it. */
export interface RushWeekVersion {
  postId: string;
  network: NetworkKey;
  /** Its instant (published, scheduled, or the time a draft was given); null: not placed. */
  at: IsoInstant | null;
  /** Drafts and ready posts hold a time without counting as posted. */
  isDraft: boolean;
}

/**
 * `covered`: the network has a post placed this week. `draft_waiting`: a draft holds a time this
 * week, to finish and schedule. `empty`: nothing; `slot` is where a post would go (null when no
 * posting slot of the network is left this week) and `ideaIds` what could fill it, best first.
 */
export interface RushNetworkSuggestion<Idea extends RushIdeaCandidate = RushIdeaCandidate> {
  network: NetworkKey;
  state: 'covered' | 'draft_waiting' | 'empty';
  slot: SlotOccurrence | null;
  draftPostId: string | null;
  ideas: Idea[];
}

/** How many ideas a rushed person is shown per network: enough to choose, few enough to read. */
export const rushIdeasPerNetwork = 3;

/**
 * The order ideas are offered in: the pillar the editorial line is shortest of first (the most
 * negative gap; ideas without a known pillar after every pillar's), then ideas written for that
 * very network before those for any network, then the oldest first (captured to be used).
 */
function compareIdeas(network: NetworkKey, gaps: ReadonlyMap<string, number>) {
  const gapOf = (idea: RushIdeaCandidate) =>
    idea.pillarId === null ? Number.POSITIVE_INFINITY : (gaps.get(idea.pillarId) ?? Number.POSITIVE_INFINITY);
  return (a: RushIdeaCandidate, b: RushIdeaCandidate) =>
    gapOf(a) - gapOf(b) ||
    Number(b.network === network) - Number(a.network === network) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    a.id.localeCompare(b.id);
}

/**
 * Per network with a posting target, what the rush week holds and, where it holds nothing, the
 * next empty posting slot of the week (after `now`) and the notebook ideas that could fill it
 * (state new or planned; for that network or for any). Weeks and days are local to `zone`, so a
 * DST change never moves a post or a slot to another week.
 */
export function suggestRushIdeas<Idea extends RushIdeaCandidate>(input: {
  weekStart: LocalDate;
  zone: TimeZoneName;
  now: IsoInstant;
  targets: readonly { network: NetworkKey; targetPostsPerWeek: number | null }[];
  slots: readonly PostingSlot[];
  versions: readonly RushWeekVersion[];
  ideas: readonly Idea[];
  pillarBalance: readonly PillarBalanceLine[];
  perNetwork?: number;
}): RushNetworkSuggestion<Idea>[] {
  const weekEnd = addDaysToDate(input.weekStart, 6);
  const inWeek = input.versions.filter((version) => {
    if (!version.at) return false;
    const date = getLocalDate(version.at, input.zone);
    return date >= input.weekStart && date <= weekEnd;
  });
  const taken = new Set(inWeek.map((version) => `${version.network} ${Date.parse(version.at as string)}`));
  const nowMilliseconds = Date.parse(input.now);
  const openSlots = expandPostingSlots(input.slots, input.zone, input.weekStart, 7).filter(
    (slot) =>
      Date.parse(slot.instant) > nowMilliseconds && !taken.has(`${slot.network} ${Date.parse(slot.instant)}`),
  );
  const gaps = new Map(input.pillarBalance.map((line) => [line.pillarId, line.gapPercent]));
  const usable = input.ideas.filter((idea) => idea.status === 'new' || idea.status === 'planned');
  return input.targets
    .filter((target) => (target.targetPostsPerWeek ?? 0) > 0)
    .map(({ network }): RushNetworkSuggestion<Idea> => {
      const ofNetwork = inWeek.filter((version) => version.network === network);
      if (ofNetwork.some((version) => !version.isDraft))
        return { network, state: 'covered', slot: null, draftPostId: null, ideas: [] };
      const draft = ofNetwork.find((version) => version.isDraft);
      if (draft) return { network, state: 'draft_waiting', slot: null, draftPostId: draft.postId, ideas: [] };
      const ideas = usable
        .filter((idea) => idea.network === null || idea.network === network)
        .sort(compareIdeas(network, gaps))
        .slice(0, input.perNetwork ?? rushIdeasPerNetwork);
      const slot = openSlots.find((occurrence) => occurrence.network === network) ?? null;
      return { network, state: 'empty', slot, draftPostId: null, ideas };
    });
}
