import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { minutesOfSeconds, shareOut } from '../../../core/content/share-effort.js';
import { selectRows } from '../../platform/sql-rows.js';
import { as, createTestContext, type TestContext, type TestUser } from '../../testing/test-app.js';
import { addMember, createTrackingWorld, type TrackingWorld } from '../tracking/tracking-test-world.js';

/**
 * Time entries linked to posts by hand. The database keeps `posts.effort_minutes` the exact sum
 * of a post's efforts and the links fitted to their entry (migration 0023): after every path
 * that writes time entries, both are checked against the rows themselves.
 */
let context: TestContext;
let world: TrackingWorld;

const toggl = readFileSync(
  new URL('../../../core/imports/fixtures/toggl-detailed-iso-bom.csv', import.meta.url),
  'utf8',
);

/** Every post's effort equals the sum of its rows, and no entry gives more than its minutes. */
async function expectEffortExact(step: string) {
  const db = context.database.db;
  const wrongSums = await selectRows<{ id: string; kept: number; summed: number }>(
    db,
    sql`select p.id, p.effort_minutes as kept, coalesce(sum(f.minutes), 0)::int as summed
        from posts p left join post_efforts f on f.post_id = p.id
        group by p.id having p.effort_minutes <> coalesce(sum(f.minutes), 0)`,
  );
  expect(wrongSums, step).toEqual([]);
  const overfull = await selectRows<{ id: string }>(
    db,
    sql`select e.id from time_entries e join post_efforts f on f.time_entry_id = e.id
        group by e.id
        having sum(f.minutes) > round(extract(epoch from e.ended_at - e.started_at) / 60)
          or bool_or(e.workspace_id <> f.workspace_id)`,
  );
  expect(overfull, step).toEqual([]);
}

