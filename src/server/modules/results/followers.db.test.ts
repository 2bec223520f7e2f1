import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import { as, cadenceOf, createWorkspaceFor, signUp, type TestUser } from '../../testing/test-app.js';
import { type ResultsMastodonWorld, startResultsMastodonWorld } from './testing/results-mastodon-world.js';

/**
 * Follower counts read from the protocol-faithful fake Mastodon: the daily round queues one job
 * per account and day, each reading keeps one row per account and day, the results page's view
 * gives the week's change, and the followers KPI reads the latest total.
 */
let world: ResultsMastodonWorld;
const clock = createFixedClock(new Date('2026-03-10T12:00:00Z'));

beforeAll(async () => {
  world = await startResultsMastodonWorld(clock);
});
afterAll(() => world.close());

const get = (user: TestUser, workspaceId: string, path: string) =>
  as(world.app, user, { method: 'GET', url: `/api/workspaces/${workspaceId}${path}` });

describe('follower counts', () => {
  it('reads each account once a day, shows the week’s change and fills the followers KPI', async () => {
    const workspaceId = await createWorkspaceFor(world.app, world.owner);
    const account = world.fake.addAccount('atelier');
    const connection = await world.connectAccount(workspaceId, account);
    const { followers } = cadenceOf(world.app).modules.results.services;

    // The round queues one reading per account, once per day however often it runs.
    expect(await followers.queueRound()).toBeGreaterThanOrEqual(1);
    await followers.queueRound();
    const jobRows = await world.rows<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'followers-read' and data->>'connectionId' = ${connection.id}`,
    );
    expect(jobRows[0]?.n).toBe(1);

    const kpi = await as(world.app, world.owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/kpis`,
      payload: { metric: 'followers', target: 500, period: 'quarter', dueDate: '2026-12-31', actual: 12 },
    });
    // Before any reading the typed value stays.
    expect(kpi.json()).toMatchObject({ isMeasured: false, actual: 12 });

    account.followersCount = 310;
    expect(
      await followers.readFollowers({
        version: 1,
        workspaceId,
        connectionId: connection.id,
        day: '2026-03-03',
      }),
    ).toBe('read');
    account.followersCount = 318;
    // A second reading of the same day replaces the first.
    await followers.readFollowers({
      version: 1,
      workspaceId,
      connectionId: connection.id,
      day: '2026-03-03',
    });
    clock.set(new Date('2026-03-10T12:00:00Z'));
    account.followersCount = 342;
    await followers.readFollowers({
      version: 1,
      workspaceId,
      connectionId: connection.id,
      day: '2026-03-10',
    });

    const view = (await get(world.owner, workspaceId, '/results/followers')).json();
    expect(view).toMatchObject({ total: 342, totalWeekChange: 24 });
    expect(view.accounts).toEqual([
      expect.objectContaining({
        connectionId: connection.id,
        network: 'mastodon',
        followers: 342,
        weekChange: 24,
        history: [
          { day: '2026-03-03', followers: 318 },
          { day: '2026-03-10', followers: 342 },
        ],
      }),
    ]);
    const kpis = (await get(world.owner, workspaceId, '/objectives')).json().kpis;
    expect(kpis.find((item: { metric: string }) => item.metric === 'followers')).toMatchObject({
      isMeasured: true,
      actual: 342,
    });

    // Another workspace sees none of it, and cannot read this one's.
    const other = await signUp(world.app);
    const otherWorkspace = await createWorkspaceFor(world.app, other);
    expect((await get(other, otherWorkspace, '/results/followers')).json()).toEqual({
      accounts: [],
      total: null,
      totalWeekChange: null,
    });
    expect((await get(other, workspaceId, '/results/followers')).statusCode).toBe(404);
    // A reading for an account of another workspace finds nothing to read.
    expect(
      await followers.readFollowers({
        version: 1,
        workspaceId: otherWorkspace,
        connectionId: connection.id,
        day: '2026-03-10',
      }),
    ).toBe('ended');
  });
});
