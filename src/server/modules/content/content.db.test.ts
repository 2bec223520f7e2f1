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

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  payload?: object,
  language = 'en',
) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': language },
  });

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 3, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 2, priority: 2 },
    ],
  });
});

async function pillarIds() {
  const view = await call('PUT', '/strategy/pillars', {
    pillars: [
      { name: 'Conseils', sharePercent: 60 },
      { name: 'Coulisses', sharePercent: 40 },
    ],
  });
  return view.json().pillars.map((pillar: { id: string }) => pillar.id) as string[];
}

describe('idea notebook', () => {
  it('captures, searches, filters and archives ideas', async () => {
    const [conseils] = await pillarIds();
    const first = await call('POST', '/ideas', {
      text: 'Recette du 100 % fait maison',
      link: 'https://exemple.fr/recette',
      pillarId: conseils,
      tags: ['recette', 'Recette', 'hiver'],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'new', tags: ['recette', 'hiver'], network: null });
    await call('POST', '/ideas', { text: 'Coulisses de la cuisine', network: 'bluesky' });

    expect((await call('GET', '/ideas?q=100%20%25')).json()).toHaveLength(1);
    expect((await call('GET', '/ideas?q=exemple.fr')).json()).toHaveLength(1);
    expect((await call('GET', '/ideas?network=bluesky')).json()[0].text).toBe('Coulisses de la cuisine');
    expect((await call('GET', `/ideas?pillarId=${conseils}`)).json()).toHaveLength(1);
    expect((await call('GET', '/ideas?tag=hiver')).json()).toHaveLength(1);

    await call('PATCH', `/ideas/${first.json().id}`, { status: 'archived' });
    expect((await call('GET', '/ideas')).json()).toHaveLength(1);
    expect((await call('GET', '/ideas?status=archived')).json()).toHaveLength(1);
  });

  it("refuses another workspace's pillar, and keeps pillar ids when the editorial line is edited", async () => {
    const [conseils, coulisses] = await pillarIds();
    const stranger = await signUp(context.app);
    const otherWorkspace = await createWorkspaceFor(context.app, stranger, 'Other');
    const foreign = await as(context.app, stranger, {
      method: 'PUT',
      url: `/api/workspaces/${otherWorkspace}/strategy/pillars`,
      payload: { pillars: [{ name: 'Theirs', sharePercent: 100 }] },
    });
    const refused = await call('POST', '/ideas', { text: 'x', pillarId: foreign.json().pillars[0].id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'pillar_unknown', errors: [{ path: 'pillarId' }] });

    const idea = await call('POST', '/ideas', { text: 'Filed', pillarId: coulisses });
    const edited = await call('PUT', '/strategy/pillars', {
      pillars: [
        { id: conseils, name: 'Conseils pratiques', sharePercent: 50 },
        { id: coulisses, name: 'Coulisses', sharePercent: 50 },
      ],
    });
    expect(edited.json().pillars.map((pillar: { id: string }) => pillar.id)).toEqual([conseils, coulisses]);
    expect((await call('GET', '/ideas')).json()[0]).toMatchObject({
      id: idea.json().id,
      pillarId: coulisses,
    });
  });
});

