import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';
import { createDueByHandJob, type DueByHandEvent } from './due-by-hand.job.js';
import { createPostsRepository } from './posts.repository.js';

let context: TestContext;
let owner: TestUser;
let client: TestUser;
let workspaceId: string;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const callAs = (user: TestUser, method: Method, path: string, payload?: object, language = 'en') =>
  as(context.app, user, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': language },
  });
const call = (method: Method, path: string, payload?: object, language?: string) =>
  callAs(owner, method, path, payload, language);

const rows = async <T>(query: ReturnType<typeof sql>) => {
  const result = await context.database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  // Friday 20 March 2026, 10:00 in Paris: the batch week is the one starting Monday 23.
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
  client = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris
  const invitation = await call('POST', '/invitations', { email: client.email, role: 'viewer' });
  const token = invitation.json().link.split('/invite/')[1];
  await as(context.app, client, { method: 'POST', url: `/api/invitations/${token}/accept` });
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 3, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 2, priority: 2 },
    ],
  });
  await call('PUT', '/posting-slots', {
    slots: [
      { network: 'linkedin', weekday: 1, time: '09:00' },
      { network: 'linkedin', weekday: 3, time: '09:00' },
      { network: 'linkedin', weekday: 5, time: '09:00' },
      { network: 'bluesky', weekday: 2, time: '12:30' },
      { network: 'bluesky', weekday: 4, time: '12:30' },
    ],
  });
});

describe('batch session', () => {
  it('fills next week slot by slot, then shares the timed minutes out over the posts', async () => {
    const plan = await call('GET', '/batch-plan');
    expect(plan.json().weekStart).toBe('2026-03-23');
    const linkedin = plan.json().networks.find((line: { network: string }) => line.network === 'linkedin');
    expect(linkedin).toMatchObject({ target: 3, missing: 3 });
    expect(linkedin.openSlots).toHaveLength(3);

    const started = await call('POST', '/content-sessions', {});
    expect(started.statusCode).toBe(201);
    const sessionId = started.json().id;
    expect(started.json().isTimerRunning).toBe(true);
    const timer = await call('GET', '/timer');
    expect(timer.json().running).not.toBeNull();

    const written: string[] = [];
    for (const [index, networks] of [
      ['linkedin'],
      ['linkedin'],
      ['bluesky'],
      ['linkedin'],
      ['bluesky'],
    ].entries()) {
      context.clock.advance(60_000);
      const response = await call('POST', `/content-sessions/${sessionId}/posts`, {
        text: `Post ${index + 1}`,
        networks,
      });
      expect(response.statusCode).toBe(201);
      written.push(response.json().slot);
    }
    // Monday, Wednesday and Friday 09:00 for LinkedIn; Tuesday and Thursday 12:30 for Bluesky.
    expect(written).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-25T08:00:00.000Z',
      '2026-03-24T11:30:00.000Z',
      '2026-03-27T08:00:00.000Z',
      '2026-03-26T11:30:00.000Z',
    ]);
    const after = await call('GET', '/batch-plan');
    expect(after.json().networks.every((line: { missing: number }) => line.missing === 0)).toBe(true);

    // 92 minutes in all (5 of them writing above): 19, 19, 18, 18, 18.
    context.clock.advance(87 * 60_000);
    const stopped = await call('POST', `/content-sessions/${sessionId}/stop`);
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toMatchObject({ minutes: 92, isTimerRunning: false });
    expect(stopped.json().posts.map((post: { minutes: number }) => post.minutes)).toEqual([
      19, 19, 18, 18, 18,
    ]);
    expect((await call('GET', '/timer')).json().running).toBeNull();
    const post = await call('GET', `/posts/${stopped.json().posts[0].postId}`);
    expect(post.json()).toMatchObject({ effortMinutes: 19, status: 'scheduled' });

    // Stopping twice shares nothing twice; the session no longer takes posts.
    await call('POST', `/content-sessions/${sessionId}/stop`);
    expect((await call('GET', `/posts/${stopped.json().posts[0].postId}`)).json().effortMinutes).toBe(19);
    const late = await call('POST', `/content-sessions/${sessionId}/posts`, {
      text: 'Late',
      networks: ['linkedin'],
    });
    expect(late.statusCode).toBe(409);
    expect((await call('GET', '/content-sessions/current')).json().session).toBeNull();
  });

  it('runs the timer on the routine’s batch block of the day, and on one post', async () => {
    context.clock.set(new Date('2026-03-23T09:00:00Z')); // Monday 10:00 in Paris
    const generated = await call('POST', '/routine/generate/reference-week', {
      mode: 'replace',
      startsOn: '2026-03-23',
    });
    expect(generated.statusCode).toBeLessThan(300);
    await call('POST', '/content-sessions', {});
    const timer = (await call('GET', '/timer')).json();
    expect(timer.running.routineBlockId).not.toBeNull();
    expect(timer.running.occurrenceDate).toBe('2026-03-23');

    const draft = await call('POST', '/posts', { text: 'Long read', versions: [{ network: 'linkedin' }] });
    const onPost = await call('POST', '/content-sessions', { postId: draft.json().id });
    expect(onPost.json().posts).toHaveLength(1);
    expect((await call('GET', '/content-sessions/current')).json().session.id).toBe(onPost.json().id);
    context.clock.advance(25 * 60_000);
    const stopped = await call('POST', `/content-sessions/${onPost.json().id}/stop`);
    expect(stopped.json().minutes).toBe(25);
    expect((await call('GET', `/posts/${draft.json().id}`)).json().effortMinutes).toBe(25);
    const efforts = await rows<{ source: string; minutes: number }>(
      sql`select source, minutes from post_efforts where post_id = ${draft.json().id}`,
    );
    expect(efforts).toEqual([{ source: 'post_timer', minutes: 25 }]);
  });
});

