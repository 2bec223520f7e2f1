import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  cadenceOf,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

// What Cadence itself tells people (the other kinds come from publishing and approvals):
// a coming silence from the daily regularity check, a forgotten timer from the quarter-hourly one.
let context: TestContext;
let owner: TestUser;
let workspaceId: string;

const inWorkspace = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });
const bell = async () =>
  (await as(context.app, owner, { method: 'GET', url: '/api/me/notifications' })).json();

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
});

describe('notification producers', () => {
  it('tells editors of a coming silence once per silence, and again for a new one', async () => {
    const { notifyComingGaps } = cadenceOf(context.app).modules.regularity.services;
    await inWorkspace('PUT', '/strategy/networks', {
      networks: [
        { network: 'linkedin', targetPostsPerWeek: 1, priority: 1 },
        { network: 'blog', targetPostsPerWeek: null, priority: 2 },
      ],
    });
    expect(await notifyComingGaps()).toBe(1);
    expect(await notifyComingGaps()).toBe(0);
    const [gap] = (await bell()).items;
    expect(gap).toMatchObject({ kind: 'coming_gap', subject: { network: 'linkedin', date: '2026-11-23' } });

    // A post planned on Wednesday closes this silence (nothing new to tell).
    const post = await inWorkspace('POST', '/posts', {
      text: 'Planned',
      versions: [{ network: 'linkedin' }],
    });
    await inWorkspace('POST', `/posts/${post.json().id}/schedule`, { date: '2026-11-25', time: '09:00' });
    expect(await notifyComingGaps()).toBe(0);
    // Sunday: Wednesday's post was never marked published, so a new silence begins: told again.
    context.clock.set(new Date('2026-11-29T09:00:00Z'));
    expect(await notifyComingGaps()).toBe(1);
    expect((await bell()).items[0].subject).toMatchObject({ network: 'linkedin', date: '2026-11-29' });
  });

  it('tells a person of their forgotten timer once, past their workspace’s limit', async () => {
    const { notifyForgottenTimers } = cadenceOf(context.app).modules.tracking.services;
    const categories = (await inWorkspace('GET', '/categories')).json();
    await inWorkspace('POST', '/timer/start', { categoryId: categories[0].id });
    context.clock.advance(3 * 3600 * 1000);
    expect(await notifyForgottenTimers()).toBe(0);
    context.clock.advance(61 * 60 * 1000);
    expect(await notifyForgottenTimers()).toBe(1);
    expect(await notifyForgottenTimers()).toBe(0);
    expect((await bell()).items).toMatchObject([{ kind: 'forgotten_timer', workspaceId }]);
  });
});
