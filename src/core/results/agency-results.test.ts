import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AgencyResultsRow,
  type AgencyWorkspaceFacts,
  agencySortColumns,
  buildAgencyResults,
  sortAgencyRows,
} from './agency-results.js';

const facts = (overrides: Partial<AgencyWorkspaceFacts>): AgencyWorkspaceFacts => ({
  workspaceId: 'w1',
  name: 'Boulangerie',
  currency: 'EUR',
  labour: [],
  directCostsCents: 0,
  posts: 0,
  leads: 0,
  clients: 0,
  revenueCents: 0,
  outcomes: 0,
  ...overrides,
});

describe('the agency ROI table', () => {
  it('costs each member’s time at their rate, rounded once per workspace, plus direct costs', () => {
    const { rows } = buildAgencyResults([
      facts({
        // 1 h at 30.00 + 20 min at 45.00 (15.00) + 30 min without a rate
        labour: [
          { seconds: 3600, hourlyCostCents: 3000 },
          { seconds: 1200, hourlyCostCents: 4500 },
          { seconds: 1800, hourlyCostCents: null },
        ],
        directCostsCents: 1000,
        leads: 4,
        clients: 1,
        revenueCents: 11_000,
        outcomes: 6,
        posts: 3,
      }),
    ]);
    expect(rows[0]).toMatchObject({
      minutes: 110,
      minutesWithoutCost: 30,
      costCents: 5500,
      costPerLeadCents: 1375,
      roiPercent: 100,
      isThin: true, // 110 minutes < 4 h
    });
  });

  it('has no ROI and no cost per lead when nothing was spent or nobody came', () => {
    const { rows } = buildAgencyResults([facts({ revenueCents: 500 })]);
    expect(rows[0]?.roiPercent).toBeNull();
    expect(rows[0]?.costPerLeadCents).toBeNull();
    expect(rows[0]?.isThin).toBe(true);
  });

  it('totals per currency, never adding euros to francs', () => {
    const { totals } = buildAgencyResults([
      facts({ workspaceId: 'a', directCostsCents: 100, revenueCents: 300, leads: 1, outcomes: 1 }),
      facts({ workspaceId: 'b', currency: 'CHF', directCostsCents: 700 }),
      facts({
        workspaceId: 'c',
        directCostsCents: 100,
        leads: 1,
        outcomes: 2,
        labour: [{ seconds: 4 * 3600, hourlyCostCents: 0 }],
      }),
    ]);
    expect(totals.map((total) => [total.currency, total.workspaces, total.costCents])).toEqual([
      ['CHF', 1, 700],
      ['EUR', 2, 200],
    ]);
    const euros = totals.find((total) => total.currency === 'EUR');
    expect(euros).toMatchObject({
      leads: 2,
      costPerLeadCents: 100,
      roiPercent: 50,
      isThin: false,
      minutes: 240,
    });
  });

  it('sorts by any column, rows without a figure last in both directions, thin ratios after solid ones', () => {
    const { rows } = buildAgencyResults([
      facts({ workspaceId: 'a', name: 'A', directCostsCents: 100, revenueCents: 1000, outcomes: 1 }),
      facts({
        workspaceId: 'b',
        name: 'B',
        directCostsCents: 100,
        revenueCents: 300,
        outcomes: 5,
        labour: [{ seconds: 5 * 3600, hourlyCostCents: null }],
      }),
      facts({ workspaceId: 'c', name: 'C' }),
    ]);
    expect(sortAgencyRows(rows, 'roiPercent', 'desc').map((row) => row.name)).toEqual(['B', 'A', 'C']);
    expect(sortAgencyRows(rows, 'roiPercent', 'asc').map((row) => row.name)).toEqual(['B', 'A', 'C']);
    expect(sortAgencyRows(rows, 'revenueCents', 'desc').map((row) => row.name)).toEqual(['A', 'B', 'C']);
    expect(sortAgencyRows(rows, 'name', 'desc').map((row) => row.name)).toEqual(['C', 'B', 'A']);
  });

  it('keeps every row when sorting, whatever the column and figures', () => {
    const figure = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    const row = fc.record({
      name: fc.string({ maxLength: 4 }),
      minutes: fc.nat(1000),
      roiPercent: figure,
      costPerLeadCents: figure,
      isThin: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom(...agencySortColumns),
        fc.boolean(),
        (items, column, up) => {
          const rows = items.map((item, index) => ({
            ...(buildAgencyResults([facts({ workspaceId: String(index), name: item.name })])
              .rows[0] as AgencyResultsRow),
            ...item,
          }));
          const sorted = sortAgencyRows(rows, column, up ? 'asc' : 'desc');
          expect(sorted.map((entry) => entry.workspaceId).sort()).toEqual(
            rows.map((entry) => entry.workspaceId).sort(),
          );
          const firstNull = sorted.findIndex((entry) => column !== 'name' && entry[column] === null);
          if (firstNull >= 0)
            expect(sorted.slice(firstNull).every((entry) => entry[column as 'roiPercent'] === null)).toBe(
              true,
            );
        },
      ),
    );
  });
});
