import { describe, expect, it } from 'vitest';
import { expandRoutine } from './expand-routine.js';
import { generateReferenceWeek } from './generate-reference-week.js';
import { makeBlock } from './routine-test-fixtures.js';
import { applyRushWeeks, rushTreatmentOf } from './rush-week.js';

const zone = 'Europe/Paris';
const reference = generateReferenceWeek({
  categoryIds: { communication: 'c', acquisition: 'a', blogging: 'b', analyse: 'n' },
  timeZone: zone,
  startsOn: '2026-01-05',
});

/** Monday 23 March -> Monday 6 April 2026 (UTC bounds wide enough for the two Paris weeks). */
const expandTwoWeeks = (exceptions: Parameters<typeof expandRoutine>[1], weekStart: string) => {
  const start = new Date(`${weekStart}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 15);
  return expandRoutine(reference, exceptions, start.toISOString(), end.toISOString());
};

describe('rushTreatmentOf', () => {
  it('keeps replies and batch short and skips the rest', () => {
    expect(rushTreatmentOf({ templateKey: 'replies', durationMinutes: 60 })).toEqual({
      kind: 'shortened',
      durationMinutes: 15,
    });
    expect(rushTreatmentOf({ templateKey: 'replies', durationMinutes: 10 })).toEqual({
      kind: 'shortened',
      durationMinutes: 10,
    });
    expect(rushTreatmentOf({ templateKey: 'batch', durationMinutes: 90 })).toEqual({
      kind: 'shortened',
      durationMinutes: 30,
    });
    expect(rushTreatmentOf({ templateKey: 'deep_content', durationMinutes: 60 })).toEqual({
      kind: 'skipped',
    });
    expect(rushTreatmentOf({ templateKey: null, durationMinutes: 60 })).toEqual({ kind: 'skipped' });
  });
});

describe.each([
  ['spring forward (Sunday 29 March 2026)', '2026-03-23'],
  ['fall back (Sunday 25 October 2026)', '2026-10-19'],
])('applyRushWeeks across the DST week of %s', (_, rushWeek) => {
  const plain = expandTwoWeeks([], rushWeek);
  const rush = applyRushWeeks(reference, [], [rushWeek]);
  const shrunk = expandTwoWeeks(rush.exceptions, rushWeek);
  const nextWeek = (date: string) => date > addDays(rushWeek, 6);

  it('keeps only replies and batch in the rush week, shortened, at the same local times', () => {
    const inRush = shrunk.filter((occurrence) => !nextWeek(occurrence.occurrenceDate));
    expect(new Set(inRush.map((occurrence) => occurrence.templateKey))).toEqual(
      new Set(['replies', 'batch']),
    );
    for (const occurrence of inRush) {
      expect(occurrence.durationMinutes).toBe(occurrence.templateKey === 'batch' ? 30 : 15);
      const before = plain.find(
        (other) => other.blockId === occurrence.blockId && other.occurrenceDate === occurrence.occurrenceDate,
      );
      expect(occurrence.start).toBe(before?.start);
      expect(occurrence.startTime).toBe(before?.startTime);
    }
    expect(inRush).toHaveLength(6);
    expect(rush.rushKeys.size).toBe(8);
  });

  it('leaves the week after exactly as it was', () => {
    expect(shrunk.filter((occurrence) => nextWeek(occurrence.occurrenceDate))).toEqual(
      plain.filter((occurrence) => nextWeek(occurrence.occurrenceDate)),
    );
  });

  it('gives back the exact plan without the rush week (reversible)', () => {
    expect(expandTwoWeeks(applyRushWeeks(reference, [], []).exceptions, rushWeek)).toEqual(plain);
  });
});

describe('applyRushWeeks and a person\u2019s own exceptions', () => {
  const block = makeBlock({ id: 'r', templateKey: 'replies', weekdays: [1, 2], durationMinutes: 60 });
  const other = makeBlock({ id: 'o', weekdays: [1], startTime: '14:00' });

  it('keeps a cancellation, keeps a move where it went (shortened), and never edits the stored list', () => {
    const stored = [
      { blockId: 'r', originalDate: '2026-03-23', kind: 'cancelled' as const },
      {
        blockId: 'r',
        originalDate: '2026-03-24',
        kind: 'moved' as const,
        newDate: '2026-03-25',
        newStartTime: '10:00',
        newDurationMinutes: null,
      },
    ];
    const frozen = structuredClone(stored);
    const { exceptions, rushKeys } = applyRushWeeks([block, other], stored, ['2026-03-25']);
    expect(stored).toEqual(frozen);
    expect(exceptions).toContainEqual({
      ...stored[0],
      newDate: null,
      newStartTime: null,
      newDurationMinutes: null,
    });
    expect(exceptions).toContainEqual({ ...stored[1], newDurationMinutes: 15 });
    expect(exceptions).toContainEqual({
      blockId: 'o',
      originalDate: '2026-03-23',
      kind: 'cancelled',
      newDate: null,
      newStartTime: null,
      newDurationMinutes: null,
    });
    expect(rushKeys).toEqual(new Set(['r/2026-03-24', 'o/2026-03-23']));
  });
});

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
