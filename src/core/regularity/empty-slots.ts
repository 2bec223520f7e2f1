import type { SlotOccurrence } from '../content/posting-slots.js';
import type { NetworkKey } from '../strategy/networks.js';
import type { LocalDate } from '../time/index.js';

/**
 * The posting slots left empty: a slot is filled by any planned post of its network on its local
 * day (a post at 11:00 fills the 09:00 slot: what counts is the day's presence, not the minute).
 */
export function findEmptySlots(
  occurrences: readonly SlotOccurrence[],
  planned: readonly { network: NetworkKey; localDate: LocalDate }[],
): SlotOccurrence[] {
  const filled = new Map<string, number>();
  for (const post of planned) {
    const key = `${post.network}|${post.localDate}`;
    filled.set(key, (filled.get(key) ?? 0) + 1);
  }
  return occurrences.filter((slot) => {
    const key = `${slot.network}|${slot.localDate}`;
    const left = filled.get(key) ?? 0;
    if (left === 0) return true;
    filled.set(key, left - 1);
    return false;
  });
}
