import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTrackingWorld,
  type TrackingWorld,
} from '../modules/tracking/tracking-test-world.js';
import { as, createTestContext, signUp, type TestContext, type TestUser } from '../testing/test-app.js';

// A miniature build: the page and the workspace pages' patterns, as write-route-preloads.mjs writes them.
const webRoot = mkdtempSync(path.join(tmpdir(), 'cadence-web-'));
const page = '<!doctype html><html><head><title>Cadence</title></head><body></body></html>';
const patterns = [
  '/w/$workspaceId',
  '/w/$workspaceId/routine',
  '/w/$workspaceId/time',
  '/w/$workspaceId/members',
  '/w/$workspaceId/settings',
  '/w/$workspaceId/posts/$postId',
  '/w/$workspaceId/review',
];

let context: TestContext;
let world: TrackingWorld;
let viewer: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  writeFileSync(path.join(webRoot, 'index.html'), page);
  writeFileSync(
    path.join(webRoot, 'route-preloads.json'),
    JSON.stringify(patterns.map((pattern) => ({ pattern, scripts: [], styles: [] }))),
  );
  context = await createTestContext({ webRoot });
  // Sunday evening in Paris (Monday in UTC+14): the workspace's own date decides the week.
  context.clock.set(new Date('2026-11-29T21:30:00Z'));
  world = await createTrackingWorld(context);
  viewer = await addMember(context, world, 'viewer');
  stranger = await signUp(context.app);
}, 60_000);
afterAll(async () => {
  await context.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** The answers the page at `url` carries for `user`, by address (page-data-answers.ts). */
async function preloadsOf(user: TestUser | null, url: string, extraHeaders: Record<string, string> = {}) {
  const response = await as(context.app, user, { url, headers: extraHeaders });
  expect(response.statusCode).toBe(200);
  expect(response.headers.link).toBeUndefined();
  const written = /<script type="application\/json" id="cadence-page-answers">(.*)<\/script>/.exec(
    response.body,
  );
  expect(response.body.replace(/\s*<script type="application\/json"[\s\S]*<\/script>\s*/, '')).toBe(page);
  const answers = new Map(Object.entries(JSON.parse(written?.[1] ?? '{}') as Record<string, unknown>));
  return { addresses: [...answers.keys()], answers, response };
}

/** Each carried answer is what `user`'s own GET of its address reads. */
async function expectSameAsFetched(user: TestUser, answers: Map<string, unknown>) {
  for (const [address, answer] of answers) {
    const fetched = await as(context.app, user, { url: address });
    expect(fetched.statusCode, address).toBe(200);
    expect(answer, address).toEqual(fetched.json());
  }
}

describe('the data a workspace page carries', () => {
  it("carries the frame's and the routine's data for a member, each as that member's own GET reads it", async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const { addresses, answers, response } = await preloadsOf(world.owner, `/w/${world.workspaceId}/routine`);
    expect(addresses).toEqual([
      '/api/session',
      base,
      `${base}/timer`,
      `${base}/categories`,
      '/api/workspaces',
      `${base}/time-entries?userId=${world.owner.id}&page=1&pageSize=2`,
      `${base}/routine/blocks`,
      `${base}/routine/comparison`,
      `${base}/calendar-feeds`,
      // A phone's three days from the workspace's Sunday, and a wider screen's week.
      `${base}/routine/occurrences?from=2026-11-29&to=2026-12-01`,
      `${base}/routine/occurrences?from=2026-11-23&to=2026-11-29`,
    ]);
    // Per person: never answered 304 from another visitor's copy, kept by no shared cache.
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers.vary).toContain('cookie');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    await expectSameAsFetched(world.owner, answers);
  });

  it("dates the overview's and the time page's data in the workspace's zone", async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const overview = await preloadsOf(world.owner, `/w/${world.workspaceId}`);
    expect(overview.addresses).toContain(`${base}/planned-vs-actual?weekStart=2026-11-23`);
    expect(overview.addresses).toContain(`${base}/routine/occurrences?from=2026-11-29&to=2026-12-05`);
    const time = await preloadsOf(world.owner, `/w/${world.workspaceId}/time`);
    expect(time.addresses).toContain(`${base}/planned-vs-actual/trend?weekStart=2026-11-23&weeks=12`);
    expect(time.addresses).toContain(`${base}/members`);
    await expectSameAsFetched(world.owner, overview.answers);
    await expectSameAsFetched(world.owner, time.answers);
  });

  it('carries only what a viewer may read, as the viewer reads it', async () => {
    const time = await preloadsOf(viewer, `/w/${world.workspaceId}/time`);
    // The time page asks for the members only for a manager (time-page-data.ts).
    expect(time.addresses).not.toContain(`/api/workspaces/${world.workspaceId}/members`);
    const overview = await preloadsOf(viewer, `/w/${world.workspaceId}`);
    await expectSameAsFetched(viewer, time.answers);
    await expectSameAsFetched(viewer, overview.answers);
  });

  it('carries nothing for a visitor, a stranger to the workspace, a forged cookie or an unknown id', async () => {
    const url = `/w/${world.workspaceId}/routine`;
    const anonymous = await preloadsOf(null, url);
    expect(anonymous.addresses).toEqual([]);
    expect(anonymous.response.headers.etag).toMatch(/^".+"$/);
    expect((await preloadsOf(stranger, url)).addresses).toEqual([]);
    expect(
      (await preloadsOf(null, url, { cookie: 'better-auth.session_token=forged.signature' })).addresses,
    ).toEqual([]);
    expect(
      (await preloadsOf(world.owner, '/w/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d/routine')).addresses,
    ).toEqual([]);
    expect((await preloadsOf(world.owner, '/w/not-an-id/routine')).addresses).toEqual([]);
  });

  it("carries the frame's data alone on a workspace page without a list of its own", async () => {
    const { addresses } = await preloadsOf(world.owner, `/w/${world.workspaceId}/settings`);
    expect(addresses).toHaveLength(6);
  });

  it("carries the post editor's post and its panels' data, and nothing of an id that is not its workspace's post", async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const created = await as(context.app, world.owner, {
      method: 'POST',
      url: `${base}/posts`,
      payload: { text: 'Les coulisses de la collection', versions: [] },
    });
    expect(created.statusCode).toBe(201);
    const postId = (created.json() as { id: string }).id;
    const editor = await preloadsOf(world.owner, `/w/${world.workspaceId}/posts/${postId}`);
    expect(editor.addresses).toEqual(
      expect.arrayContaining([
        `${base}/posts/${postId}`,
        `${base}/posts/${postId}/publications`,
        `${base}/posts/${postId}/events`,
        `${base}/posts/${postId}/efforts`,
        `${base}/posts/${postId}/linkable-entries`,
        `${base}/personas`,
      ]),
    );
    await expectSameAsFetched(world.owner, editor.answers);
    // A viewer reads the post, not the entries a writer could link to it.
    const seen = await preloadsOf(viewer, `/w/${world.workspaceId}/posts/${postId}`);
    expect(seen.addresses).toContain(`${base}/posts/${postId}`);
    expect(seen.addresses).not.toContain(`${base}/posts/${postId}/linkable-entries`);
    await expectSameAsFetched(viewer, seen.answers);
    // An unknown post answers 404 to the page's own GET: nothing of it is carried.
    const unknown = await preloadsOf(
      world.owner,
      `/w/${world.workspaceId}/posts/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d`,
    );
    expect(unknown.addresses.filter((address) => address.includes('/posts/'))).toEqual([]);
  });

  it('carries the review of the week in the address', async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const review = await preloadsOf(world.owner, `/w/${world.workspaceId}/review?week=2026-11-11`);
    expect(review.addresses).toContain(`${base}/review?week=2026-11-11`);
    await expectSameAsFetched(world.owner, review.answers);
  });
});
