import { describe, expect, it } from 'vitest';
import {
  defaultMaintenanceTiming,
  isMaintenanceDue,
  startEmbeddedMaintenance,
} from './embedded-maintenance.js';

const minute = 60_000;
const hour = 60 * minute;
const silent = { info: () => {}, warn: () => {} };

describe('embedded database maintenance', () => {
  it('is due once a day when idle, and after two days in any case', () => {
    const due = (sinceRun: number, sinceActivity: number) =>
      isMaintenanceDue(
        100 * hour,
        100 * hour - sinceRun,
        100 * hour - sinceActivity,
        defaultMaintenanceTiming,
      );
    expect(due(23 * hour, 60 * minute)).toBe(false);
    expect(due(24 * hour, 4 * minute)).toBe(false);
    expect(due(24 * hour, 5 * minute)).toBe(true);
    expect(due(47 * hour, 0)).toBe(false);
    expect(due(48 * hour, 0)).toBe(true);
  });

  it('runs at the first quiet moment of a new process, then waits a day', async () => {
    const clock = { now: 0 };
    let runs = 0;
    const maintenance = startEmbeddedMaintenance({
      run: async () => {
        runs += 1;
      },
      logger: silent,
      now: () => clock.now,
    });
    try {
      clock.now = 3 * minute;
      maintenance.noteActivity();
      clock.now = 7 * minute;
      await maintenance.tick();
      expect(runs).toBe(0);
      clock.now = 8 * minute;
      await maintenance.tick();
      expect(runs).toBe(1);
      clock.now = 20 * hour;
      await maintenance.tick();
      expect(runs).toBe(1);
      clock.now = 8 * minute + 24 * hour;
      await maintenance.tick();
      expect(runs).toBe(2);
    } finally {
      maintenance.stop();
    }
  });

  it('never runs twice at once, and a failure waits for the next day', async () => {
    const clock = { now: 0 };
    let release = () => {};
    let runs = 0;
    const warnings: string[] = [];
    const maintenance = startEmbeddedMaintenance({
      run: () => {
        runs += 1;
        return new Promise<void>((resolve, reject) => {
          release = runs === 1 ? resolve : () => reject(new Error('disk full'));
        });
      },
      logger: { info: () => {}, warn: (...parts: unknown[]) => void warnings.push(String(parts.at(-1))) },
      now: () => clock.now,
    });
    try {
      clock.now = 10 * minute;
      const first = maintenance.tick();
      await maintenance.tick();
      expect(runs).toBe(1);
      release();
      await first;
      clock.now += 48 * hour;
      const second = maintenance.tick();
      release();
      await second;
      expect(warnings).toHaveLength(1);
      clock.now += hour;
      await maintenance.tick();
      expect(runs).toBe(2);
    } finally {
      maintenance.stop();
    }
  });
});
