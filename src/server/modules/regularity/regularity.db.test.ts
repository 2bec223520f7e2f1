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

const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

/** A post on `network` published by hand at `date` 10:00 (Paris), the clock walked through it. */
async function publishOn(date: string, network: string) {
  const post = await call('POST', '/posts', { text: `Post ${date}`, versions: [{ network }] });
  context.clock.set(new Date(`${date}T06:00:00Z`));
  await call('POST', `/posts/${post.json().id}/schedule`, { date, time: '10:00' });
  context.clock.set(new Date(`${date}T09:00:00Z`));
  const marked = await call('POST', `/posts/${post.json().id}/versions/${network}/published`, {
    url: 'https://bsky.app/profile/example/post/1',
  });
  expect(marked.statusCode).toBe(200);
}

async function scheduleOn(date: string, network: string) {
  const post = await call('POST', '/posts', { text: `Planned ${date}`, versions: [{ network }] });
  const scheduled = await call('POST', `/posts/${post.json().id}/schedule`, { date, time: '09:00' });
  expect(scheduled.statusCode).toBe(200);
}

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-01T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 1, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 3, priority: 2 },
      { network: 'blog', targetPostsPerWeek: null, priority: 3 },
    ],
  });
});

describe('regularity per network', () => {
  it('counts streaks across the spring change and announces the silence the plan leaves', async () => {
    for (const monday of ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'])
      await publishOn(monday, 'linkedin');
    await publishOn('2026-03-30', 'bluesky');
    context.clock.set(new Date('2026-03-31T08:00:00Z')); // Tuesday 31 March, 10:00 in Paris
    await scheduleOn('2026-04-02', 'bluesky');

    const response = await call('GET', '/regularity');
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ today: '2026-03-31', weekStart: '2026-03-30', lookAheadDays: 3 });
    const [linkedin, bluesky, blog] = view.networks;
    expect(linkedin).toMatchObject({
      network: 'linkedin',
      target: 1,
      thisWeek: { published: 1, scheduled: 0, missing: 0 },
      streakWeeks: 4,
      lastPublishedOn: '2026-03-30',
      silentFrom: '2026-04-06',
      gap: 'none',
    });
    expect(bluesky).toMatchObject({
      thisWeek: { published: 1, scheduled: 1, missing: 1 },
      streakWeeks: 0,
      nextScheduledOn: '2026-04-02',
      silentFrom: '2026-04-05',
      gap: 'none',
    });
    expect(blog).toMatchObject({ target: null, gap: 'none', silentFrom: null });

    // Friday: Thursday's post was never marked published, so the silence began on Thursday.
    context.clock.set(new Date('2026-04-03T08:00:00Z'));
    const friday = (await call('GET', '/regularity')).json();
    expect(friday.networks[1]).toMatchObject({
      gap: 'overdue',
      silentFrom: '2026-04-02',
      nextScheduledOn: null,
    });
    // Marked published (today, late): covered until Saturday, silence from Monday is coming.
    const [thursday] = (await call('GET', '/posts/due-by-hand')).json();
    await call('POST', `/posts/${thursday.postId}/versions/bluesky/published`, {
      url: 'https://bsky.app/p/2',
    });
    const marked = (await call('GET', '/regularity')).json();
    expect(marked.networks[1]).toMatchObject({
      gap: 'coming',
      silentFrom: '2026-04-06',
      lastPublishedOn: '2026-04-03',
    });
    // Ten days later nothing happened: overdue; LinkedIn's streak stands on its last whole week.
    context.clock.set(new Date('2026-04-08T08:00:00Z'));
    const later = (await call('GET', '/regularity')).json();
    expect(later.networks[1]).toMatchObject({
      gap: 'overdue',
      thisWeek: { published: 0, scheduled: 0, missing: 3 },
    });
    expect(later.networks[0]).toMatchObject({ streakWeeks: 4, gap: 'overdue', silentFrom: '2026-04-06' });
  });

  it('keeps a network that never posted in view, and answers an empty strategy with no lines', async () => {
    context.clock.set(new Date('2026-03-31T08:00:00Z'));
    const view = (await call('GET', '/regularity')).json();
    expect(view.networks[0]).toMatchObject({ network: 'linkedin', lastPublishedOn: null, gap: 'coming' });
    await call('PUT', '/strategy/networks', { networks: [] });
    expect((await call('GET', '/regularity')).json().networks).toEqual([]);
  });
});
