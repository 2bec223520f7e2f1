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

const call = (user: TestUser, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
  as(context.app, user, {
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'en' },
  });

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
});

/** A workspace with the owner at 40 €/h, `hours` tracked in March and the given outcomes. */
async function clientWorkspace(
  name: string,
  hours: number,
  outcomes: { kind: string; amountCents?: number }[],
) {
  const workspaceId = await createWorkspaceFor(context.app, owner, name);
  const base = `/api/workspaces/${workspaceId}`;
  await call(owner, 'PATCH', `${base}/members/${owner.id}`, { hourlyCostCents: 4000 });
  const categoryId = (await call(owner, 'GET', `${base}/categories`)).json()[0].id;
  if (hours > 0) {
    const tracked = await call(owner, 'POST', `${base}/time-entries`, {
      categoryId,
      startedAt: '2026-03-02T08:00:00Z',
      durationSeconds: hours * 3600,
      networkKey: null,
    });
    expect(tracked.statusCode, tracked.body).toBe(201);
  }
  for (const outcome of outcomes) {
    const logged = await call(owner, 'POST', `${base}/outcomes`, {
      kind: outcome.kind,
      occurredOn: '2026-03-10',
      amountCents: outcome.amountCents ?? 0,
    });
    expect(logged.statusCode, logged.body).toBe(201);
  }
  return { workspaceId, base, categoryId };
}

describe('the agency ROI table', () => {
  it('puts every managed workspace side by side in one request, thin rows marked, foreign ones left out', async () => {
    const bakery = await clientWorkspace('Boulangerie', 10, [
      { kind: 'lead' },
      { kind: 'lead' },
      { kind: 'client', amountCents: 120_000 },
    ]);
    const garage = await clientWorkspace('=HYPERLINK("http://evil")', 1, [{ kind: 'lead' }]);
    // Someone else's workspace where the owner is only a viewer: not in the table.
    const other = await signUp(context.app);
    const foreign = await createWorkspaceFor(context.app, other, 'Client de quelqu’un');
    const invitation = await call(other, 'POST', `/api/workspaces/${foreign}/invitations`, {
      email: owner.email,
      role: 'viewer',
    });
    await call(owner, 'POST', `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`);

    const response = await call(owner, 'GET', '/api/agency/results?from=2026-03&to=2026-03');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.rows.map((row: { workspaceId: string }) => row.workspaceId).sort()).toEqual(
      [bakery.workspaceId, garage.workspaceId].sort(),
    );
    const bakeryRow = view.rows.find(
      (row: { workspaceId: string }) => row.workspaceId === bakery.workspaceId,
    );
    expect(bakeryRow).toMatchObject({
      minutes: 600,
      costCents: 40_000,
      leads: 2,
      clients: 1,
      revenueCents: 120_000,
      costPerLeadCents: 20_000,
      roiPercent: 200,
      isThin: false,
    });
    const garageRow = view.rows.find(
      (row: { workspaceId: string }) => row.workspaceId === garage.workspaceId,
    );
    expect(garageRow).toMatchObject({ minutes: 60, costCents: 4000, roiPercent: -100, isThin: true });
    expect(view.totals).toEqual([
      expect.objectContaining({
        currency: 'EUR',
        workspaces: 2,
        costCents: 44_000,
        leads: 3,
        revenueCents: 120_000,
      }),
    ]);

    // Another month: the same workspaces, nothing in them.
    const april = (await call(owner, 'GET', '/api/agency/results?from=2026-04&to=2026-04')).json();
    expect(april.rows).toHaveLength(2);
    expect(
      april.rows.every(
        (row: { minutes: number; roiPercent: null }) => row.minutes === 0 && row.roiPercent === null,
      ),
    ).toBe(true);
  });

  it('exports the table as formula-safe CSV in the order shown', async () => {
    await clientWorkspace('Boulangerie', 10, [{ kind: 'client', amountCents: 120_000 }]);
    await clientWorkspace('=HYPERLINK("http://evil")', 1, []);
    const response = await call(
      owner,
      'GET',
      '/api/agency/results/export.csv?from=2026-03&to=2026-03&sort=costCents&direction=desc&locale=en',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Workspace,Currency,Tracked hours,Cost,Posts,Leads,Clients,Revenue,Cost per lead,ROI (%),Too little data',
    );
    expect(lines[1]).toMatch(/^Boulangerie,EUR,10\.0,400\.00,0,0,1,1200\.00,,200\.0,yes$/);
    expect(lines[2]?.startsWith('"\'=HYPERLINK')).toBe(true);
    expect(lines[3]).toMatch(/^Total,EUR,11\.0,440\.00/);
  });

  it('refuses a range that ends before it starts, and answers an empty table to someone who runs nothing', async () => {
    expect((await call(owner, 'GET', '/api/agency/results?from=2026-05&to=2026-03')).statusCode).toBe(400);
    const empty = await call(owner, 'GET', '/api/agency/results');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ rows: [], totals: [] });
  });
});

