/*
 * Where the routine's light week grid draws its blocks: pure arithmetic on wall-clock minutes, so
 * the first paint needs no calendar library (FullCalendar arrives only when someone edits).
 */

/** The hours the routine calendar shows (FullCalendar's slotMinTime / slotMaxTime). */
export const gridStartMinutes = 6 * 60;
export const gridEndMinutes = 22 * 60;
/** The calendar opens scrolled to this hour (FullCalendar's scrollTime). */
export const gridScrollMinutes = 8 * 60;
export const slotMinutes = 15;

export type GridItem = { id: string; startMinutes: number; endMinutes: number };

export type PlacedItem<Item extends GridItem> = {
  item: Item;
  /** Offset and height in quarter-hour slots from the grid's first hour (clipped to the grid). */
  topSlots: number;
  heightSlots: number;
  /** Side by side when blocks overlap: this one's lane and how many lanes its group has. */
  lane: number;
  lanes: number;
};

/**
 * One day's blocks laid out like FullCalendar's time grid: each at its time, and overlapping
 * blocks (a moved occurrence over a cancelled one) in lanes side by side. Blocks wholly outside
 * the shown hours are left out; the others are clipped to them.
 */
export function placeDayItems<Item extends GridItem>(items: readonly Item[]): PlacedItem<Item>[] {
  const visible = items
    .filter((item) => item.endMinutes > gridStartMinutes && item.startMinutes < gridEndMinutes)
    .sort((a, b) => a.startMinutes - b.startMinutes || b.endMinutes - a.endMinutes);
  const placed: PlacedItem<Item>[] = [];
  // A group is a run of blocks that overlap one another in a chain; it shares one lane count.
  let group: PlacedItem<Item>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  const closeGroup = () => {
    for (const member of group) member.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of visible) {
    if (item.startMinutes >= groupEnd) closeGroup();
    const start = Math.max(item.startMinutes, gridStartMinutes);
    const end = Math.min(item.endMinutes, gridEndMinutes);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= item.startMinutes);
    if (lane === -1) lane = laneEnds.push(item.endMinutes) - 1;
    else laneEnds[lane] = item.endMinutes;
    const entry = {
      item,
      topSlots: (start - gridStartMinutes) / slotMinutes,
      heightSlots: Math.max(end - start, slotMinutes) / slotMinutes,
      lane,
      lanes: 1,
    };
    group.push(entry);
    placed.push(entry);
    groupEnd = Math.max(groupEnd, item.endMinutes);
  }
  closeGroup();
  return placed;
}

/** Minutes since midnight of `HH:MM`. */
export const minutesOfTime = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
