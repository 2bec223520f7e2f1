import type { NetworkKey } from '../strategy/networks.js';
import {
  addDaysToDate,
  getLocalDate,
  type IsoInstant,
  isoWeekdayOf,
  type LocalDate,
  resolveWallClock,
  type TimeZoneName,
  type WallClockTime,
} from '../time/index.js';

/** A weekly posting time of one network, as wall-clock time in the slot's zone. */
export interface PostingSlot {
  network: NetworkKey;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  time: WallClockTime;
}

export interface SlotOccurrence {
  network: NetworkKey;
  instant: IsoInstant;
  localDate: LocalDate;
  time: WallClockTime;
}

// Weekdays first, spread through the week: 1 post -> Tuesday, 3 -> Mon/Wed/Fri, 5 -> Mon..Fri.
const weekdaysBySpread: Record<number, number[]> = {
  1: [2],
  2: [2, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};
const proposedTimes: WallClockTime[] = ['09:00', '12:30', '17:30'];

/**
 * Slots proposed from a posting target: one a day on spread-out weekdays, at 9:00, then more
 * times a day (12:30, 17:30) beyond seven a week. Fractional targets round up (0.5 -> 1 a week),
 * capped at 21 a week.
 */
export function proposePostingSlots(network: NetworkKey, targetPostsPerWeek: number): PostingSlot[] {
  const wanted = Math.min(21, Math.ceil(Math.max(0, targetPostsPerWeek)));
  const slots: PostingSlot[] = [];
  for (let round = 0; round * 7 < wanted; round += 1) {
    const inRound = Math.min(7, wanted - round * 7);
    const time = proposedTimes[round] ?? '17:30';
    for (const weekday of weekdaysBySpread[inRound] ?? []) slots.push({ network, weekday, time });
  }
  return slots.sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/**
 * The slots' instants from `fromDate` for `days` local days, in time order. Each is its
 * wall-clock time on that date through the one DST rule: 09:00 stays 09:00 on both sides of a
 * change; a time the spring change skips moves forward by the gap; a repeated one takes the
 * earlier instant.
 */
export function expandPostingSlots(
  slots: readonly PostingSlot[],
  zone: TimeZoneName,
  fromDate: LocalDate,
  days: number,
): SlotOccurrence[] {
  const occurrences: SlotOccurrence[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const localDate = addDaysToDate(fromDate, offset);
    const weekday = isoWeekdayOf(localDate);
    for (const slot of slots) {
      if (slot.weekday !== weekday) continue;
      occurrences.push({
        network: slot.network,
        instant: resolveWallClock(localDate, slot.time, zone),
        localDate,
        time: slot.time,
      });
    }
  }
  return occurrences.sort((a, b) => a.instant.localeCompare(b.instant) || a.network.localeCompare(b.network));
}

/** How far "add to queue" looks ahead before saying the queue is full. */
export const queueHorizonDays = 182;

/**
 * "Add to queue": the first slot of one of `networks` strictly after `now` where none of those
 * networks already has a post at that instant. null when every slot of the horizon is taken or
 * there are no slots.
 */
export function findNextFreeSlot(input: {
  slots: readonly PostingSlot[];
  zone: TimeZoneName;
  now: IsoInstant;
  networks: readonly NetworkKey[];
  /** Instants already holding a post, per network (ISO UTC, as stored). */
  taken: readonly { network: NetworkKey; instant: IsoInstant }[];
}): SlotOccurrence | null {
  const networks = new Set(input.networks);
  const slots = input.slots.filter((slot) => networks.has(slot.network));
  if (slots.length === 0) return null;
  const takenKeys = new Set(
    input.taken.filter((item) => networks.has(item.network)).map((item) => new Date(item.instant).getTime()),
  );
  const nowMilliseconds = new Date(input.now).getTime();
  const today = getLocalDate(input.now, input.zone);
  const occurrences = expandPostingSlots(slots, input.zone, today, queueHorizonDays);
  return (
    occurrences.find((occurrence) => {
      const milliseconds = new Date(occurrence.instant).getTime();
      return milliseconds > nowMilliseconds && !takenKeys.has(milliseconds);
    }) ?? null
  );
}