describe('posts', () => {
  it('turns an idea into a draft on its network and marks the idea planned', async () => {
    const idea = await call('POST', '/ideas', { text: 'Nouvelle carte', network: 'bluesky' });
    const post = await call('POST', `/ideas/${idea.json().id}/post`);
    expect(post.statusCode).toBe(201);
    expect(post.json()).toMatchObject({ text: 'Nouvelle carte', status: 'draft', ideaId: idea.json().id });
    expect(post.json().versions.map((version: { network: string }) => version.network)).toEqual(['bluesky']);
    expect((await call('GET', '/ideas')).json()[0].status).toBe('planned');

    const general = await call('POST', '/ideas', { text: 'Pour tous' });
    const everywhere = await call('POST', `/ideas/${general.json().id}/post`);
    expect(everywhere.json().versions.map((version: { network: string }) => version.network)).toEqual([
      'linkedin',
      'bluesky',
    ]);
  });

  it('refuses to schedule over a network limit, naming the network, in French and English', async () => {
    const post = await call('POST', '/posts', {
      text: 'a'.repeat(301),
      versions: [{ network: 'linkedin' }, { network: 'bluesky' }],
    });
    const english = await call('POST', `/posts/${post.json().id}/schedule`, {
      date: '2026-03-30',
      time: '09:00',
    });
    expect(english.statusCode).toBe(422);
    expect(english.json()).toMatchObject({ code: 'post_too_long', title: 'Too long for Bluesky' });
    expect(english.json().detail).toContain('301');
    const french = await call(
      'POST',
      `/posts/${post.json().id}/schedule`,
      { date: '2026-03-30', time: '09:00' },
      'fr',
    );
    expect(french.json().title).toBe('Trop long pour Bluesky');

    // A shorter Bluesky version makes it fit; LinkedIn keeps the long main text.
    await call('PATCH', `/posts/${post.json().id}`, {
      versions: [
        { network: 'linkedin', text: null },
        { network: 'bluesky', text: 'Court 👩‍👩‍👧‍👦' },
      ],
    });
    const scheduled = await call('POST', `/posts/${post.json().id}/schedule`, {
      date: '2026-03-30',
      time: '09:00',
    });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', scheduledAt: '2026-03-30T07:00:00.000Z' });

    const tooLong = await call('PATCH', `/posts/${post.json().id}`, {
      versions: [{ network: 'bluesky', text: '🇫🇷'.repeat(301) }],
    });
    expect(tooLong.json()).toMatchObject({ code: 'post_too_long', title: 'Too long for Bluesky' });
  });

  it('refuses networks outside the strategy, empty posts and past times', async () => {
    const outside = await call('POST', '/posts', { text: 'x', versions: [{ network: 'x' }] });
    expect(outside.json()).toMatchObject({ code: 'network_not_in_strategy' });
    const bare = await call('POST', '/posts', { text: 'x', versions: [] });
    const noNetwork = await call('POST', `/posts/${bare.json().id}/schedule`, {
      date: '2026-04-01',
      time: '09:00',
    });
    expect(noNetwork.json().code).toBe('post_without_network');
    const post = await call('POST', '/posts', { text: 'x', versions: [{ network: 'linkedin' }] });
    const past = await call('POST', `/posts/${post.json().id}/schedule`, {
      date: '2026-03-19',
      time: '09:00',
    });
    expect(past.json().code).toBe('post_time_past');
  });

  it('moves a post to another day at the same local time across the October change', async () => {
    context.clock.set(new Date('2026-10-20T09:00:00Z'));
    const post = await call('POST', '/posts', { text: 'Bonjour', versions: [{ network: 'linkedin' }] });
    await call('POST', `/posts/${post.json().id}/schedule`, { date: '2026-10-24', time: '09:30' });
    const moved = await call('POST', `/posts/${post.json().id}/move`, { date: '2026-10-26' });
    // 09:30 in Paris: 07:30 UTC in summer time, 08:30 UTC in winter time.
    expect(moved.json().scheduledAt).toBe('2026-10-26T08:30:00.000Z');
    const inRange = await call('GET', '/posts?from=2026-10-26&to=2026-10-27');
    expect(inRange.json().map((item: { id: string }) => item.id)).toEqual([post.json().id]);
    expect((await call('GET', '/posts?from=2026-10-24&to=2026-10-26')).json()).toEqual([]);
  });

  it('queues posts into the next free slots, across the March change', async () => {
    const view = await call('GET', '/posting-slots');
    expect(
      view.json().proposal.filter((slot: { network: string }) => slot.network === 'linkedin'),
    ).toHaveLength(3);
    await call('PUT', '/posting-slots', {
      slots: [
        { network: 'linkedin', weekday: 1, time: '09:00' },
        { network: 'linkedin', weekday: 5, time: '09:00' },
      ],
    });
    const times: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const post = await call('POST', '/posts', {
        text: `Post ${index}`,
        versions: [{ network: 'linkedin' }],
      });
      times.push((await call('POST', `/posts/${post.json().id}/queue`)).json().scheduledAt);
    }
    // Friday 20 March 10:00 local: the slot at 09:00 is past; Monday 23, Friday 27, then Monday 30
    // after the change, still 09:00 local.
    expect(times).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    const bluesky = await call('POST', '/posts', { text: 'B', versions: [{ network: 'bluesky' }] });
    expect((await call('POST', `/posts/${bluesky.json().id}/queue`)).json().code).toBe('queue_without_slot');
  });

  it('asks to publish by hand when the time comes, then records the URL', async () => {
    const idea = await call('POST', '/ideas', { text: 'Idée', network: 'linkedin' });
    const post = await call('POST', `/ideas/${idea.json().id}/post`);
    await call('POST', `/posts/${post.json().id}/schedule`, { date: '2026-03-20', time: '11:00' });
    expect((await call('GET', '/posts/due-by-hand')).json()).toEqual([]);

    context.clock.set(new Date('2026-03-20T10:00:00Z'));
    const due = await call('GET', '/posts/due-by-hand');
    expect(due.json()).toEqual([
      {
        postId: post.json().id,
        network: 'linkedin',
        text: 'Idée',
        link: null,
        scheduledAt: '2026-03-20T10:00:00.000Z',
      },
    ]);
    expect((await call('GET', `/posts/${post.json().id}`)).json().status).toBe('to_publish_by_hand');

    const published = await call('POST', `/posts/${post.json().id}/versions/linkedin/published`, {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
    });
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(published.json().versions[0]).toMatchObject({
      status: 'published',
      publishedUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
    });
    expect((await call('GET', '/posts/due-by-hand')).json()).toEqual([]);
    expect((await call('GET', '/ideas?status=used')).json()).toHaveLength(1);
    const notLink = await call('POST', `/posts/${post.json().id}/versions/linkedin/published`, {
      url: 'javascript:alert(1)',
    });
    expect(notLink.statusCode).toBe(400);
  });
});

