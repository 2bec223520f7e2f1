import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

let context: TestContext;
let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
  await as(context.app, owner, {
    method: 'PATCH',
    url: `/api/workspaces/${workspaceId}/members/${owner.id}`,
    payload: { hourlyCostCents: 4000 },
  });
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

describe('budget', () => {
  it('creates the seven reference categories with every workspace, Blogging and Stratégie complex', async () => {
    const categories = (await call('GET', '/categories')).json();
    expect(categories.map((category: { referenceKey: string }) => category.referenceKey)).toEqual([
      'veille',
      'acquisition',
      'blogging',
      'curation',
      'communication',
      'analyse',
      'strategie',
    ]);
    expect(
      categories
        .filter((category: { isComplex: boolean }) => category.isComplex)
        .map((category: { referenceKey: string }) => category.referenceKey),
    ).toEqual(['blogging', 'strategie']);
  });

  it('applies the low preset (10 h), then editing Blogging to 3 h gives 11 h and the new cost', async () => {
    const low = (await call('POST', '/budget/preset', { preset: 'low10' })).json();
    expect(low.totalMinutes).toBe(600);
    expect(low.cost).toEqual({
      hourlyCents: 4000,
      weeklyCents: 40000,
      monthlyCents: 173333,
      yearlyCents: 2080000,
    });
    expect(
      low.presets.find((preset: { presetKey: string }) => preset.presetKey === 'low10').differenceMinutes,
    ).toBe(0);

    const blogging = low.categories.find(
      (category: { referenceKey: string }) => category.referenceKey === 'blogging',
    );
    const edited = (
      await call('PUT', '/budget', { lines: [{ categoryId: blogging.id, weeklyMinutes: 180 }] })
    ).json();
    expect(edited.totalMinutes).toBe(660);
    expect(edited.cost.weeklyCents).toBe(44000);
    expect(edited.closestPreset).toBe('low10');
  });

  it('refuses minutes off the quarter hour, and ids of another workspace, changing nothing', async () => {
    const categories = (await call('GET', '/categories')).json();
    const offStep = await call('PUT', '/budget', {
      lines: [{ categoryId: categories[0].id, weeklyMinutes: 50 }],
    });
    expect(offStep.statusCode).toBe(400);
    expect(offStep.json().errors[0].path).toBe('lines.0.weeklyMinutes');

    const other = await signUp(context.app);
    const otherWorkspace = await createWorkspaceFor(context.app, other);
    const foreign = (
      await as(context.app, other, { method: 'GET', url: `/api/workspaces/${otherWorkspace}/categories` })
    ).json();
    const mixed = await call('PUT', '/budget', {
      lines: [
        { categoryId: categories[0].id, weeklyMinutes: 60 },
        { categoryId: foreign[0].id, weeklyMinutes: 60 },
      ],
    });
    expect(mixed.statusCode).toBe(404);
    expect((await call('GET', '/budget')).json().totalMinutes).toBe(0);
  });

  it('adds, renames and archives categories; archived ones leave the budget but keep their row', async () => {
    const created = await call('POST', '/categories', {
      name: 'Modération',
      color: 'red',
      weeklyMinutes: 120,
    });
    expect(created.statusCode).toBe(201);
    expect((await call('GET', '/budget')).json().totalMinutes).toBe(120);
    const archived = await call('PATCH', `/categories/${created.json().id}`, { isArchived: true });
    expect(archived.json().isArchived).toBe(true);
    expect((await call('GET', '/budget')).json().totalMinutes).toBe(0);
    expect((await call('GET', '/categories')).json()).toHaveLength(7);
    expect((await call('GET', '/categories?includeArchived=true')).json()).toHaveLength(8);
  });

  it('orders every category, archived ones included; an outdated or foreign list changes nothing', async () => {
    const own = (await call('POST', '/categories', { name: 'Modération' })).json();
    await call('PATCH', `/categories/${own.id}`, { isArchived: true });
    const before: { id: string; referenceKey: string | null }[] = (
      await call('GET', '/categories?includeArchived=true')
    ).json();
    const wanted = [
      own.id,
      ...before
        .map((category) => category.id)
        .filter((id) => id !== own.id)
        .reverse(),
    ];

    const reordered = await call('PUT', '/categories/order', { categoryIds: wanted });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().map((category: { id: string }) => category.id)).toEqual(wanted);
    expect(
      (await call('GET', '/categories?includeArchived=true')).json().map((c: { id: string }) => c.id),
    ).toEqual(wanted);
    // The budget page follows the same order.
    expect((await call('GET', '/budget')).json().categories.map((c: { id: string }) => c.id)).toEqual(wanted);

    const outdated = await call('PUT', '/categories/order', { categoryIds: wanted.slice(1) });
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json().code).toBe('categories_changed');
    const twice = await call('PUT', '/categories/order', { categoryIds: [...wanted, wanted[0]] });
    expect(twice.statusCode).toBe(400);
    const otherOwner = await signUp(context.app);
    const otherWorkspace = await createWorkspaceFor(context.app, otherOwner, 'Autre');
    const foreign: { id: string }[] = (
      await as(context.app, otherOwner, {
        method: 'GET',
        url: `/api/workspaces/${otherWorkspace}/categories`,
      })
    ).json();
    const mixed = await call('PUT', '/categories/order', {
      categoryIds: [...wanted.slice(0, -1), foreign[0]?.id],
    });
    expect(mixed.statusCode).toBe(409);
    expect(
      (await call('GET', '/categories?includeArchived=true')).json().map((c: { id: string }) => c.id),
    ).toEqual(wanted);
  });

  it('compares doing the hours yourself with an agency and a freelancer, and follows the chosen performer', async () => {
    await call('POST', '/budget/preset', { preset: 'essential6' });
    const agency = (
      await call('POST', '/work-options', {
        kind: 'agency',
        label: 'Agence Pixel',
        pricing: { kind: 'agency_hourly', hourlyCents: 7500 },
      })
    ).json();
    await call('POST', '/work-options', {
      kind: 'freelancer',
      label: 'Freelance',
      pricing: { kind: 'freelancer', dayRateCents: 35000 },
    });
    const view = (await call('GET', '/budget')).json();
    expect(
      view.comparison.map((row: { label: string; weeklyCents: number }) => [row.label, row.weeklyCents]),
    ).toEqual([
      [owner.name, 24000],
      ['Agence Pixel', 45000],
      ['Freelance', 30000],
    ]);
    const switched = (await call('PUT', '/budget/performer', { type: 'option', optionId: agency.id })).json();
    expect(switched.performer).toMatchObject({ type: 'option', label: 'Agence Pixel' });
    expect(switched.cost.weeklyCents).toBe(45000);
  });

  it('lists the budgets of every managed workspace in the agency view, totals per currency', async () => {
    await call('POST', '/budget/preset', { preset: 'essential6' });
    const second = await createWorkspaceFor(context.app, owner, 'Client B');
    await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${second}/budget/preset`,
      payload: { preset: 'high28' },
    });
    // The demo is no client: it never counts in an agency's totals.
    const demo = await as(context.app, owner, { method: 'POST', url: '/api/demo-workspace', payload: {} });
    expect(demo.statusCode).toBe(201);
    const agency = (await as(context.app, owner, { method: 'GET', url: '/api/agency/budgets' })).json();
    expect(agency.totals.totalWeeklyMinutes).toBe(360 + 1680);
    expect(agency.rows.map((row: { name: string }) => row.name).sort()).toEqual(['Atelier', 'Client B']);
    expect(agency.totals.costsByCurrency).toEqual([
      { currency: 'EUR', workspaceCount: 1, weeklyCents: 24000, monthlyCents: 104000, yearlyCents: 1248000 },
    ]);
    expect(agency.totals.workspacesWithoutCost).toBe(1);
  });
});
