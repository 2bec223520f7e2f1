import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

// Rush mode's notebook ideas for the empty slots, through the API.
let context: TestContext;
let owner: TestUser;
let workspaceId: string;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
const call = (method: Method, path: string, payload?: object, language = 'en') =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': language },
  });
const createIdea = async (body: object) => {
  const created = await call('POST', '/ideas', body);
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
};
type Line = { network: string; state: string; slot: { instant: string } | null; draftPostId: string | null };
const lineOf = (body: { networks: Line[] }, network: string) =>
  body.networks.find((line) => line.network === network);

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  // Monday 23 March 2026, 07:00 in Paris; the clocks go forward on Sunday 29 March.
  context.clock.set(new Date('2026-03-23T06:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 3, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 2, priority: 2 },
      { network: 'instagram', targetPostsPerWeek: null, priority: 3 },
    ],
  });
  await call('PUT', '/posting-slots', {
    slots: [
      { network: 'linkedin', weekday: 3, time: '09:00' },
      { network: 'bluesky', weekday: 7, time: '12:30' },
    ],
  });
});

describe('rush ideas', () => {
  it('offers notebook ideas for each empty network, the neglected pillar first, and makes a draft in the slot', async () => {
    const pillars = await call('PUT', '/strategy/pillars', {
      pillars: [
        { name: 'Conseils', sharePercent: 50 },
        { name: 'Coulisses', sharePercent: 50 },
      ],
    });
    const [tips, behind] = pillars.json().pillars.map((pillar: { id: string }) => pillar.id) as string[];
    // LinkedIn gets its post this week (a tip, so the tips pillar is the one served).
    const post = await call('POST', '/posts', {
      text: 'Trois conseils pour la semaine',
      pillarId: tips,
      versions: [{ network: 'linkedin' }],
    });
    const scheduled = await call('POST', `/posts/${post.json().id}/schedule`, {
      date: '2026-03-25',
      time: '09:00',
    });
    expect(scheduled.statusCode).toBe(200);
    const tipIdea = await createIdea({ text: 'Un conseil de plus', pillarId: tips });
    const behindIdea = await createIdea({ text: 'L’atelier un lundi matin', pillarId: behind });
    const linkedinOnly = await createIdea({ text: 'Un article long', network: 'linkedin' });
    const archived = await createIdea({ text: 'Une vieille idée', status: 'archived' });

    const ideas = await call('GET', '/rush-ideas');
    expect(ideas.statusCode).toBe(200);
    expect(ideas.json()).toMatchObject({ weekStart: '2026-03-23', timeZone: 'Europe/Paris' });
    // Instagram has no target: a rush week asks nothing of it.
    expect(ideas.json().networks.map((line: Line) => line.network)).toEqual(['linkedin', 'bluesky']);
    expect(lineOf(ideas.json(), 'linkedin')).toMatchObject({ state: 'covered', ideas: [] });
    const bluesky = lineOf(ideas.json(), 'bluesky') as Line & { ideas: { id: string }[] };
    // Sunday 29 March 12:30 is summer time already: 10:30 UTC.
    expect(bluesky).toMatchObject({
      state: 'empty',
      slot: { instant: '2026-03-29T10:30:00Z', time: '12:30' },
    });
    expect(bluesky.ideas.map((idea) => idea.id)).toEqual([behindIdea, tipIdea]);

    // Refusals name what is wrong, and change nothing.
    const covered = await call('POST', `/rush-ideas/${behindIdea}/draft`, {
      network: 'linkedin',
      week: '2026-03-25',
    });
    expect(covered.statusCode).toBe(409);
    expect(covered.json().code).toBe('rush_slot_filled');
    const wrongNetwork = await call('POST', `/rush-ideas/${linkedinOnly}/draft`, {
      network: 'bluesky',
      week: '2026-03-23',
    });
    expect(wrongNetwork.statusCode).toBe(422);
    expect(wrongNetwork.json().code).toBe('idea_not_for_network');
    const archivedDraft = await call('POST', `/rush-ideas/${archived}/draft`, {
      network: 'bluesky',
      week: '2026-03-23',
    });
    expect(archivedDraft.json().code).toBe('idea_not_for_network');
    const noTarget = await call(
      'POST',
      `/rush-ideas/${behindIdea}/draft`,
      { network: 'instagram', week: '2026-03-23' },
      'fr',
    );
    expect(noTarget.statusCode).toBe(422);
    expect(noTarget.json().detail).toContain('Instagram n’a pas d’objectif de publication');
    const badBody = await call('POST', `/rush-ideas/${behindIdea}/draft`, {
      network: 'bluesky',
      week: 'lundi',
    });
    expect(badBody.statusCode).toBe(400);
    expect((await call('GET', '/posts')).json()).toHaveLength(1);

    // One click: a draft of the idea for Bluesky, at the empty Sunday slot.
    const drafted = await call('POST', `/rush-ideas/${behindIdea}/draft`, {
      network: 'bluesky',
      week: '2026-03-23',
    });
    expect(drafted.statusCode).toBe(201);
    expect(drafted.json()).toMatchObject({
      text: 'L’atelier un lundi matin',
      pillarId: behind,
      ideaId: behindIdea,
      status: 'draft',
      scheduledAt: '2026-03-29T10:30:00.000Z',
    });
    expect(drafted.json().versions.map((version: { network: string }) => version.network)).toEqual([
      'bluesky',
    ]);
    const idea = (await call('GET', '/ideas')).json().find((item: { id: string }) => item.id === behindIdea);
    expect(idea.status).toBe('planned');

    // The slot now holds the draft: shown as waiting, and a second click makes no second draft.
    const after = await call('GET', '/rush-ideas?week=2026-03-29');
    expect(lineOf(after.json(), 'bluesky')).toMatchObject({
      state: 'draft_waiting',
      draftPostId: drafted.json().id,
    });
    const again = await call('POST', `/rush-ideas/${tipIdea}/draft`, {
      network: 'bluesky',
      week: '2026-03-23',
    });
    expect(again.statusCode).toBe(409);
    expect((await call('GET', '/posts')).json()).toHaveLength(2);

    // The week after is untouched: Bluesky's slot there is empty again.
    const nextWeek = await call('GET', '/rush-ideas?week=2026-03-30');
    expect(lineOf(nextWeek.json(), 'bluesky')).toMatchObject({
      state: 'empty',
      slot: { instant: '2026-04-05T10:30:00Z' },
    });
  });

  it('says when the notebook is empty or the week has no slot left, and still makes a draft without a time', async () => {
    // Sunday 29 March, 13:00 summer time: the Sunday slot has passed.
    context.clock.set(new Date('2026-03-29T11:00:00Z'));
    const empty = await call('GET', '/rush-ideas');
    expect(lineOf(empty.json(), 'bluesky')).toMatchObject({ state: 'empty', slot: null, ideas: [] });
    const ideaId = await createIdea({ text: 'Une photo du comptoir', network: 'bluesky' });
    const drafted = await call('POST', `/rush-ideas/${ideaId}/draft`, {
      network: 'bluesky',
      week: '2026-03-29',
    });
    expect(drafted.statusCode).toBe(201);
    expect(drafted.json()).toMatchObject({ status: 'draft', scheduledAt: null });
  });

  it('uses the slots proposed from the target for a network whose slots were never saved', async () => {
    await call('PUT', '/posting-slots', { slots: [{ network: 'linkedin', weekday: 3, time: '09:00' }] });
    // Bluesky, two a week, is proposed Tuesday and Thursday at 09:00.
    const ideas = await call('GET', '/rush-ideas');
    expect(lineOf(ideas.json(), 'bluesky')).toMatchObject({
      state: 'empty',
      slot: { instant: '2026-03-24T08:00:00Z', time: '09:00' },
    });
  });
});