describe('CSV import (Hootsuite bulk shape)', () => {
  const csv = [
    'date,time,text,link',
    '23/03/2026,09:00,Nouvelle fournée,https://exemple.fr/pain',
    '30/03/2026,09:00,Après le changement d’heure,',
    '31/02/2026,09:00,Date impossible,',
    '19/03/2026,09:00,Déjà passé,',
    `24/03/2026,10:00,${'a'.repeat(301)},`,
  ].join('\n');

  it('previews each row with its line and reason, then imports the good ones once', async () => {
    const preview = await call('POST', '/posts/import/preview', { text: csv }, 'fr');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ ready: 2, duplicates: 0, errors: 3, imported: 0 });
    expect(
      preview.json().rows.map((row: { line: number; status: string }) => [row.line, row.status]),
    ).toEqual([
      [2, 'ready'],
      [3, 'ready'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(preview.json().rows[4].message).toContain('Bluesky');
    expect((await call('GET', '/posts')).json()).toEqual([]);

    const first = await call('POST', '/posts/import', { text: csv });
    expect(first.json()).toMatchObject({ imported: 2, errors: 3 });
    const posts = (await call('GET', '/posts')).json();
    expect(posts.map((post: { scheduledAt: string }) => post.scheduledAt)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(posts[0]).toMatchObject({ status: 'scheduled', link: 'https://exemple.fr/pain' });
    expect(posts[0].versions.map((version: { network: string }) => version.network)).toEqual([
      'linkedin',
      'bluesky',
    ]);

    const again = await call('POST', '/posts/import', { text: csv });
    expect(again.json()).toMatchObject({ imported: 0, duplicates: 2 });
    expect((await call('GET', '/posts')).json()).toHaveLength(2);
  });
});
