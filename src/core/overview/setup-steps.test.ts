import { describe, expect, it } from 'vitest';
import { findNextOccurrence, formatReadableDuration, listSetupSteps } from './setup-steps.js';

const nothing = {
  hasStrategy: false,
  budgetMinutes: 0,
  routineBlockCount: 0,
  hasCalendarLink: false,
  trackedSeconds: 0,
};

describe('listSetupSteps', () => {
  it('starts with the strategy and walks the method in order', () => {
    expect(listSetupSteps(nothing).next).toBe('strategy');
    expect(listSetupSteps({ ...nothing, hasStrategy: true, budgetMinutes: 600 }).next).toBe('routine');
  });

  it('asks for a whole first hour of tracked time, then has nothing left', () => {
    const almost = { hasStrategy: true, budgetMinutes: 600, routineBlockCount: 5, hasCalendarLink: true };
    expect(listSetupSteps({ ...almost, trackedSeconds: 3599 }).next).toBe('tracking');
    const done = listSetupSteps({ ...almost, trackedSeconds: 3600 });
    expect(done.next).toBeNull();
    expect(done.steps.every((step) => step.isDone)).toBe(true);
  });

  it('reports a later step done even when an earlier one is not', () => {
    const { steps, next } = listSetupSteps({ ...nothing, routineBlockCount: 3 });
    expect(next).toBe('strategy');
    expect(steps.find((step) => step.key === 'routine')?.isDone).toBe(true);
  });
});

describe('formatReadableDuration', () => {
  it.each([
    [0, '0\u00a0min'],
    [29, '0\u00a0min'],
    [43 * 60, '43\u00a0min'],
    [3600, '1\u00a0h'],
    [5400, '1\u00a0h\u00a030'],
    [3600 + 5 * 60, '1\u00a0h\u00a005'],
    [-10, '0\u00a0min'],
  ])('%i s -> %s', (seconds, text) => {
    expect(formatReadableDuration(seconds)).toBe(text);
  });
});

describe('findNextOccurrence', () => {
  const at = (start: string, end: string, status = 'planned') => ({ start, end, status });
  it('skips what has ended or is settled, and takes the earliest left', () => {
    const now = '2026-12-04T10:00:00Z';
    const next = findNextOccurrence(
      [
        at('2026-12-04T14:00:00Z', '2026-12-04T15:00:00Z'),
        at('2026-12-04T08:00:00Z', '2026-12-04T09:00:00Z'),
        at('2026-12-04T09:30:00Z', '2026-12-04T10:30:00Z', 'done'),
        at('2026-12-04T09:45:00Z', '2026-12-04T10:15:00Z', 'started'),
      ],
      now,
    );
    expect(next?.start).toBe('2026-12-04T09:45:00Z');
    expect(findNextOccurrence([at('2026-12-04T08:00:00Z', '2026-12-04T09:00:00Z')], now)).toBeNull();
  });
});