async function createPost(text: string, user: TestUser = world.owner): Promise<string> {
  const response = await world.call(
    'POST',
    '/posts',
    { text, versions: [{ network: 'linkedin', text: null }] },
    user,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function createEntry(startedAt: string, durationSeconds: number, user: TestUser = world.owner) {
  const response = await world.call(
    'POST',
    '/time-entries',
    { categoryId: world.categories.blogging, startedAt, durationSeconds },
    user,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const link = (entryId: string, postId: string, minutes?: number, user?: TestUser) =>
  world.call(
    'POST',
    `/time-entries/${entryId}/post-links`,
    { postId, ...(minutes ? { minutes } : {}) },
    user,
  );

async function effortOf(postId: string): Promise<number> {
  const response = await world.call('GET', `/posts/${postId}/efforts`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().totalMinutes;
}

const linkMinutes = async (entryId: string) =>
  (await world.call('GET', `/time-entries/${entryId}/post-links`))
    .json()
    .links.map((item: { minutes: number }) => item.minutes);

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-25T12:00:00Z'));
  world = await createTrackingWorld(context);
  await world.call('PUT', '/strategy/networks', {
    networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }],
  });
});

describe('linking time entries to posts', () => {
  it('links all the minutes by default or a part, never more than the entry, and unlinks', async () => {
    const first = await createPost('Carousel on pricing');
    const second = await createPost('Behind the scenes');
    const entry = await createEntry('2026-11-24T08:00:00Z', 45 * 60);

    const part = await link(entry, first, 30);
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json()).toMatchObject({ entryMinutes: 45, minutesLeft: 15 });
    expect(part.json().links).toEqual([
      expect.objectContaining({
        postId: first,
        minutes: 30,
        excerpt: 'Carousel on pricing',
        status: 'draft',
      }),
    ]);

    // Over what is left: 422 naming the minutes left, in the caller's language.
    const over = await world.call('POST', `/time-entries/${entry}/post-links`, {
      postId: second,
      minutes: 16,
    });
    expect(over.statusCode).toBe(422);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.json()).toMatchObject({ code: 'effort_link_over_entry', errors: [{ path: 'minutes' }] });
    expect(over.json().detail).toContain('15 min left');
    const inFrench = await as(context.app, world.owner, {
      method: 'POST',
      url: `/api/workspaces/${world.workspaceId}/time-entries/${entry}/post-links`,
      payload: { postId: second, minutes: 20 },
      headers: { 'accept-language': 'fr' },
    });
    expect(inFrench.json().detail).toContain('Il reste 15\u00a0min à lier sur cette entrée');

    // The default takes what is left.
    const rest = await link(entry, second);
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json()).toMatchObject({ minutesLeft: 0 });
    expect(await effortOf(first)).toBe(30);
    expect(await effortOf(second)).toBe(15);

    // The same link twice is a conflict, and changes nothing.
    const twice = await link(entry, first, 1);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('effort_link_exists');
    // Nothing left: even one minute is refused.
    const full = await link(entry, await createPost('Third'), 1);
    expect(full.statusCode).toBe(422);
    expect(full.json().detail).toContain('0 min left');
    await expectEffortExact('linked');

    const unlinked = await world.call('DELETE', `/time-entries/${entry}/post-links/${first}`);
    expect(unlinked.statusCode).toBe(204);
    expect(await effortOf(first)).toBe(0);
    expect((await world.call('DELETE', `/time-entries/${entry}/post-links/${first}`)).statusCode).toBe(404);
    expect((await world.call('GET', `/time-entries/${entry}/post-links`)).json()).toMatchObject({
      entryMinutes: 45,
      minutesLeft: 30,
    });
    await expectEffortExact('unlinked');
  });

  it('answers 404 for another workspace’s post or entry, 409 for a running timer, and follows the time rules', async () => {
    const post = await createPost('Ours');
    const entry = await createEntry('2026-11-24T08:00:00Z', 1800);
    const other = await createTrackingWorld(context);
    await other.call('PUT', '/strategy/networks', {
      networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }],
    });
    const foreignPost = (
      await other.call('POST', '/posts', { text: 'Theirs', versions: [{ network: 'linkedin', text: null }] })
    ).json().id;
    const foreignEntry = (
      await other.call('POST', '/time-entries', {
        categoryId: other.categories.blogging,
        startedAt: '2026-11-24T08:00:00Z',
        durationSeconds: 1800,
      })
    ).json().id;
    expect((await link(entry, foreignPost)).statusCode).toBe(404);
    expect((await link(foreignEntry, post)).statusCode).toBe(404);
    expect((await world.call('GET', `/posts/${foreignPost}/efforts`)).statusCode).toBe(404);
    expect((await world.call('GET', `/time-entries/${foreignEntry}/post-links`)).statusCode).toBe(404);

    // A running timer has no minutes yet.
    const started = await world.call('POST', '/timer/start', { categoryId: world.categories.blogging });
    expect(started.statusCode, started.body).toBe(200);
    const running = (await world.call('GET', '/timer')).json().running.id;
    const refused = await link(running, post);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('entry_running');
    context.clock.set(new Date('2026-11-25T12:25:00Z'));
    expect((await world.call('POST', '/timer/stop', {})).statusCode).toBe(200);
    expect((await link(running, post)).json()).toMatchObject({ entryMinutes: 25, minutesLeft: 0 });
    await expectEffortExact('after the timer stopped');

    // Members link their own entries, managers anyone's, viewers nothing.
    const member = await addMember(context, world, 'member');
    const manager = await addMember(context, world, 'manager');
    const viewer = await addMember(context, world, 'viewer');
    expect((await link(entry, post, 5, member)).statusCode).toBe(403);
    expect((await link(entry, post, 5, viewer)).statusCode).toBe(403);
    expect((await link(entry, post, 5, manager)).statusCode).toBe(201);
    const membersEntry = await createEntry('2026-11-24T10:00:00Z', 600, member);
    expect((await link(membersEntry, post, undefined, member)).statusCode).toBe(201);
    expect(
      (await world.call('DELETE', `/time-entries/${entry}/post-links/${post}`, undefined, member)).statusCode,
    ).toBe(403);
    expect((await world.call('GET', `/posts/${post}/efforts`, undefined, viewer)).statusCode).toBe(200);
    await expectEffortExact('linked by several people');
  });

  it('shows the post’s effort by source, and offers the person’s recent entries', async () => {
    const post = await createPost('Weekly tips');
    const session = await world.call('POST', '/content-sessions', { postId: post });
    expect(session.statusCode, session.body).toBe(201);
    context.clock.set(new Date('2026-11-25T12:20:00Z'));
    expect((await world.call('POST', `/content-sessions/${session.json().id}/stop`, {})).statusCode).toBe(
      200,
    );
    const entry = await createEntry('2026-11-23T09:00:00Z', 40 * 60);
    const old = await createEntry('2026-10-01T09:00:00Z', 600);
    expect((await link(entry, post, 25)).statusCode).toBe(201);

    const efforts = (await world.call('GET', `/posts/${post}/efforts`)).json();
    expect(efforts.totalMinutes).toBe(45);
    expect(efforts.efforts).toEqual([
      expect.objectContaining({ source: 'post_timer', minutes: 20, userName: world.owner.name, entry: null }),
      expect.objectContaining({
        source: 'linked_entry',
        minutes: 25,
        startedAt: '2026-11-23T09:00:00Z',
        entry: expect.objectContaining({ id: entry, minutes: 40, categoryId: world.categories.blogging }),
      }),
    ]);

    const linkable = (await world.call('GET', `/posts/${post}/linkable-entries`)).json();
    const offered = linkable.find((item: { id: string }) => item.id === entry);
    expect(offered).toMatchObject({ minutes: 40, minutesLeft: 15, isLinkedToPost: true });
    // The timer's own entry is offered too (its minutes went to the post as a timer, not a link).
    expect(linkable.some((item: { id: string }) => item.id === old)).toBe(false);
    expect(linkable.map((item: { startedAt: string }) => item.startedAt)).toEqual(
      [...linkable.map((item: { startedAt: string }) => item.startedAt)].sort().reverse(),
    );
  });
});

