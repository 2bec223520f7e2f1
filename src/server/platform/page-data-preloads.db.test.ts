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
const page = '<!doctype html><html><head><title>Cadence</title></head></html>';
const patterns = [
  '/w/$workspaceId',
  '/w/$workspaceId/routine',
  '/w/$workspaceId/time',
  '/w/$workspaceId/members',
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

/** The addresses the page at `url` names in its `Link` header, for `user`. */
async function preloadsOf(user: TestUser | null, url: string, extraHeaders: Record<string, string> = {}) {
  const response = await as(context.app, user, { url, headers: extraHeaders });
  expect(response.statusCode).toBe(200);
  expect(response.body).toBe(page);
  const link = response.headers.link;
  const addresses = typeof link === 'string' ? [...link.matchAll(/<([^>]+)>/g)].map((match) => match[1]) : [];
  if (addresses.length > 0)
    for (const part of String(link).split(', '))
      expect(part).toMatch(
        /^<\/api\/[^>]+>; rel=preload; as=fetch; crossorigin=anonymous; fetchpriority=low$/,
      );
  return { addresses, response };
}

describe('the data a workspace page names for the browser to fetch with it', () => {
  it("names the frame's and the routine's data for a member, each an address that member may read", async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const { addresses, response } = await preloadsOf(world.owner, `/w/${world.workspaceId}/routine`);
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
    ]);
    // Per person: never answered 304 from another visitor's copy, and says it varies on the cookie.
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers.vary).toContain('cookie');
    for (const address of addresses)
      expect((await as(context.app, world.owner, { url: address })).statusCode, address).toBe(200);
  });

  it("dates the overview's and the time page's data in the workspace's zone", async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const overview = await preloadsOf(world.owner, `/w/${world.workspaceId}`);
    expect(overview.addresses).toContain(`${base}/planned-vs-actual?weekStart=2026-11-23`);
    expect(overview.addresses).toContain(`${base}/routine/occurrences?from=2026-11-29&to=2026-12-05`);
    const time = await preloadsOf(world.owner, `/w/${world.workspaceId}/time`);
    expect(time.addresses).toContain(`${base}/planned-vs-actual/trend?weekStart=2026-11-23&weeks=12`);
    expect(time.addresses).toContain(`${base}/members`);
    for (const address of [...overview.addresses, ...time.addresses])
      expect((await as(context.app, world.owner, { url: address })).statusCode, address).toBe(200);
  });

  it('names only what a viewer may read, and every such address answers the viewer', async () => {
    const time = await preloadsOf(viewer, `/w/${world.workspaceId}/time`);
    // The time page asks for the members only for a manager (time-page-data.ts).
    expect(time.addresses).not.toContain(`/api/workspaces/${world.workspaceId}/members`);
    const overview = await preloadsOf(viewer, `/w/${world.workspaceId}`);
    for (const address of [...time.addresses, ...overview.addresses])
      expect((await as(context.app, viewer, { url: address })).statusCode, address).toBe(200);
  });

  it('names nothing for a visitor, a stranger to the workspace, a forged cookie or an unknown id', async () => {
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

  it("names the frame's data alone on a workspace page without a preload list of its own", async () => {
    const { addresses } = await preloadsOf(world.owner, `/w/${world.workspaceId}/members`);
    expect(addresses).toHaveLength(6);
  });
});
