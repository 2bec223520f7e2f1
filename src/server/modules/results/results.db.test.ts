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

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'en' },
  });

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

let categoryId: string;

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris, EUR
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 3, priority: 1 },
      { network: 'instagram', targetPostsPerWeek: 2, priority: 2 },
    ],
  });
  await call('PATCH', `/members/${owner.id}`, { hourlyCostCents: 4000 });
  categoryId = (await call('GET', '/categories')).json()[0].id;
});

async function track(startedAt: string, hours: number, networkKey: string | null) {
  const response = await call('POST', '/time-entries', {
    categoryId,
    startedAt,
    durationSeconds: hours * 3600,
    networkKey,
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** A post published by hand on LinkedIn on 2026-03-10. */
async function publishedLinkedinPost() {
  const post = await call('POST', '/posts', {
    text: 'Nos conseils de saison',
    versions: [{ network: 'linkedin', text: null }],
  });
  const postId = post.json().id as string;
  context.clock.set(new Date('2026-03-10T10:00:00Z'));
  const marked = await call('POST', `/posts/${postId}/versions/linkedin/published`, {
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
  });
  expect(marked.statusCode, marked.body).toBe(200);
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  return postId;
}

describe('outcomes, costs and the ROI table', () => {
  it('moves the ROI per network when a client is won from a post', async () => {
    const postId = await publishedLinkedinPost();
    await track('2026-03-02T09:00:00Z', 10, 'linkedin'); // 400 €
    await track('2026-03-03T09:00:00Z', 5, 'instagram'); // 200 €
    await track('2026-02-03T09:00:00Z', 2, null); // 80 €, in February, no network
    const tool = await call('POST', '/costs', {
      month: '2026-03',
      kind: 'tools',
      label: 'Planificateur',
      amountCents: 2900,
      network: null,
    });
    expect(tool.statusCode, tool.body).toBe(201);

    const before = await call('GET', '/results?dimension=network&from=2026-01&to=2026-03');
    expect(before.statusCode, before.body).toBe(200);
    const linkedinBefore = before
      .json()
      .rows.find(
        (row: { period: string | null; key: string }) => row.period === null && row.key === 'linkedin',
      );
    expect(linkedinBefore).toMatchObject({
      costCents: 40_000,
      clients: 0,
      revenueCents: 0,
      roiPercent: -100,
      posts: 1,
    });

    const won = await call('POST', '/outcomes', {
      kind: 'client',
      occurredOn: '2026-03-18',
      amountCents: 150_000,
      postId,
      campaign: 'printemps',
    });
    expect(won.statusCode, won.body).toBe(201);
    // The post was published on LinkedIn only: the outcome takes that network.
    expect(won.json()).toMatchObject({ network: 'linkedin', currency: 'EUR', source: 'manual' });

    const after = (await call('GET', '/results?dimension=network&from=2026-01&to=2026-03')).json();
    const total = (key: string) =>
      after.rows.find(
        (row: { period: string | null; key: string }) => row.period === null && row.key === key,
      );
    expect(total('linkedin')).toMatchObject({
      costCents: 40_000,
      clients: 1,
      revenueCents: 150_000,
      costPerClientCents: 40_000,
      roiPercent: 275,
      minutes: 600,
    });
    expect(total('instagram')).toMatchObject({ costCents: 20_000, clients: 0 });
    // Time without network and the tool used everywhere stay in their own row.
    expect(total('none')).toMatchObject({
      costCents: 8000 + 2900,
      labourCents: 8000,
      directCostsCents: 2900,
    });

    const workspace = (
      await call('GET', '/results?dimension=workspace&granularity=quarter&from=2026-01&to=2026-03')
    ).json();
    expect(workspace.rows).toEqual([
      expect.objectContaining({ period: '2026-Q1', key: 'all', costCents: 70_900, revenueCents: 150_000 }),
      expect.objectContaining({ period: null, key: 'all', costCents: 70_900, roiPercent: 111.6 }),
    ]);

    const byPillar = (await call('GET', '/results?dimension=pillar&from=2026-01&to=2026-03')).json();
    expect(byPillar.rows.find((row: { period: string | null }) => row.period === null)).toMatchObject({
      key: 'none',
      costCents: null,
      clients: 1,
    });
  });

  it('never mixes currencies: outcomes logged before a currency change are left out and counted', async () => {
    await call('POST', '/outcomes', { kind: 'revenue', occurredOn: '2026-03-01', amountCents: 10_000 });
    await context.app.inject({
      method: 'PATCH',
      url: `/api/workspaces/${workspaceId}`,
      headers: { cookie: owner.cookie, origin: 'http://localhost:3000' },
      payload: { currency: 'USD' },
    });
    await call('POST', '/outcomes', { kind: 'revenue', occurredOn: '2026-03-02', amountCents: 5_000 });
    const view = (await call('GET', '/results?dimension=workspace&from=2026-03&to=2026-03')).json();
    expect(view.currency).toBe('USD');
    expect(view.leftOutOtherCurrency).toBe(1);
    expect(view.rows.find((row: { period: string | null }) => row.period === null).revenueCents).toBe(5_000);
  });

  it('lists, edits and deletes costs; deletes outcomes', async () => {
    const cost = (
      await call('POST', '/costs', {
        month: '2026-02',
        kind: 'advertising',
        label: 'Boost',
        amountCents: 5000,
        network: 'instagram',
      })
    ).json();
    expect((await call('PATCH', `/costs/${cost.id}`, { amountCents: 6000 })).json()).toMatchObject({
      amountCents: 6000,
      month: '2026-02',
    });
    expect((await call('GET', '/costs?from=2026-01&to=2026-03')).json()).toHaveLength(1);
    expect((await call('GET', '/costs?from=2026-03&to=2026-03')).json()).toHaveLength(0);
    expect((await call('DELETE', `/costs/${cost.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/costs/${cost.id}`)).statusCode).toBe(404);
    const lead = (
      await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-01', network: 'instagram' })
    ).json();
    expect((await call('GET', '/outcomes')).json()).toHaveLength(1);
    expect((await call('DELETE', `/outcomes/${lead.id}`)).statusCode).toBe(204);
    expect((await call('GET', '/outcomes')).json()).toHaveLength(0);
  });

  it('refuses bad input clearly and keeps nothing', async () => {
    const revenueWithoutAmount = await call('POST', '/outcomes', {
      kind: 'revenue',
      occurredOn: '2026-03-01',
    });
    expect(revenueWithoutAmount.statusCode).toBe(400);
    expect(revenueWithoutAmount.json().errors[0]).toMatchObject({ path: 'amountCents' });
    const foreignPost = await call('POST', '/outcomes', {
      kind: 'lead',
      occurredOn: '2026-03-01',
      postId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreignPost.statusCode).toBe(422);
    expect(foreignPost.json().code).toBe('post_unknown');
    expect(
      (await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-01', amountCents: -5 }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call('POST', '/costs', { month: '2026-13', kind: 'tools', label: 'x', amountCents: 1 }))
        .statusCode,
    ).toBe(400);
    expect((await call('GET', '/results?from=2026-05&to=2026-01')).statusCode).toBe(400);
    expect((await call('GET', '/outcomes')).json()).toHaveLength(0);
  });

  it('exports the table as CSV in French (semicolons, decimal commas)', async () => {
    await call('POST', '/costs', {
      month: '2026-03',
      kind: 'tools',
      label: '=HYPERLINK()',
      amountCents: 1050,
    });
    const csv = await call('GET', '/results/export.csv?dimension=network&from=2026-03&to=2026-03&locale=fr');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Coût (EUR)');
    expect(csv.body).toContain('2026-03;none;10,50');
  });
});

describe('post figures', () => {
  it('keeps every snapshot of a published version, and refuses figures for an unpublished one', async () => {
    const postId = await publishedLinkedinPost();
    const first = await call('POST', `/posts/${postId}/versions/linkedin/metrics`, {
      impressions: 1000,
      reactions: 30,
      comments: 5,
    });
    expect(first.statusCode, first.body).toBe(201);
    context.clock.set(new Date('2026-03-21T09:00:00Z'));
    await call('POST', `/posts/${postId}/versions/linkedin/metrics`, {
      impressions: 1500,
      reactions: 40,
      comments: 6,
    });
    const metrics = (await call('GET', `/posts/${postId}/metrics`)).json();
    expect(metrics.snapshots).toHaveLength(2);
    expect(metrics.snapshots[0]).toMatchObject({
      impressions: 1500,
      engagement: 46,
      engagementRatePercent: 3.07,
      source: 'manual',
      shares: null,
    });

    const results = (await call('GET', '/results?dimension=network&from=2026-03&to=2026-03')).json();
    expect(
      results.rows.find(
        (row: { period: string | null; key: string }) => row.period === null && row.key === 'linkedin',
      ),
    ).toMatchObject({
      posts: 1,
      engagements: 46,
    });

    const early = await call('POST', `/posts/${postId}/versions/linkedin/metrics`, {
      reactions: 1,
      takenAt: '2026-03-01T00:00:00Z',
    });
    expect(early.json().code).toBe('metrics_before_publication');
    expect((await call('POST', `/posts/${postId}/versions/linkedin/metrics`, {})).statusCode).toBe(400);
    const draft = (
      await call('POST', '/posts', { text: 'Brouillon', versions: [{ network: 'instagram', text: null }] })
    ).json();
    const refused = await call('POST', `/posts/${draft.id}/versions/instagram/metrics`, { reactions: 3 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('post_not_published');
    expect(
      (await call('POST', `/posts/${draft.id}/versions/linkedin/metrics`, { reactions: 3 })).statusCode,
    ).toBe(404);
  });
});

describe('where the next hour should go', () => {
  it('suggests nothing from too little data, then the network whose hours brought the most', async () => {
    await track('2026-03-02T09:00:00Z', 5, 'linkedin');
    await track('2026-03-03T09:00:00Z', 5, 'instagram');
    const thin = (await call('GET', '/results/next-hour')).json();
    expect(thin.suggestion).toEqual({ kind: 'too_little_data' });
    expect(thin.rates.map((rate: { network: string }) => rate.network).sort()).toEqual([
      'instagram',
      'linkedin',
    ]);

    for (const day of ['2026-03-04', '2026-03-05', '2026-03-06']) {
      await call('POST', '/outcomes', { kind: 'lead', occurredOn: day, network: 'instagram' });
      await call('POST', '/outcomes', {
        kind: 'client',
        occurredOn: day,
        network: 'linkedin',
        amountCents: 50_000,
      });
    }
    // Outside the twelve weeks: ignored.
    await call('POST', '/outcomes', {
      kind: 'client',
      occurredOn: '2025-11-01',
      network: 'instagram',
      amountCents: 9_999_999,
    });
    const view = (await call('GET', '/results/next-hour')).json();
    expect(view.suggestion).toEqual({ kind: 'suggest', network: 'linkedin', comparedWith: 'instagram' });
    expect(view.rates[0]).toMatchObject({
      network: 'linkedin',
      minutes: 300,
      clients: 3,
      revenuePerHourCents: 30_000,
    });
  });
});

describe('settings', () => {
  it('tracks links by default, and a manager can turn it off', async () => {
    expect((await call('GET', '/results/settings')).json()).toEqual({ trackLinks: true });
    expect((await call('PUT', '/results/settings', { trackLinks: false })).json()).toEqual({
      trackLinks: false,
    });
    expect((await call('GET', '/results/settings')).json()).toEqual({ trackLinks: false });
  });
});

describe('demo workspace', () => {
  it('has outcomes and costs, so its results page is not empty', async () => {
    const demo = await as(context.app, owner, { method: 'POST', url: '/api/demo-workspace', payload: {} });
    expect(demo.statusCode, demo.body).toBe(201);
    const demoId = demo.json().workspaceId;
    const view = (
      await as(context.app, owner, {
        method: 'GET',
        url: `/api/workspaces/${demoId}/results?dimension=network`,
      })
    ).json();
    const total = (key: string) =>
      view.rows.find((row: { period: string | null; key: string }) => row.period === null && row.key === key);
    expect(total('instagram')).toMatchObject({ leads: 3, clients: 2, revenueCents: 62_000 });
    expect(total('instagram').costCents).toBeGreaterThan(5000);
    expect(total('linkedin')).toMatchObject({ clients: 1, revenueCents: 120_000 });
    expect(
      (await as(context.app, owner, { method: 'GET', url: `/api/workspaces/${demoId}/costs` })).json(),
    ).toHaveLength(3);
  });
});

describe('best and worst posts', () => {
  it('ranks only from enough measured posts, with engagement per network, weekday and hour', async () => {
    const reactions = [5, 40, 12, 0, 25];
    for (const [index, count] of reactions.entries()) {
      const post = await call('POST', '/posts', {
        text: `Publication ${index}`,
        versions: [{ network: 'linkedin', text: null }],
      });
      context.clock.set(new Date(`2026-03-0${index + 2}T08:30:00Z`)); // 09:30 in Paris
      await call('POST', `/posts/${post.json().id}/versions/linkedin/published`, {
        url: `https://www.linkedin.com/feed/update/${index}`,
      });
      await call('POST', `/posts/${post.json().id}/versions/linkedin/metrics`, {
        reactions: count,
        impressions: 1000,
      });
      if (index === 3) {
        const thin = (await call('GET', '/results/posts?from=2026-03&to=2026-03')).json();
        expect(thin).toMatchObject({ measuredPosts: 4, isThin: true, best: [], worst: [] });
      }
    }
    const rankings = (await call('GET', '/results/posts?from=2026-03&to=2026-03')).json();
    expect(rankings.isThin).toBe(false);
    expect(rankings.best.map((post: { text: string }) => post.text)).toEqual([
      'Publication 1',
      'Publication 4',
    ]);
    expect(rankings.worst.map((post: { text: string }) => post.text)).toEqual([
      'Publication 3',
      'Publication 0',
    ]);
    expect(rankings.best[0]).toMatchObject({ engagement: 40, ratePercent: 4, network: 'linkedin' });
    expect(rankings.byNetwork).toEqual([
      { key: 'linkedin', posts: 5, averageEngagement: 16.4, averageRatePercent: 1.64, isThin: false },
    ]);
    expect(rankings.byHour).toEqual([expect.objectContaining({ key: '9', posts: 5 })]);
    // 2026-03-02 is a Monday.
    expect(rankings.byWeekday.find((group: { key: string }) => group.key === '1')).toMatchObject({
      posts: 1,
      isThin: true,
    });
  });
});

describe('KPIs that fill themselves', () => {
  it('reads leads, clients won and revenue of the current period from the outcomes', async () => {
    const leads = (
      await call('POST', '/kpis', { metric: 'leads', target: 10, period: 'month', dueDate: '2026-12-31' })
    ).json();
    const revenue = (
      await call('POST', '/kpis', {
        metric: 'revenue',
        target: 500_000,
        period: 'quarter',
        dueDate: '2026-12-31',
      })
    ).json();
    const clicks = (
      await call('POST', '/kpis', { metric: 'clicks', target: 100, period: 'month', dueDate: '2026-12-31' })
    ).json();
    expect(leads).toMatchObject({ isMeasured: true, actual: 0 });
    expect(clicks).toMatchObject({ isMeasured: false, actual: null });

    await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-02', network: 'linkedin' });
    await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-19', network: 'instagram' });
    await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-02-27', network: 'instagram' }); // last month
    await call('POST', '/outcomes', { kind: 'client', occurredOn: '2026-02-10', amountCents: 120_000 }); // same quarter
    await call('POST', '/outcomes', { kind: 'revenue', occurredOn: '2026-03-15', amountCents: 30_000 });
    // A typed value does not override the measured one.
    await call('PATCH', `/kpis/${leads.id}`, { actual: 99 });

    const view = (await call('GET', '/objectives')).json();
    const kpi = (id: string) => view.kpis.find((item: { id: string }) => item.id === id);
    expect(kpi(leads.id)).toMatchObject({
      isMeasured: true,
      actual: 2,
      progress: expect.objectContaining({ ratio: 0.2 }),
    });
    expect(kpi(revenue.id)).toMatchObject({ isMeasured: true, actual: 150_000 });
    expect(kpi(clicks.id)).toMatchObject({ isMeasured: false, actual: null });
  });
});
