import { describe, expect, it } from 'vitest';
import type { BudgetView } from '../../../contracts/budget.js';
import { buildBudgetView } from '../../../server/modules/budget/budget-view.js';
import { applyTypedHours } from './draft-budget-view.js';

const category = (id: string, weeklyMinutes: number) => ({
  id,
  referenceKey: null,
  name: id,
  description: null,
  color: 'blue',
  weeklyMinutes,
  isComplex: false,
  isArchived: false,
  sortOrder: 0,
});

function viewWith(minutes: [number, number]): BudgetView {
  return buildBudgetView({
    currency: 'EUR',
    categories: [category('a', minutes[0]), category('b', minutes[1])] as BudgetView['categories'],
    members: [
      { userId: 'owner', name: 'Léa', email: 'l@x', role: 'owner', hourlyCostCents: 4000 },
    ] as Parameters<typeof buildBudgetView>[0]['members'],
    options: [
      {
        id: 'agency',
        kind: 'agency',
        label: 'Agence',
        pricing: { kind: 'agency_hourly', hourlyCents: 7500 },
      },
    ] as BudgetView['options'],
    settings: null,
  });
}

describe('applyTypedHours', () => {
  it('gives the same figures as the server would for the typed hours', () => {
    const saved = viewWith([60, 120]);
    const typed = applyTypedHours(saved, { b: 300 });
    const server = viewWith([60, 300]);
    expect(typed.totalMinutes).toBe(360);
    expect(typed.cost).toEqual(server.cost);
    expect(typed.comparison).toEqual(server.comparison);
    expect(typed.presets).toEqual(server.presets);
    expect(typed.closestPreset).toBe(server.closestPreset);
  });

  it('leaves the view as it is while nothing is typed', () => {
    const saved = viewWith([60, 120]);
    expect(applyTypedHours(saved, {})).toBe(saved);
  });
});
