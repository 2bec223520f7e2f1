import { describe, expect, it } from 'vitest';
import { gridStartMinutes, minutesOfTime, placeDayItems } from './week-grid-layout.js';

const block = (id: string, start: string, end: string) => ({
  id,
  startMinutes: minutesOfTime(start),
  endMinutes: minutesOfTime(end),
});

describe('placeDayItems', () => {
  it('places a block at its quarter-hour from the grid start', () => {
    const [placed] = placeDayItems([block('a', '09:30', '10:00')]);
    expect(placed).toMatchObject({ topSlots: 14, heightSlots: 2, lane: 0, lanes: 1 });
  });

  it('puts overlapping blocks side by side and leaves the others full width', () => {
    const placed = placeDayItems([
      block('moved', '10:00', '11:00'),
      block('cancelled', '10:30', '11:00'),
      block('later', '14:00', '14:30'),
    ]);
    const byId = Object.fromEntries(placed.map((entry) => [entry.item.id, entry]));
    expect(byId.moved).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.cancelled).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.later).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('reuses a lane freed within a chain of overlaps', () => {
    const placed = placeDayItems([
      block('a', '09:00', '10:00'),
      block('b', '09:30', '11:00'),
      block('c', '10:00', '10:30'),
    ]);
    expect(placed.map((entry) => [entry.item.id, entry.lane, entry.lanes])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
    ]);
  });

  it('clips a block that starts before the shown hours and drops one wholly outside them', () => {
    const placed = placeDayItems([block('early', '05:30', '06:30'), block('night', '22:00', '23:00')]);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ topSlots: 0, heightSlots: 2 });
    expect(gridStartMinutes).toBe(360);
  });
});