describe('approval', () => {
  it('schedules only approved posts, the client approving or asking for changes with a comment', async () => {
    const patched = await call('PATCH', '', { postsNeedApproval: true });
    expect(patched.json().postsNeedApproval).toBe(true);
    const created = await call('POST', '/posts', {
      text: 'Nouvelle carte',
      versions: [{ network: 'linkedin' }],
    });
    const postId = created.json().id;

    const refused = await call(
      'POST',
      `/posts/${postId}/schedule`,
      { date: '2026-03-24', time: '09:00' },
      'fr',
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('Validation nécessaire');
    expect((await call('POST', `/posts/${postId}/queue`)).statusCode).toBe(409);

    const sent = await call('POST', `/posts/${postId}/send-for-approval`, {
      at: { date: '2026-03-24', time: '09:00' },
    });
    expect(sent.json()).toMatchObject({
      status: 'awaiting_approval',
      scheduledAt: '2026-03-24T08:00:00.000Z',
    });
    // The client cannot edit or schedule; members cannot approve their own work.
    expect((await callAs(client, 'PATCH', `/posts/${postId}`, { text: 'Mine' })).statusCode).toBe(403);

    const changes = await callAs(client, 'POST', `/posts/${postId}/request-changes`, {
      comment: 'Le prix, SVP',
    });
    expect(changes.json()).toMatchObject({ status: 'draft', approvedAt: null });
    await call('PATCH', `/posts/${postId}`, { text: 'Nouvelle carte, 18 €' });
    await call('POST', `/posts/${postId}/send-for-approval`, {});
    await callAs(client, 'POST', `/posts/${postId}/comments`, { comment: 'Parfait' });
    const approved = await callAs(client, 'POST', `/posts/${postId}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'scheduled', scheduledAt: '2026-03-24T08:00:00.000Z' });
    expect(approved.json().approvedAt).not.toBeNull();

    const events = (await callAs(client, 'GET', `/posts/${postId}/events`)).json();
    expect(events.map((event: { kind: string }) => event.kind)).toEqual([
      'created',
      'sent_for_approval',
      'changes_requested',
      'edited',
      'sent_for_approval',
      'commented',
      'approved',
      'scheduled',
    ]);
    expect(events[2]).toMatchObject({ comment: 'Le prix, SVP', userId: client.id, userName: client.name });

    // Approved words that change go back to the client, keeping their time.
    const edited = await call('PATCH', `/posts/${postId}`, { text: 'Nouvelle carte, 19 €' });
    expect(edited.json()).toMatchObject({ status: 'awaiting_approval', approvedAt: null });
    expect(edited.json().scheduledAt).toBe('2026-03-24T08:00:00.000Z');
  });

  it('lets managers and clients review, not members; everyone may comment', async () => {
    const member = await signUp(context.app);
    const invitation = await call('POST', '/invitations', { email: member.email, role: 'member' });
    await as(context.app, member, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    await call('PATCH', '', { postsNeedApproval: true });
    const created = await callAs(member, 'POST', '/posts', {
      text: 'Draft',
      versions: [{ network: 'linkedin' }],
    });
    const postId = created.json().id;
    await callAs(member, 'POST', `/posts/${postId}/send-for-approval`, {});
    expect((await callAs(member, 'POST', `/posts/${postId}/approve`, {})).statusCode).toBe(403);
    expect((await callAs(member, 'POST', `/posts/${postId}/comments`, { comment: 'Ready' })).statusCode).toBe(
      201,
    );
    expect((await callAs(client, 'POST', `/posts/${postId}/send-for-approval`, {})).statusCode).toBe(403);
    const approved = await call('POST', `/posts/${postId}/approve`, {});
    expect(approved.json()).toMatchObject({ status: 'ready' });
    expect((await call('POST', `/posts/${postId}/approve`, {})).statusCode).toBe(409);
  });

  it('sends batch posts to the client at their slot when approval is needed', async () => {
    await call('PATCH', '', { postsNeedApproval: true });
    const session = await call('POST', '/content-sessions', {});
    const written = await call('POST', `/content-sessions/${session.json().id}/posts`, {
      text: 'Batch',
      networks: ['linkedin'],
    });
    expect(written.json()).toMatchObject({
      slot: '2026-03-23T08:00:00.000Z',
      post: { status: 'awaiting_approval' },
    });
    // Its proposed slot counts as taken for the next one.
    const next = await call('POST', `/content-sessions/${session.json().id}/posts`, {
      text: 'Batch 2',
      networks: ['linkedin'],
    });
    expect(next.json().slot).toBe('2026-03-25T08:00:00.000Z');
  });
});

describe('by-hand reminder job', () => {
  it('is sent with the scheduling for its minute, and tells only while the post keeps that time', async () => {
    const created = await call('POST', '/posts', { text: 'À la main', versions: [{ network: 'linkedin' }] });
    const postId = created.json().id;
    await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-24', time: '09:00' });
    const jobs = await rows<{ data: { scheduledAt: string }; start_after: Date | string }>(
      sql`select data, start_after from pgboss.job where name = 'post-due-by-hand' and data->>'postId' = ${postId}`,
    );
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0]?.start_after ?? 0).toISOString()).toBe('2026-03-24T08:00:00.000Z');

    const told: DueByHandEvent[] = [];
    const job = createDueByHandJob({
      postsRepository: createPostsRepository(context.database.db),
      clock: context.clock,
      onDueByHand: async (event) => {
        told.push(event);
      },
    });
    const payload = { version: 1 as const, workspaceId, postId, scheduledAt: '2026-03-24T08:00:00.000Z' };
    const run = () => job.handle(payload, { jobId: 'x', tryNumber: 1, signal: new AbortController().signal });
    context.clock.set(new Date('2026-03-24T08:00:30Z'));
    await run();
    expect(told).toEqual([
      expect.objectContaining({
        postId,
        items: [expect.objectContaining({ network: 'linkedin', text: 'À la main' })],
      }),
    ]);

    // Moved: the old job finds another time and says nothing.
    context.clock.set(new Date('2026-03-20T09:00:00Z'));
    await call('POST', `/posts/${postId}/move`, { date: '2026-03-26' });
    context.clock.set(new Date('2026-03-24T08:00:30Z'));
    await run();
    expect(told).toHaveLength(1);
  });
});

describe('demo workspace', () => {
  it('has ideas, posts published with their links, the coming week scheduled, and drafts', async () => {
    const demo = await as(context.app, owner, { method: 'POST', url: '/api/demo-workspace', payload: {} });
    expect(demo.statusCode).toBeLessThan(300);
    const demoId = demo.json().workspaceId ?? demo.json().id;
    const get = (path: string) =>
      as(context.app, owner, { method: 'GET', url: `/api/workspaces/${demoId}${path}` });
    expect((await get('/ideas')).json().length).toBeGreaterThanOrEqual(5);
    const posts = (await get('/posts')).json() as {
      status: string;
      versions: { publishedUrl: string | null }[];
    }[];
    const published = posts.filter((post) => post.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(3);
    expect(published.every((post) => post.versions[0]?.publishedUrl?.startsWith('https://'))).toBe(true);
    expect(posts.filter((post) => post.status === 'scheduled')).toHaveLength(3);
    expect(posts.filter((post) => post.status === 'draft')).toHaveLength(2);
    const plan = (await get('/batch-plan')).json();
    expect(plan.networks.some((line: { scheduled: number }) => line.scheduled > 0)).toBe(true);
  });

  it('can be made at any hour of the week: a Monday after its first slot, a night, a DST Sunday', async () => {
    const instants = [
      '2026-03-23T11:30:00Z', // Monday 12:30 in Paris: the week's first slot is now
      '2026-03-23T21:59:00Z', // Monday 22:59
      '2026-03-22T23:30:00Z', // Monday 00:30
      '2026-03-29T10:00:00Z', // the spring DST Sunday
      '2026-10-25T22:59:00Z', // the autumn DST Sunday, a minute before midnight
    ];
    for (const instant of instants) {
      context.clock.set(new Date(instant));
      const demo = await as(context.app, owner, { method: 'POST', url: '/api/demo-workspace', payload: {} });
      expect(demo.statusCode, `${instant}: ${demo.body}`).toBeLessThan(300);
      const posts = (
        await as(context.app, owner, {
          method: 'GET',
          url: `/api/workspaces/${demo.json().workspaceId}/posts`,
        })
      ).json() as { status: string; scheduledAt: string }[];
      const scheduled = posts.filter((post) => post.status === 'scheduled');
      expect(scheduled).toHaveLength(3);
      expect(scheduled.every((post) => Date.parse(post.scheduledAt) > Date.parse(instant))).toBe(true);
    }
  });
});
