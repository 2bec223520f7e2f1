import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResultsTable, quarterOfMonth, type ResultsFacts } from './results-table.js';
import { CurrencyMismatchError } from './roi.js';

const facts: ResultsFacts = {
  labour: [
    // 10 h at 40 € on LinkedIn in January, 5 h at 40 € without network, 2 h whose cost is not set.
    { month: '2026-01', network: 'linkedin', categoryId: 'cat-a', seconds: 36_000, hourlyCostCents: 4000 },
    { month: '2026-01', network: null, categoryId: 'cat-b', seconds: 18_000, hourlyCostCents: 4000 },
    { month: '2026-02', network: 'instagram', categoryId: 'cat-a', seconds: 7200, hourlyCostCents: null },
  ],
  directCosts: [{ month: '2026-02', network: 'instagram', cents: 3000, currency: 'EUR' }],
  outcomes: [
    { month: '2026-01', kind: 'lead', cents: 0, currency: 'EUR', network: 'linkedin', pillarId: 'p1' },
    { month: '2026-01', kind: 'lead', cents: 0, currency: 'EUR', network: 'linkedin', pillarId: null },
    {
      month: '2026-02',
      kind: 'client',
      cents: 120_000,
      currency: 'EUR',
      network: 'linkedin',
      pillarId: 'p1',
    },
  ],
  posts: [
    { month: '2026-01', network: 'linkedin', pillarId: 'p1', engagement: 40 },
    { month: '2026-02', network: 'instagram', pillarId: null, engagement: null },
  ],
};

const options = { currency: 'EUR', granularity: 'month' } as const;

describe('results table', () => {
  it('per network: cost, outcomes, ratios; the total row over the range', () => {
    const rows = buildResultsTable(facts, { ...options, dimension: 'network' });
    const linkedinTotal = rows.find((row) => row.period === null && row.key === 'linkedin');
    expect(linkedinTotal).toMatchObject({
      costCents: 40_000,
      minutes: 600,
      leads: 2,
      clients: 1,
      revenueCents: 120_000,
      costPerLeadCents: 20_000,
      costPerClientCents: 40_000,
      roiPercent: 200,
      posts: 1,
      engagements: 40,
      minutesPerPost: 600,
      minutesPerEngagement: 15,
      isThin: false,
    });
    const instagram = rows.find((row) => row.period === '2026-02' && row.key === 'instagram');
    // Time without an hourly cost counts in minutes, not in cost.
    expect(instagram).toMatchObject({
      costCents: 3000,
      labourCents: 0,
      minutes: 120,
      roiPercent: -100,
      isThin: true,
    });
    expect(rows.find((row) => row.period === null && row.key === 'none')).toMatchObject({
      costCents: 20_000,
    });
  });

  it('per category: cost only, tools apart; per pillar: outcomes only, never a guessed cost', () => {
    const byCategory = buildResultsTable(facts, { ...options, dimension: 'category' });
    expect(byCategory.find((row) => row.period === null && row.key === 'cat-a')).toMatchObject({
      costCents: 40_000,
      leads: null,
      roiPercent: null,
    });
    expect(byCategory.find((row) => row.period === null && row.key === 'direct_costs')?.costCents).toBe(3000);
    const byPillar = buildResultsTable(facts, { ...options, dimension: 'pillar' });
    expect(byPillar.find((row) => row.period === null && row.key === 'p1')).toMatchObject({
      costCents: null,
      leads: 1,
      clients: 1,
      revenueCents: 120_000,
      roiPercent: null,
    });
  });

  it('rounds once per row: a quarter is the rounding of its exact sum, not a sum of rounded months', () => {
    // 1 s at 18 € is half a cent: each month alone rounds to 1, the quarter of three to 2 (1.5 -> 2).
    const labour = ['2026-01', '2026-02', '2026-03'].map((month) => ({
      month,
      network: null,
      categoryId: 'c',
      seconds: 1,
      hourlyCostCents: 1800,
    }));
    const monthly = buildResultsTable(
      { labour, directCosts: [], outcomes: [], posts: [] },
      { ...options, dimension: 'workspace' },
    );
    expect(monthly.filter((row) => row.period !== null).map((row) => row.costCents)).toEqual([1, 1, 1]);
    const quarterly = buildResultsTable(
      { labour, directCosts: [], outcomes: [], posts: [] },
      { ...options, granularity: 'quarter', dimension: 'workspace' },
    );
    expect(quarterly.map((row) => [row.period, row.costCents])).toEqual([
      ['2026-Q1', 2],
      [null, 2],
    ]);
  });

  it('refuses to mix currencies', () => {
    expect(() =>
      buildResultsTable(
        {
          ...facts,
          outcomes: [{ ...facts.outcomes[0], currency: 'USD' } as ResultsFacts['outcomes'][number]],
        },
        { ...options, dimension: 'workspace' },
      ),
    ).toThrow(CurrencyMismatchError);
  });

  it('quarters of months', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-12'].map(quarterOfMonth)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
    ]);
  });

  it('property: the total row of each key has the outcomes of its periods, and cost within a cent per period', () => {
    const month = fc.constantFrom('2026-01', '2026-02', '2026-05');
    const network = fc.constantFrom('linkedin', 'instagram', null);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            month,
            network,
            categoryId: fc.constant('c'),
            seconds: fc.integer({ min: 1, max: 100_000 }),
            hourlyCostCents: fc.integer({ min: 0, max: 20_000 }),
          }),
        ),
        fc.array(
          fc.record({
            month,
            network,
            pillarId: fc.constant(null),
            kind: fc.constantFrom('lead', 'client', 'revenue' as const),
            cents: fc.integer({ min: 0, max: 1_000_000 }),
            currency: fc.constant('EUR'),
          }),
        ),
        (labour, outcomes) => {
          const rows = buildResultsTable(
            { labour, outcomes, directCosts: [], posts: [] },
            { ...options, dimension: 'network' },
          );
          for (const total of rows.filter((row) => row.period === null)) {
            const periods = rows.filter((row) => row.period !== null && row.key === total.key);
            const sum = (pick: (row: (typeof rows)[number]) => number | null) =>
              periods.reduce((value, row) => value + (pick(row) ?? 0), 0);
            expect(sum((row) => row.leads)).toBe(total.leads);
            expect(sum((row) => row.revenueCents)).toBe(total.revenueCents);
            expect(Math.abs(sum((row) => row.costCents) - (total.costCents ?? 0))).toBeLessThanOrEqual(
              periods.length,
            );
          }
        },
      ),
    );
  });
});
