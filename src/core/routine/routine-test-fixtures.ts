import type { RoutineBlock } from './routine-block.js';

/** A valid weekly block with overridable fields, for tests. */
export function makeBlock(overrides: Partial<RoutineBlock> = {}): RoutineBlock {
  return {
    id: 'block-1',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '09:00',
    durationMinutes: 60,
    categoryId: 'blogging',
    networkKey: null,
    note: null,
    templateKey: null,
    intervalWeeks: 1,
    startsOn: '2026-01-05',
    endsOn: null,
    timeZone: 'Europe/Paris',
    ...overrides,
  };
}
