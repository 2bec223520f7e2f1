import type { NetworkKey } from '../strategy/networks.js';
import {
  addDaysToDate,
  type IsoInstant,
  isoWeekdayOf,
  type LocalDate,
  type TimeZoneName,
} from '../time/index.js';
import { expandPostingSlots, type PostingSlot, type SlotOccurrence } from './posting-slots.js';
import { computeWeekProgress, type NetworkWeekProgress } from './week-targets.js';

export interface BatchPlanLine extends NetworkWeekProgress {
  /** Posts still to write for the week to reach the target (0 without a target). */
  missing: number;
  /** The week's posting slots of this network still to come and holding no post, in order. */
  openSlots: SlotOccurrence[];
}

/**
 * What the batch session fills: per network, the week's published and scheduled posts against
 * the strategy's target, and the posting slots still empty. A slot is empty when no post of that
 * network is at its instant; slots already past are left out.
 */
export function planBatchWeek(input: {
  weekStart: LocalDate;
  zone: TimeZoneName;
  now: IsoInstant;
  slots: readonly PostingSlot[];
  targets: readonly { network: NetworkKey; targetPostsPerWeek: number | null }[];
  versions: readonly { network: NetworkKey; isPublished: boolean; at: IsoInstant | null }[];
}): BatchPlanLine[] {
  const progress = computeWeekProgress(input);
  const taken = new Set(
    input.versions.flatMap((version) =>
      version.at ? [`${version.network} ${new Date(version.at).getTime()}`] : [],
    ),
  );
  const nowMilliseconds = new Date(input.now).getTime();
  const occurrences = expandPostingSlots(input.slots, input.zone, input.weekStart, 7).filter(
    (occurrence) =>
      new Date(occurrence.instant).getTime() > nowMilliseconds &&
      !taken.has(`${occurrence.network} ${new Date(occurrence.instant).getTime()}`),
  );
  const lines = progress.map((line) => ({
    ...line,
    missing: line.target === null ? 0 : Math.max(0, Math.ceil(line.target) - line.published - line.scheduled),
    openSlots: occurrences.filter((occurrence) => occurrence.network === line.network),
  }));
  // Networks with slots but neither target nor post this week still show their empty slots.
  for (const network of new Set(occurrences.map((occurrence) => occurrence.network))) {
    if (lines.some((line) => line.network === network)) continue;
    lines.push({
      network,
      published: 0,
      scheduled: 0,
      target: null,
      missing: 0,
      openSlots: occurrences.filter((occurrence) => occurrence.network === network),
    });
  }
  return lines;
}

/**
 * The week a batch session writes for: the week starting today on a Monday (the reference
 * routine's batch day), else the coming Monday's.
 */
export function batchWeekStart(today: LocalDate): LocalDate {
  const weekday = isoWeekdayOf(today);
  return weekday === 1 ? today : addDaysToDate(today, 8 - weekday);
}
