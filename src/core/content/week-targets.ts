import type { NetworkKey } from '../strategy/networks.js';
import { addDaysToDate, type IsoInstant, type LocalDate, type TimeZoneName } from '../time/index.js';
import { localDateOf } from '../time/local-date-of.js';

export interface NetworkWeekProgress {
  network: NetworkKey;
  published: number;
  scheduled: number;
  /** Posts per week from the strategy; null = no target set. */
  target: number | null;
}

/**
 * Per network, for the local week starting `weekStart`: posts published and still scheduled
 * against the strategy's target. A post counts in the week of its local date (published date if
 * published, else scheduled date). Networks of the strategy come first, in its order; others
 * with posts follow.
 */
export function computeWeekProgress(input: {
  weekStart: LocalDate;
  zone: TimeZoneName;
  targets: readonly { network: NetworkKey; targetPostsPerWeek: number | null }[];
  versions: readonly { network: NetworkKey; isPublished: boolean; at: IsoInstant | null }[];
}): NetworkWeekProgress[] {
  const weekEnd = addDaysToDate(input.weekStart, 7);
  const lines = new Map<NetworkKey, NetworkWeekProgress>(
    input.targets.map((target) => [
      target.network,
      { network: target.network, published: 0, scheduled: 0, target: target.targetPostsPerWeek },
    ]),
  );
  for (const version of input.versions) {
    if (version.at === null) continue;
    const date = localDateOf(version.at, input.zone);
    if (date < input.weekStart || date >= weekEnd) continue;
    const line = lines.get(version.network) ?? {
      network: version.network,
      published: 0,
      scheduled: 0,
      target: null,
    };
    if (version.isPublished) line.published += 1;
    else line.scheduled += 1;
    lines.set(version.network, line);
  }
  return [...lines.values()];
}