describe('effort against results', () => {
  it('puts a post’s timer minutes beside its engagement and the outcomes it brought', async () => {
    const { base } = await clientWorkspace('Atelier', 0, []);
    await call(owner, 'PUT', `${base}/strategy/networks`, {
      networks: [{ network: 'linkedin', targetPostsPerWeek: 2, priority: 1 }],
    });
    const post = await call(owner, 'POST', `${base}/posts`, {
      text: 'Nos coulisses',
      versions: [{ network: 'linkedin', text: null }],
    });
    const postId = post.json().id as string;
    context.clock.set(new Date('2026-03-16T09:00:00Z'));
    const session = await call(owner, 'POST', `${base}/content-sessions`, { postId });
    expect(session.statusCode, session.body).toBe(201);
    context.clock.set(new Date('2026-03-16T09:40:00Z'));
    const stopped = await call(owner, 'POST', `${base}/content-sessions/${session.json().id}/stop`);
    expect(stopped.statusCode, stopped.body).toBe(200);
    const marked = await call(owner, 'POST', `${base}/posts/${postId}/versions/linkedin/published`, {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:2',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    context.clock.set(new Date('2026-03-18T09:00:00Z'));
    await call(owner, 'POST', `${base}/posts/${postId}/versions/linkedin/metrics`, {
      impressions: 1000,
      reactions: 15,
      comments: 5,
    });
    await call(owner, 'POST', `${base}/outcomes`, {
      kind: 'client',
      occurredOn: '2026-03-18',
      amountCents: 50_000,
      postId,
    });

    const response = await call(owner, 'GET', `${base}/results/effort?weeks=8`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.fromDate).toBe('2026-01-26');
    expect(view.toDateExclusive).toBe('2026-03-23');
    expect(view.posts).toEqual([
      expect.objectContaining({
        postId,
        minutes: 40,
        engagement: 20,
        outcomes: 1,
        revenueCents: 50_000,
        minutesPerEngagement: 2,
      }),
    ]);
    expect(view.summary).toMatchObject({
      postsWithEffort: 1,
      measuredPosts: 1,
      minutesPerEngagement: 2,
      isThin: true,
    });
    expect(view.weeks).toHaveLength(8);
    const lastWeek = view.weeks.at(-1);
    expect(lastWeek).toMatchObject({ weekStart: '2026-03-16', outcomes: 1, engagement: 20 });
    // The timer's 40 minutes are tracked time of that week, in the category the timer chose.
    expect(Object.values(lastWeek.minutesByCategory)).toEqual([40]);
    expect(view.categories).toHaveLength(1);
    expect(view.categories[0]).toMatchObject({ weeks: 7, isEnoughData: false });
  });

  it('lists the categories in the budget’s order, as the person set it', async () => {
    const { base } = await clientWorkspace('Atelier', 0, []);
    const categories: { id: string }[] = (await call(owner, 'GET', `${base}/categories`)).json();
    expect(categories.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = categories.map((category) => category.id) as [string, string, string];
    for (const [index, categoryId] of [third, first, second].entries()) {
      const tracked = await call(owner, 'POST', `${base}/time-entries`, {
        categoryId,
        startedAt: `2026-03-0${2 + index}T08:00:00Z`,
        durationSeconds: 1800,
        networkKey: null,
      });
      expect(tracked.statusCode, tracked.body).toBe(201);
    }
    const order = async () =>
      (await call(owner, 'GET', `${base}/results/effort?weeks=8`))
        .json()
        .categories.map((category: { categoryId: string }) => category.categoryId);
    expect(await order()).toEqual([first, second, third]);

    const rest = categories
      .map((category) => category.id)
      .filter((id) => ![first, second, third].includes(id));
    const response = await call(owner, 'PUT', `${base}/categories/order`, {
      categoryIds: [third, first, second, ...rest],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await order()).toEqual([third, first, second]);
  });

  it('answers 404 for another person’s workspace and 400 for a silly number of weeks', async () => {
    const other = await signUp(context.app);
    const foreign = await createWorkspaceFor(context.app, other, 'Ailleurs');
    expect((await call(owner, 'GET', `/api/workspaces/${foreign}/results/effort`)).statusCode).toBe(404);
    const { base } = await clientWorkspace('Atelier', 0, []);
    expect((await call(owner, 'GET', `${base}/results/effort?weeks=2`)).statusCode).toBe(400);
  });
});
