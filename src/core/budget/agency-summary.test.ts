import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgencyWorkspaceInput, buildAgencySummary } from './agency-summary.js';
import { referenceCategoryKeys } from './reference-categories.js';

const bakery: AgencyWorkspaceInput = {
  workspaceId: 'bakery',
  currency: 'EUR',
  categories: [
    { referenceKey: 'communication', weeklyMinutes: 180, isArchived: false },
    { referenceKey: 'acquisition', weeklyMinutes: 90, isArchived: false },
    { referenceKey: 'blogging', weeklyMinutes: 60, isArchived: true },
    { referenceKey: null, weeklyMinutes: 30, isArchived: false },
  ],
  cost: { weeklyCents: 12_000, monthlyCents: 52_000, yearlyCents: 624_000 },
};
const consultant: AgencyWorkspaceInput = {
  workspaceId: 'consultant',
  currency: 'EUR',
  categories: [{ referenceKey: 'communication', weeklyMinutes: 120, isArchived: false }],
  cost: { weeklyCents: 8000, monthlyCents: 34_667, yearlyCents: 416_000 },
};
const genevaShop: AgencyWorkspaceInput = {
  workspaceId: 'geneva-shop',
  currency: 'CHF',
  categories: [{ referenceKey: 'blogging', weeklyMinutes: 240, isArchived: false }],
  cost: { weeklyCents: 20_000, monthlyCents: 86_667, yearlyCents: 1_040_000 },
};
const newClient: AgencyWorkspaceInput = {
  workspaceId: 'new-client',
  currency: 'EUR',
  categories: [],
  cost: null,
};

describe('buildAgencySummary', () => {
  const summary = buildAgencySummary([bakery, consultant, genevaShop, newClient]);

  it('builds one row per workspace, in input order', () => {
    expect(summary.rows.map((row) => row.workspaceId)).toEqual([
      'bakery',
      'consultant',
      'geneva-shop',
      'new-client',
    ]);
    expect(summary.rows[0]).toEqual({
      workspaceId: 'bakery',
      currency: 'EUR',
      totalWeeklyMinutes: 300,
      minutesByReferenceCategory: {
        veille: 0,
        acquisition: 90,
        blogging: 0,
        curation: 0,
        communication: 180,
        analyse: 0,
        strategie: 0,
      },
      userDefinedMinutes: 30,
      differenceFromEssentialMinutes: -60,
      cost: bakery.cost,
    });
    expect(summary.rows[3]?.cost).toBeNull();
  });

  it('totals minutes across workspaces', () => {
    expect(summary.totals).toMatchObject({
      workspaceCount: 4,
      totalWeeklyMinutes: 660,
      userDefinedMinutes: 30,
      averageWeeklyMinutesPerWorkspace: 165,
      workspacesWithoutCost: 1,
    });
    expect(summary.totals.minutesByReferenceCategory.communication).toBe(300);
    expect(summary.totals.minutesByReferenceCategory.blogging).toBe(240);
  });

  it('totals costs per currency, never across currencies', () => {
    expect(summary.totals.costsByCurrency).toEqual([
      {
        currency: 'CHF',
        workspaceCount: 1,
        weeklyCents: 20_000,
        monthlyCents: 86_667,
        yearlyCents: 1_040_000,
      },
      {
        currency: 'EUR',
        workspaceCount: 2,
        weeklyCents: 20_000,
        monthlyCents: 86_667,
        yearlyCents: 1_040_000,
      },
    ]);
  });

  it('handles an agency without workspaces', () => {
    expect(buildAgencySummary([]).totals).toMatchObject({
      workspaceCount: 0,
      totalWeeklyMinutes: 0,
      averageWeeklyMinutesPerWorkspace: 0,
      costsByCurrency: [],
    });
  });

  it('rejects a malformed currency code', () => {
    expect(() => buildAgencySummary([{ ...bakery, currency: 'eur' }])).toThrow(RangeError);
  });

  it('has totals equal to the sum of its rows', () => {
    const workspace = fc.record({
      workspaceId: fc.string(),
      currency: fc.constantFrom('EUR', 'CHF', 'CAD'),
      categories: fc.array(
        fc.record({
          referenceKey: fc.option(fc.constantFrom(...referenceCategoryKeys), { nil: null }),
          weeklyMinutes: fc.integer({ min: 0, max: 40 }).map((steps) => steps * 15),
          isArchived: fc.boolean(),
        }),
        { maxLength: 10 },
      ),
      cost: fc.option(
        fc.record({
          weeklyCents: fc.nat(1_000_000),
          monthlyCents: fc.nat(5_000_000),
          yearlyCents: fc.nat(60_000_000),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(workspace, { maxLength: 8 }), (workspaces) => {
        const { rows, totals } = buildAgencySummary(workspaces);
        expect(totals.totalWeeklyMinutes).toBe(rows.reduce((sum, row) => sum + row.totalWeeklyMinutes, 0));
        expect(totals.totalWeeklyMinutes).toBeGreaterThanOrEqual(0);
        for (const row of rows) {
          const byCategory = Object.values(row.minutesByReferenceCategory).reduce((sum, m) => sum + m, 0);
          expect(byCategory + row.userDefinedMinutes).toBe(row.totalWeeklyMinutes);
        }
        for (const currencyTotal of totals.costsByCurrency) {
          const inCurrency = rows.filter(
            (row) => row.currency === currencyTotal.currency && row.cost !== null,
          );
          expect(currencyTotal.workspaceCount).toBe(inCurrency.length);
          expect(currencyTotal.yearlyCents).toBe(
            inCurrency.reduce((sum, row) => sum + (row.cost?.yearlyCents ?? 0), 0),
          );
        }
      }),
    );
  });
});
