import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/core/time/epoch-day.js';
import { toLocalDayAndMinute } from '../../src/core/time/epoch-milliseconds.js';
import { agencyTimeZone, defaultDatasetOptions, planAgency } from './agency-plan.js';
import { planStafferEntries } from './staffer-entries.js';

const small = { ...defaultDatasetOptions, workspaces: 3, years: 0.25 };

describe('the agency dataset plan', () => {
  it('is the same for the same seed, and differs for another seed', () => {
    const plan = planAgency(small);
    const again = planAgency({ ...small });
    expect(again).toEqual(plan);
    const entries = plan.staff.map((staffer) => planStafferEntries(plan, staffer));
    expect(again.staff.map((staffer) => planStafferEntries(again, staffer))).toEqual(entries);

    const other = planAgency({ ...small, seed: small.seed + 1 });
    expect(other.staff.map((staffer) => planStafferEntries(other, staffer))).not.toEqual(entries);
  });

  it('gives every workspace a manager and people, each person distinct clients', () => {
    const plan = planAgency({ ...defaultDatasetOptions, workspaces: 7 });
    expect(plan.staff).toHaveLength(Math.round(7 * 5.5));
    for (const workspace of plan.workspaces) {
      const roles = plan.staff.flatMap((staffer) =>
        staffer.assignments.filter((a) => a.workspaceIndex === workspace.index).map((a) => a.role),
      );
      expect(roles.filter((role) => role === 'manager')).toHaveLength(1);
      expect(roles.length).toBeGreaterThanOrEqual(2);
    }
    for (const staffer of plan.staff) {
      const clients = staffer.assignments.map((assignment) => assignment.workspaceIndex);
      expect(new Set(clients).size).toBe(clients.length);
    }
    expect(new Set(plan.staff.map((staffer) => staffer.email)).size).toBe(plan.staff.length);
  });

  it("keeps each person's entries in the period, in order, whole seconds, never overlapping", () => {
    const plan = planAgency(small);
    const [firstDay, lastDay] = [toEpochDay(plan.from), toEpochDay(plan.options.until)];
    for (const staffer of plan.staff) {
      const entries = planStafferEntries(plan, staffer);
      const clients = new Set(staffer.assignments.map((assignment) => assignment.workspaceIndex));
      let previousEnd = 0;
      for (const entry of entries) {
        expect(entry.startedAtMs).toBeGreaterThanOrEqual(previousEnd);
        expect(entry.endedAtMs).toBeGreaterThan(entry.startedAtMs);
        expect(entry.endedAtMs - entry.startedAtMs).toBeLessThanOrEqual(2 * 3600_000);
        expect(entry.startedAtMs % 1000).toBe(0);
        expect(entry.endedAtMs % 1000).toBe(0);
        expect(clients.has(entry.workspaceIndex)).toBe(true);
        const { epochDay } = toLocalDayAndMinute(agencyTimeZone, entry.startedAtMs);
        expect(epochDay).toBeGreaterThanOrEqual(firstDay);
        expect(epochDay).toBeLessThanOrEqual(lastDay);
        previousEnd = entry.endedAtMs;
      }
    }
  });

  it('holds about a million entries for 50 workspaces over a year (issue #6)', () => {
    const plan = planAgency(defaultDatasetOptions);
    const total = plan.staff.reduce((sum, staffer) => sum + planStafferEntries(plan, staffer).length, 0);
    expect(total).toBeGreaterThan(950_000);
    expect(total).toBeLessThan(1_100_000);
  });

  it('refuses options it cannot plan', () => {
    expect(() => planAgency({ ...small, workspaces: 0 })).toThrow(RangeError);
    expect(() => planAgency({ ...small, years: 0 })).toThrow(RangeError);
  });
});
