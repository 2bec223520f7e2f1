import { describe, expect, it } from 'vitest';
import { routineBlockSchema, routineExceptionSchema } from './routine-block.js';
import { makeBlock } from './routine-test-fixtures.js';

describe('routineBlockSchema', () => {
  it('accepts a valid block and rejects out-of-domain values', () => {
    expect(routineBlockSchema.safeParse(makeBlock()).success).toBe(true);
    const invalid = [
      { weekdays: [] },
      { weekdays: [1, 1] },
      { weekdays: [0] },
      { startTime: '9:00' },
      { durationMinutes: 7 },
      { durationMinutes: 725 },
      { intervalWeeks: 9 },
      { startsOn: '2026-02-30' },
      { endsOn: '2026-01-04' },
      { timeZone: '+01:00' },
    ];
    for (const overrides of invalid) {
      expect(
        routineBlockSchema.safeParse({ ...makeBlock(), ...overrides }).success,
        JSON.stringify(overrides),
      ).toBe(false);
    }
  });

  it('validates exceptions', () => {
    expect(
      routineExceptionSchema.safeParse({ blockId: 'b', originalDate: '2026-03-04', kind: 'cancelled' })
        .success,
    ).toBe(true);
    expect(
      routineExceptionSchema.safeParse({
        blockId: 'b',
        originalDate: '2026-03-04',
        kind: 'moved',
        newStartTime: '25:00',
      }).success,
    ).toBe(false);
  });
});
