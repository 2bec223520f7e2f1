import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockToMinutes } from '../time/index.js';
import { findOverlaps } from './find-overlaps.js';
import { type BudgetLine, generateRoutineFromBudget } from './generate-routine-from-budget.js';
import { type RoutineBlock, routineBlockSchema } from './routine-block.js';
import { summariseRoutineMinutesByCategory } from './summarise-routine-minutes.js';

const base = {
  timeZone: 'Europe/Paris',
  startsOn: '2026-03-23',
  dailyWindow: { start: '09:00', end: '12:00' },
};

/** [weekday, start minute, end minute, category] of every block occurrence in a week. */
function toDaySlots(blocks: RoutineBlock[]): [number, number, number, string][] {
  return blocks.flatMap((block) =>
    block.weekdays.map((weekday): [number, number, number, string] => {
      const start = wallClockToMinutes(block.startTime);
      return [weekday, start, start + block.durationMinutes, block.categoryId];
    }),
  );
}

describe('generateRoutineFromBudget', () => {
  it('spreads communication daily and gives complex categories long sessions', () => {
    const { blocks, unplaced } = generateRoutineFromBudget({
      ...base,
      budget: [
        { categoryId: 'communication', minutes: 150, isComplex: false },
        { categoryId: 'blogging', minutes: 240, isComplex: true },
        { categoryId: 'analyse', minutes: 30, isComplex: true },
      ],
    });
    expect(unplaced).toEqual([]);
    const communication = blocks.filter((block) => block.categoryId === 'communication');
    expect(communication).toHaveLength(1);
    expect(communication[0]).toMatchObject({
      weekdays: [1, 2, 3, 4, 5],
      startTime: '09:00',
      durationMinutes: 30,
    });
    const blogging = blocks.filter((block) => block.categoryId === 'blogging');
    expect(blogging.flatMap((block) => block.weekdays)).toHaveLength(2);
    expect(blogging.every((block) => block.durationMinutes === 120 && block.startTime === '09:30')).toBe(
      true,
    );
    expect(summariseRoutineMinutesByCategory(blocks, '2026-03-23')).toEqual([
      { categoryId: 'communication', minutes: 150 },
      { categoryId: 'blogging', minutes: 240 },
      { categoryId: 'analyse', minutes: 30 },
    ]);
  });

  it('returns what fits and the unplaced minutes instead of throwing', () => {
    const { blocks, unplaced } = generateRoutineFromBudget({
      ...base,
      workingDays: [1, 3],
      slotMinutes: 30,
      budget: [
        { categoryId: 'communication', minutes: 200, isComplex: false },
        { categoryId: 'blogging', minutes: 480, isComplex: true },
      ],
    });
    // 2 days x 3 h = 360 min of room; communication keeps 180 (200 - a 20-minute remainder below one slot).
    expect(summariseRoutineMinutesByCategory(blocks, '2026-03-23')).toEqual([
      { categoryId: 'communication', minutes: 180 },
      { categoryId: 'blogging', minutes: 180 },
    ]);
    expect(unplaced).toEqual([
      { categoryId: 'communication', minutes: 20 },
      { categoryId: 'blogging', minutes: 300 },
    ]);
  });

  it('orders blocks chronologically and gives them valid, deterministic ids', () => {
    const { blocks } = generateRoutineFromBudget({
      ...base,
      budget: [
        { categoryId: 'video', minutes: 90, isComplex: true },
        { categoryId: 'communication', minutes: 60, isComplex: false },
      ],
    });
    expect(blocks.map((block) => [block.id, block.categoryId, block.weekdays, block.startTime])).toEqual([
      ['budget-1', 'communication', [1, 3], '09:00'],
      ['budget-2', 'video', [1], '09:30'],
    ]);
  });

  it('moves the empty days on from one category to the next: no working day left without a block', () => {
    // The essential 6 h (10 short slots, one long session) over seven days from 08:00 to 20:00.
    const { blocks, unplaced } = generateRoutineFromBudget({
      ...base,
      dailyWindow: { start: '08:00', end: '20:00' },
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      budget: [
        { categoryId: 'acquisition', minutes: 90, isComplex: false },
        { categoryId: 'blogging', minutes: 60, isComplex: true },
        { categoryId: 'communication', minutes: 180, isComplex: false },
        { categoryId: 'analyse', minutes: 30, isComplex: false },
      ],
    });
    expect(unplaced).toEqual([]);
    const slotsPerDay = [1, 2, 3, 4, 5, 6, 7].map(
      (weekday) => toDaySlots(blocks).filter(([day]) => day === weekday).length,
    );
    expect(Math.min(...slotsPerDay)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...slotsPerDay) - Math.min(...slotsPerDay)).toBeLessThanOrEqual(2);
  });

  it('rejects malformed input', () => {
    const budget: BudgetLine[] = [{ categoryId: 'x', minutes: 60, isComplex: false }];
    expect(() =>
      generateRoutineFromBudget({ ...base, budget, dailyWindow: { start: '12:00', end: '09:00' } }),
    ).toThrow(RangeError);
    expect(() => generateRoutineFromBudget({ ...base, budget, slotMinutes: 7 })).toThrow(RangeError);
    expect(() => generateRoutineFromBudget({ ...base, budget, timeZone: 'Nowhere' })).toThrow(RangeError);
    expect(() =>
      generateRoutineFromBudget({ ...base, budget: [{ ...budget[0], minutes: -5 } as BudgetLine] }),
    ).toThrow(RangeError);
  });

  it('never exceeds the budget, accounts for every minute, stays in the window and never overlaps', () => {
    const time = fc.integer({ min: 0, max: 47 }).map((half) => half * 30);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            categoryId: fc.constantFrom('com', 'acq', 'blog', 'cur', 'ana', 'veille', 'strat'),
            minutes: fc.integer({ min: 0, max: 900 }),
            isComplex: fc.boolean(),
          }),
          { selector: (line) => line.categoryId, maxLength: 7 },
        ),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
        time,
        time,
        fc.constantFrom(5, 15, 30, 60),
        (budget, workingDays, windowA, windowB, slotMinutes) => {
          fc.pre(windowA !== windowB);
          const [from, to] = [Math.min(windowA, windowB), Math.max(windowA, windowB)];
          const dailyWindow = { start: minutesToTime(from), end: minutesToTime(Math.min(to, 1439)) };
          const input = { ...base, budget, workingDays, dailyWindow, slotMinutes };
          const { blocks, unplaced } = generateRoutineFromBudget(input);

          const placed = new Map(
            summariseRoutineMinutesByCategory(blocks, '2026-03-23').map((e) => [e.categoryId, e.minutes]),
          );
          for (const line of budget) {
            const unplacedMinutes =
              unplaced.find((entry) => entry.categoryId === line.categoryId)?.minutes ?? 0;
            expect((placed.get(line.categoryId) ?? 0) + unplacedMinutes).toBe(line.minutes);
            expect(placed.get(line.categoryId) ?? 0).toBeLessThanOrEqual(line.minutes);
          }
          const slots = toDaySlots(blocks).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          slots.forEach(([weekday, start, end], index) => {
            expect(workingDays).toContain(weekday);
            expect(start).toBeGreaterThanOrEqual(from);
            expect(end).toBeLessThanOrEqual(wallClockToMinutes(dailyWindow.end));
            const next = slots[index + 1];
            if (next && next[0] === weekday) expect(next[1]).toBeGreaterThanOrEqual(end);
          });
          const complex = budget.filter((line) => line.isComplex).map((line) => line.categoryId);
          for (const block of blocks) {
            expect(routineBlockSchema.safeParse(block).success).toBe(true);
            expect(findOverlaps(blocks, complex, block)).toEqual([]);
          }
          const firstSlots = blocks.map((block) => [
            block.weekdays[0] ?? 0,
            wallClockToMinutes(block.startTime),
          ]);
          expect(firstSlots).toEqual(
            [...firstSlots].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
