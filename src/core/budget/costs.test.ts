import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWorkOptions,
  computeCategoryCosts,
  computeHourlyCostCents,
  computeWorkCost,
} from './costs.js';
import type { Worker } from './worker-rates.js';

const fortyEurosAnHour: Worker = { kind: 'member', hourlyCents: 4000 };
const employee: Worker = {
  kind: 'salaried',
  salaryCents: 3_000_000,
  salaryPeriod: 'year',
  employerChargesMultiplier: 1.45,
};
const freelancer: Worker = { kind: 'freelancer', dayRateCents: 40_000 };
const agencyRetainer: Worker = {
  kind: 'agency_retainer',
  monthlyRetainerCents: 100_000,
  includedMinutesPerMonth: 1200,
};

const workerArbitrary: fc.Arbitrary<Worker> = fc.oneof(
  fc.record({ kind: fc.constant('member' as const), hourlyCents: fc.integer({ min: 0, max: 100_000 }) }),
  fc.record({
    kind: fc.constant('agency_hourly' as const),
    hourlyCents: fc.integer({ min: 0, max: 100_000 }),
  }),
  fc.record({
    kind: fc.constant('salaried' as const),
    salaryCents: fc.integer({ min: 0, max: 100_000_000 }),
    salaryPeriod: fc.constantFrom('month' as const, 'year' as const),
    employerChargesMultiplier: fc.double({ min: 1, max: 2, noNaN: true }),
    workMinutesPerYear: fc.integer({ min: 60, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('agency_retainer' as const),
    monthlyRetainerCents: fc.integer({ min: 0, max: 10_000_000 }),
    includedMinutesPerMonth: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({
    kind: fc.constant('freelancer' as const),
    dayRateCents: fc.integer({ min: 0, max: 500_000 }),
    workMinutesPerDay: fc.integer({ min: 1, max: 1440 }),
  }),
);
const weeklyMinutesArbitrary = fc.integer({ min: 0, max: 10_080 });

describe('computeHourlyCostCents', () => {
  it('converts each kind of worker to an hourly cost', () => {
    expect(computeHourlyCostCents(fortyEurosAnHour)).toBe(4000);
    expect(computeHourlyCostCents({ kind: 'agency_hourly', hourlyCents: 7500 })).toBe(7500);
    // 30 000 EUR x 1.45 / 1607 h = 27.069 EUR/h
    expect(computeHourlyCostCents(employee)).toBe(2707);
    // the same salary given per month
    expect(computeHourlyCostCents({ ...employee, salaryCents: 250_000, salaryPeriod: 'month' })).toBe(2707);
    // 400 EUR / 7 h = 57.142 EUR/h
    expect(computeHourlyCostCents(freelancer)).toBe(5714);
    expect(computeHourlyCostCents({ ...freelancer, workMinutesPerDay: 480 })).toBe(5000);
    // 1 000 EUR for 20 h a month
    expect(computeHourlyCostCents(agencyRetainer)).toBe(5000);
  });

  it('rejects impossible inputs', () => {
    expect(() => computeHourlyCostCents({ kind: 'member', hourlyCents: -1 })).toThrow(RangeError);
    expect(() => computeHourlyCostCents({ kind: 'member', hourlyCents: 10.5 })).toThrow(RangeError);
    expect(() => computeHourlyCostCents({ ...employee, employerChargesMultiplier: 0.8 })).toThrow(RangeError);
    expect(() => computeHourlyCostCents({ ...employee, workMinutesPerYear: 0 })).toThrow(RangeError);
    expect(() => computeHourlyCostCents({ ...agencyRetainer, includedMinutesPerMonth: 0 })).toThrow(
      RangeError,
    );
  });
});

describe('computeWorkCost', () => {
  it('prices 10 h a week at 40 EUR/h', () => {
    expect(computeWorkCost(fortyEurosAnHour, 600)).toEqual({
      hourlyCents: 4000,
      weeklyCents: 40_000,
      monthlyCents: 173_333,
      yearlyCents: 2_080_000,
    });
  });

  it('rounds once, from the exact salaried rate', () => {
    // exact weekly 27 069.07, monthly 117 299.32, yearly 1 407 591.79
    expect(computeWorkCost(employee, 600)).toEqual({
      hourlyCents: 2707,
      weeklyCents: 27_069,
      monthlyCents: 117_299,
      yearlyCents: 1_407_592,
    });
    // rounding the hourly rate first would have given 27 070 / 1 407 640
  });

  it('rounds a half cent away from zero', () => {
    // 1 cent/h for 30 min = 0.5 cent
    expect(computeWorkCost({ kind: 'member', hourlyCents: 1 }, 30).weeklyCents).toBe(1);
  });

  it('costs nothing for no time', () => {
    expect(computeWorkCost(employee, 0)).toMatchObject({ weeklyCents: 0, monthlyCents: 0, yearlyCents: 0 });
  });

  it('always returns non-negative integer cents', () => {
    fc.assert(
      fc.property(workerArbitrary, weeklyMinutesArbitrary, (worker, minutes) => {
        for (const cents of Object.values(computeWorkCost(worker, minutes))) {
          expect(Number.isSafeInteger(cents)).toBe(true);
          expect(cents).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('keeps 12 x monthly within 6 cents of yearly', () => {
    fc.assert(
      fc.property(workerArbitrary, weeklyMinutesArbitrary, (worker, minutes) => {
        const cost = computeWorkCost(worker, minutes);
        expect(Math.abs(cost.monthlyCents * 12 - cost.yearlyCents)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('never costs less for more hours', () => {
    fc.assert(
      fc.property(workerArbitrary, weeklyMinutesArbitrary, weeklyMinutesArbitrary, (worker, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const low = computeWorkCost(worker, fewer);
        const high = computeWorkCost(worker, more);
        expect(high.weeklyCents).toBeGreaterThanOrEqual(low.weeklyCents);
        expect(high.monthlyCents).toBeGreaterThanOrEqual(low.monthlyCents);
        expect(high.yearlyCents).toBeGreaterThanOrEqual(low.yearlyCents);
      }),
    );
  });

  it('is linear in hours for whole-cent hourly rates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 168 }),
        (hourlyCents, hours) => {
          const cost = computeWorkCost({ kind: 'member', hourlyCents }, hours * 60);
          expect(cost.weeklyCents).toBe(hourlyCents * hours);
          expect(cost.yearlyCents).toBe(hourlyCents * hours * 52);
        },
      ),
    );
  });
});

describe('compareWorkOptions', () => {
  it('lists the given options in a fixed order', () => {
    const rows = compareWorkOptions(600, {
      freelancer,
      self: fortyEurosAnHour,
      employee,
      agency: agencyRetainer,
    });
    expect(
      rows.map((row) => [row.option, row.hourlyCents, row.weeklyCents, row.monthlyCents, row.yearlyCents]),
    ).toEqual([
      ['self', 4000, 40_000, 173_333, 2_080_000],
      ['employee', 2707, 27_069, 117_299, 1_407_592],
      ['agency', 5000, 50_000, 216_667, 2_600_000],
      ['freelancer', 5714, 57_143, 247_619, 2_971_429],
    ]);
  });

  it('omits options that are not given', () => {
    expect(compareWorkOptions(60, { agency: agencyRetainer }).map((row) => row.option)).toEqual(['agency']);
  });
});

describe('computeCategoryCosts', () => {
  const categories = [
    { id: 'blogging', weeklyMinutes: 120, isArchived: false },
    { id: 'communication', weeklyMinutes: 60, isArchived: false },
    { id: 'curation', weeklyMinutes: 90, isArchived: false },
    { id: 'old', weeklyMinutes: 600, isArchived: true },
  ];

  it('prices each category with its worker, and the default worker elsewhere', () => {
    const breakdown = computeCategoryCosts({
      categories,
      workers: { owner: fortyEurosAnHour, agency: { kind: 'agency_hourly', hourlyCents: 6000 } },
      assignments: { blogging: 'agency' },
      defaultWorkerId: 'owner',
    });
    expect(breakdown.rows.map((row) => [row.categoryId, row.workerId, row.cost?.weeklyCents])).toEqual([
      ['blogging', 'agency', 12_000],
      ['communication', 'owner', 4000],
      ['curation', 'owner', 6000],
    ]);
    expect(breakdown.totals).toEqual({
      weeklyMinutes: 270,
      unassignedMinutes: 0,
      weeklyCents: 22_000,
      monthlyCents: 52_000 + 17_333 + 26_000,
      yearlyCents: 22_000 * 52,
    });
  });

  it('reports unassigned time without pricing it', () => {
    const breakdown = computeCategoryCosts({
      categories,
      workers: { owner: fortyEurosAnHour },
      assignments: { communication: 'owner' },
    });
    expect(breakdown.rows.find((row) => row.categoryId === 'blogging')).toEqual({
      categoryId: 'blogging',
      workerId: null,
      weeklyMinutes: 120,
      cost: null,
    });
    expect(breakdown.totals).toMatchObject({ weeklyMinutes: 270, unassignedMinutes: 210, weeklyCents: 4000 });
  });

  it('refuses an assignment to an unknown worker', () => {
    expect(() =>
      computeCategoryCosts({ categories, workers: {}, assignments: { blogging: 'ghost' } }),
    ).toThrow(/unknown worker ghost/);
  });

  it('has totals equal to the sum of the rows', () => {
    const category = fc.record({
      id: fc.uuid(),
      weeklyMinutes: fc.integer({ min: 0, max: 96 }).map((steps) => steps * 15),
      isArchived: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(category, { maxLength: 12 }), workerArbitrary, (list, worker) => {
        const { rows, totals } = computeCategoryCosts({
          categories: list,
          workers: { w: worker },
          defaultWorkerId: 'w',
        });
        expect(rows).toHaveLength(list.filter((c) => !c.isArchived).length);
        expect(totals.yearlyCents).toBe(rows.reduce((sum, row) => sum + (row.cost?.yearlyCents ?? 0), 0));
        expect(totals.weeklyMinutes).toBe(rows.reduce((sum, row) => sum + row.weeklyMinutes, 0));
      }),
    );
  });
});
