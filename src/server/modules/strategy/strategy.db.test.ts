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
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

describe('strategy', () => {
  it('advises a beginner with several networks to focus on the first one, without blocking', async () => {
    await call('PATCH', '/strategy', { isBeginner: true, tone: 'Chaleureux', formats: ['photo', 'video'] });
    const saved = await call('PUT', '/strategy/networks', {
      networks: [
        { network: 'instagram', targetPostsPerWeek: 3, priority: 1 },
        { network: 'linkedin', targetPostsPerWeek: 1.5, priority: 2 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().networks).toHaveLength(2);
    expect(saved.json().focusAdvice).toEqual({ suggestedNetwork: 'instagram', laterNetworks: ['linkedin'] });
    expect(saved.json().targetPostsPerWeek).toBe(4.5);
    const experienced = (await call('PATCH', '/strategy', { isBeginner: false })).json();
    expect(experienced.focusAdvice).toBeNull();
    expect(experienced.tone).toBe('Chaleureux');
  });

  it('refuses the same network twice', async () => {
    const response = await call('PUT', '/strategy/networks', {
      networks: [
        { network: 'x', targetPostsPerWeek: 1, priority: 1 },
        { network: 'x', targetPostsPerWeek: 2, priority: 2 },
      ],
    });
    expect(response.statusCode).toBe(400);
  });

  it('keeps editorial pillars as a draft and says how far their shares are from 100 %', async () => {
    await call('PUT', '/strategy/networks', {
      networks: [{ network: 'instagram', targetPostsPerWeek: 3, priority: 1 }],
    });
    const draft = (
      await call('PUT', '/strategy/pillars', {
        pillars: [
          { name: 'Coulisses', sharePercent: 30 },
          { name: 'Produits', sharePercent: 40 },
        ],
      })
    ).json();
    expect(draft.pillarShares).toEqual({ isValid: false, totalPercent: 70, gapPercent: 30 });
    const complete = (
      await call('PUT', '/strategy/pillars', {
        pillars: [
          { name: 'Coulisses', sharePercent: 30 },
          { name: 'Produits', sharePercent: 40 },
          { name: 'Conseils', sharePercent: 30 },
        ],
      })
    ).json();
    expect(complete.pillarShares.isValid).toBe(true);
    expect(complete.postsPerPillar.map((pillar: { postsPerWeek: number }) => pillar.postsPerWeek)).toEqual([
      0.9, 1.2, 0.9,
    ]);
  });

  it('stores personas', async () => {
    const created = await call('POST', '/personas', {
      name: 'Sophie, gérante de café',
      problems: 'Pas le temps',
      networks: [{ network: 'instagram', usage: 'Le soir' }],
    });
    expect(created.statusCode).toBe(201);
    const updated = await call('PATCH', `/personas/${created.json().id}`, { interests: 'Circuits courts' });
    expect(updated.json()).toMatchObject({
      name: 'Sophie, gérante de café',
      interests: 'Circuits courts',
      networks: [{ network: 'instagram', usage: 'Le soir' }],
    });
    expect((await call('GET', '/personas')).json()).toHaveLength(1);
    expect((await call('DELETE', `/personas/${created.json().id}`)).statusCode).toBe(204);
  });

  it("follows KPIs toward their target, by the workspace's date", async () => {
    const objective = (await call('POST', '/objectives', { title: 'Gagner des clients' })).json();
    // Clicks are typed (results measure leads, clients and revenue: results.db.test.ts).
    const kpi = await call('POST', '/kpis', {
      objectiveId: objective.id,
      metric: 'clicks',
      target: 20,
      period: 'quarter',
      startDate: '2026-10-01',
      dueDate: '2026-12-31',
    });
    expect(kpi.statusCode).toBe(201);
    expect(kpi.json().progress).toBeNull();
    const typed = (await call('PATCH', `/kpis/${kpi.json().id}`, { actual: 15 })).json();
    expect(typed.progress.ratio).toBe(0.75);
    expect(typed.progress.status).toBe('on_track');
    const view = (await call('GET', '/objectives')).json();
    expect(view.today).toBe('2026-11-23');
    expect(view.objectives[0].kpis[0].actual).toBe(15);
  });

  it('explains KPI mistakes: a custom metric without a name, dates out of order, an unknown objective', async () => {
    const unnamed = await call('POST', '/kpis', {
      metric: 'custom',
      target: 5,
      period: 'month',
      dueDate: '2026-12-31',
    });
    expect(unnamed.json().errors[0].path).toBe('label');
    const backwards = await call('POST', '/kpis', {
      metric: 'clicks',
      target: 5,
      period: 'month',
      startDate: '2027-01-01',
      dueDate: '2026-12-31',
    });
    expect(backwards.json().errors[0].path).toBe('startDate');
    const orphan = await call('POST', '/kpis', {
      objectiveId: '00000000-0000-4000-8000-000000000000',
      metric: 'clicks',
      target: 5,
      period: 'month',
      dueDate: '2026-12-31',
    });
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().code).toBe('objective_unknown');
  });
});