/** The rule the database applies when an entry's minutes change (the oracle of the trigger). */
function refitted(oldMinutes: number, newMinutes: number, links: number[]): number[] {
  const linked = links.reduce((sum, minutes) => sum + minutes, 0);
  if (linked === 0 || (linked !== oldMinutes && linked <= newMinutes)) return links;
  return shareOut(newMinutes, links.length, links).filter((minutes) => minutes > 0);
}

describe('linked minutes follow their entry', () => {
  it('refits the links when the entry is edited: whole links follow, links over it shrink in proportion', async () => {
    const posts = [await createPost('A'), await createPost('B'), await createPost('C')];
    const whole = await createEntry('2026-11-24T08:00:00Z', 60 * 60);
    expect((await link(whole, posts[0] as string)).statusCode).toBe(201);
    const parts = await createEntry('2026-11-24T10:00:00Z', 60 * 60);
    expect((await link(parts, posts[1] as string, 30)).statusCode).toBe(201);
    expect((await link(parts, posts[2] as string, 10)).statusCode).toBe(201);

    const starts = new Map<string, string>();
    const edit = async (entryId: string, seconds: number) => {
      const startedAt =
        starts.get(entryId) ??
        (await world.call('GET', '/time-entries'))
          .json()
          .entries.find((item: { id: string }) => item.id === entryId).startedAt;
      starts.set(entryId, startedAt);
      const endedAt = new Date(Date.parse(startedAt) + seconds * 1000).toISOString();
      return world.call('PATCH', `/time-entries/${entryId}`, { endedAt });
    };
    // Grown: the whole link follows; the parts still fit and stay.
    expect((await edit(whole, 90 * 60)).statusCode).toBe(200);
    expect((await edit(parts, 90 * 60)).statusCode).toBe(200);
    expect(await linkMinutes(whole)).toEqual([90]);
    expect(await linkMinutes(parts)).toEqual([30, 10]);
    await expectEffortExact('grown');
    // Shrunk below the parts (40 linked, 25 left): scaled down in proportion, 25 in all.
    expect((await edit(parts, 25 * 60)).statusCode).toBe(200);
    expect(await linkMinutes(parts)).toEqual(refitted(90, 25, [30, 10]));
    expect(await linkMinutes(parts)).toEqual([19, 6]);
    expect(await effortOf(posts[1] as string)).toBe(19);
    // A change of seconds that keeps the whole minutes changes nothing; a note neither.
    expect((await edit(parts, 25 * 60 + 20)).statusCode).toBe(200);
    expect((await world.call('PATCH', `/time-entries/${parts}`, { note: 'Renamed' })).statusCode).toBe(200);
    expect(await linkMinutes(parts)).toEqual([19, 6]);
    // Shrunk to a minute: the smaller link falls to 0 and is removed.
    expect((await edit(parts, 60)).statusCode).toBe(200);
    expect(await linkMinutes(parts)).toEqual([1]);
    expect(await effortOf(posts[2] as string)).toBe(0);
    await expectEffortExact('shrunk');

    // Random edits agree with the rule, and keep every sum exact.
    let seed = 7;
    const next = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed;
    };
    const entry = await createEntry('2026-11-24T14:00:00Z', 120 * 60);
    for (const [index, post] of posts.entries())
      expect((await link(entry, post, [50, 40, 30][index])).statusCode).toBe(201);
    let seconds = 120 * 60;
    for (let step = 0; step < 12; step += 1) {
      const before = await linkMinutes(entry);
      const nextSeconds = 60 + (next() % (150 * 60));
      expect((await edit(entry, nextSeconds)).statusCode).toBe(200);
      expect(await linkMinutes(entry), `step ${step}`).toEqual(
        refitted(minutesOfSeconds(seconds), minutesOfSeconds(nextSeconds), before),
      );
      seconds = nextSeconds;
      await expectEffortExact(`random edit ${step}`);
    }

    // Deleted: its links go with it.
    const beforeDelete = await effortOf(posts[0] as string);
    expect((await world.call('DELETE', `/time-entries/${whole}`)).statusCode).toBe(204);
    expect(await effortOf(posts[0] as string)).toBe(beforeDelete - 90);
    await expectEffortExact('entry deleted');
  });

  it('follows the timesheet grid, a tracker import and its undo, a departure and a deleted post', async () => {
    const post = await createPost('Grid post');
    const cell = (seconds: number) =>
      world.call('PUT', '/timesheet/cell', {
        categoryId: world.categories.veille,
        date: '2026-11-23',
        seconds,
      });
    expect((await cell(3600)).statusCode).toBe(200);
    const gridEntry = (await world.call('GET', '/time-entries?origin=grid')).json().entries[0].id;
    expect((await link(gridEntry, post)).statusCode).toBe(201);
    expect((await cell(5400)).statusCode).toBe(200);
    expect(await effortOf(post)).toBe(90);
    await expectEffortExact('grid grown');
    expect((await cell(0)).statusCode).toBe(200);
    expect(await effortOf(post)).toBe(0);
    await expectEffortExact('grid emptied');

    const mapping = {
      byTag: { Communication: world.categories.communication, Blogging: world.categories.blogging },
      byProject: { Veille: world.categories.veille },
      fallbackCategoryId: null,
    };
    const imported = await world.call('POST', '/imports', { fileName: 'toggl.csv', text: toggl, mapping });
    expect(imported.statusCode, imported.body).toBe(200);
    const importedEntry = (await world.call('GET', '/time-entries?origin=import')).json().entries[0];
    expect((await link(importedEntry.id, post, 5)).statusCode).toBe(201);
    expect(await effortOf(post)).toBe(5);
    const [batch] = (await world.call('GET', '/imports')).json();
    expect((await world.call('DELETE', `/imports/${batch.id}`)).statusCode).toBe(204);
    expect(await effortOf(post)).toBe(0);
    await expectEffortExact('import undone');

    // A departure: the member's time stays, and so does what it gave the post.
    const member = await addMember(context, world, 'member');
    const membersEntry = await createEntry('2026-11-24T10:00:00Z', 1200, member);
    expect((await link(membersEntry, post, undefined, member)).statusCode).toBe(201);
    expect((await world.call('DELETE', `/members/${member.id}`)).statusCode).toBe(204);
    expect(await effortOf(post)).toBe(20);
    await expectEffortExact('member removed');

    // The post deleted: its links go, the entry stays whole to link elsewhere.
    expect((await world.call('DELETE', `/posts/${post}`)).statusCode).toBe(204);
    expect((await world.call('GET', `/time-entries/${membersEntry}/post-links`)).json()).toMatchObject({
      minutesLeft: 20,
      links: [],
    });
    await expectEffortExact('post deleted');
  });

  it('travels in a workspace archive, its entries and posts remapped', async () => {
    const post = await createPost('Archived post');
    const entry = await createEntry('2026-11-24T08:00:00Z', 50 * 60);
    expect((await link(entry, post, 35)).statusCode).toBe(201);
    const exported = await world.call('GET', '/export');
    expect(exported.statusCode).toBe(200);
    const imported = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspace-imports?dryRun=false',
      headers: { 'content-type': 'application/gzip' },
      payload: exported.rawPayload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const copyId = imported.json().workspaceId as string;
    const inCopy = (path: string) =>
      as(context.app, world.owner, { method: 'GET', url: `/api/workspaces/${copyId}${path}` });
    const [copiedPost] = (await inCopy('/posts')).json();
    expect(copiedPost.id).not.toBe(post);
    expect(copiedPost.effortMinutes).toBe(35);
    const efforts = (await inCopy(`/posts/${copiedPost.id}/efforts`)).json();
    expect(efforts.efforts).toEqual([expect.objectContaining({ source: 'linked_entry', minutes: 35 })]);
    const copiedEntry = efforts.efforts[0].entry.id;
    expect(copiedEntry).not.toBe(entry);
    expect((await inCopy(`/time-entries/${copiedEntry}/post-links`)).json()).toMatchObject({
      entryMinutes: 50,
      minutesLeft: 15,
    });
    await expectEffortExact('after the workspace import');
  });
});
