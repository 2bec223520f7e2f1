import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '../platform/access.js';
import { buildSampleWorld, fillPath, type SampleWorld } from '../testing/sample-world.js';
import { as, createTestContext, createWorkspaceFor, type TestContext } from '../testing/test-app.js';

/**
 * Every /api route, taken from Fastify's own route table, is called by the wrong people:
 * - nobody signed in -> 401 (public routes excepted, and those are listed here on purpose);
 * - a member of another workspace, with this workspace's ids -> 404 (it does not exist for them);
 * - a member of another workspace, with their own workspace id but this workspace's sub-ids -> 404;
 * - a viewer, on any route needing more than read access -> 403.
 * A new route is covered without anyone remembering to add it; a route with a new path
 * parameter or a body fails here until the matrix knows how to fill it.
 */

const publicRoutes = new Set([
  'GET /api/health',
  // Who is signed in, or null: what the web app asks first (no 401 logged on the sign-in page).
  'GET /api/session',
  'GET /api/openapi.json',
  'GET /api/invitations/:token',
  'GET /api/calendar/:token',
  'GET /api/password-reset',
  // Signed one-click unsubscribe from a mail (RFC 8058): the token is the authority.
  'GET /api/notifications/unsubscribe',
  'POST /api/notifications/unsubscribe',
  'GET /api/auth/*',
  'POST /api/auth/*',
]);

/** A valid body for routes whose sub-resource check happens after validation. */
const sampleBodies: Record<string, unknown> = {
  'PATCH /api/workspaces/:workspaceId/members/:userId': { role: 'member' },
  'PATCH /api/workspaces/:workspaceId/categories/:categoryId': { name: 'Renamed' },
  'PATCH /api/workspaces/:workspaceId/work-options/:optionId': { label: 'Renamed' },
  'PATCH /api/workspaces/:workspaceId/personas/:personaId': { name: 'Renamed' },
  'PATCH /api/workspaces/:workspaceId/objectives/:objectiveId': { title: 'Renamed' },
  'PATCH /api/workspaces/:workspaceId/kpis/:kpiId': { actual: 3 },
  'PATCH /api/workspaces/:workspaceId/routine/blocks/:blockId': { startTime: '11:00' },
  'PUT /api/workspaces/:workspaceId/routine/blocks/:blockId/exceptions/:occurrenceDate': {
    kind: 'cancelled',
  },
  'POST /api/workspaces/:workspaceId/routine/blocks/:blockId/occurrences/:occurrenceDate/mark': {
    status: 'done',
  },
  'PATCH /api/workspaces/:workspaceId/time-entries/:entryId': { note: 'Renamed' },
  'POST /api/workspaces/:workspaceId/time-entries/:entryId/duplicate': {},
  'POST /api/workspaces/:workspaceId/time-entries/:entryId/post-links': {
    postId: '00000000-0000-4000-8000-000000000003',
  },
  'PATCH /api/workspaces/:workspaceId/ideas/:ideaId': { text: 'Renamed' },
  'POST /api/workspaces/:workspaceId/rush-ideas/:ideaId/draft': { network: 'linkedin', week: '2026-12-01' },
  'PATCH /api/workspaces/:workspaceId/posts/:postId': { text: 'Renamed' },
  'POST /api/workspaces/:workspaceId/posts/:postId/schedule': { date: '2026-12-01', time: '09:00' },
  'POST /api/workspaces/:workspaceId/posts/:postId/move': { date: '2026-12-02' },
  'POST /api/workspaces/:workspaceId/publications/:publicationId/reschedule': {
    date: '2099-12-02',
    time: '09:00',
  },
  'PATCH /api/workspaces/:workspaceId/media/:mediaId': { altText: 'A description' },
  'POST /api/workspaces/:workspaceId/posts/:postId/versions/:network/published': {
    url: 'https://www.linkedin.com/feed/update/1',
  },
  'POST /api/workspaces/:workspaceId/posts/:postId/send-for-approval': {},
  'POST /api/workspaces/:workspaceId/posts/:postId/approve': {},
  'POST /api/workspaces/:workspaceId/posts/:postId/request-changes': { comment: 'Shorter, please' },
  'POST /api/workspaces/:workspaceId/posts/:postId/comments': { comment: 'Looks good' },
  'POST /api/workspaces/:workspaceId/content-sessions/:sessionId/posts': {
    text: 'A post',
    networks: ['linkedin'],
  },
  'PATCH /api/workspaces/:workspaceId/costs/:costId': { label: 'Renamed' },
  'POST /api/workspaces/:workspaceId/posts/:postId/versions/:network/metrics': { reactions: 3 },
  'POST /api/workspaces/:workspaceId/results/imports/preview': {
    source: 'linkedin',
    fileName: 'linkedin.csv',
    text: 'Post title,Created date,Likes\nHello,03/14/2025,3\n',
  },
  'POST /api/workspaces/:workspaceId/results/imports': {
    source: 'outcomes',
    fileName: 'outcomes.csv',
    text: 'Date,Type\n2025-03-14,Lead\n',
    mapping: { columns: { date: 'Date', kind: 'Type' } },
  },
};

/**
 * The only writes a viewer (an agency's client) may make, each also guarded by its rule in
 * src/core/access: leaving, and reviewing posts (approve, ask for changes, comment).
 */
const viewerWriteRoutes = [
  'POST /api/workspaces/:workspaceId/leave',
  'POST /api/workspaces/:workspaceId/posts/:postId/approve',
  'POST /api/workspaces/:workspaceId/posts/:postId/request-changes',
  'POST /api/workspaces/:workspaceId/posts/:postId/comments',
];

let context: TestContext;
let world: SampleWorld;

const key = (route: DeclaredRoute) => `${route.method} ${route.url}`;
const isWorkspaceRoute = (route: DeclaredRoute) =>
  typeof route.access === 'object' && 'workspace' in route.access;
const isTokenRoute = (route: DeclaredRoute) => typeof route.access === 'object' && 'apiToken' in route.access;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildSampleWorld(context.app);
});
afterAll(() => context.close());

describe('tenant isolation matrix', () => {
  it('knows every route, and only the listed ones are public', () => {
    const routes = context.app.declaredRoutes;
    expect(routes.length).toBeGreaterThan(15);
    const declaredPublic = routes
      .filter((route) => route.access === 'public' && !route.url.startsWith('/api/docs'))
      .map(key);
    expect(new Set(declaredPublic)).toEqual(publicRoutes);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    for (const route of context.app.declaredRoutes.filter((candidate) => candidate.access !== 'public')) {
      const url = fillPath(route, world.workspaceId, world.ids);
      const response = await context.app.inject({
        method: route.method as 'GET',
        url,
        payload: sampleBodies[key(route)] as object,
      });
      expect(response.statusCode, key(route)).toBe(401);
    }
  });

  it("answers 404 to another workspace's member, with that workspace's ids", async () => {
    for (const route of context.app.declaredRoutes.filter(isWorkspaceRoute)) {
      const url = fillPath(route, world.workspaceId, world.ids);
      const response = await as(context.app, world.outsider, {
        method: route.method as 'GET',
        url,
        payload: sampleBodies[key(route)] as object,
      });
      expect(response.statusCode, key(route)).toBe(404);
    }
  });

  it('answers 404 to foreign sub-resource ids reached through my own workspace', async () => {
    // A week is a value, not a resource: a route whose only other parameter is one acts on the
    // caller's own workspace (rush weeks), and the first two tests cover it.
    const withSubIds = context.app.declaredRoutes.filter(
      (route) => isWorkspaceRoute(route) && /:(?!workspaceId\b|week\b)\w+/.test(route.url),
    );
    expect(withSubIds.length).toBeGreaterThan(0);
    for (const route of withSubIds) {
      if (route.hasBody && !(key(route) in sampleBodies))
        throw new Error(`Add a sample body for ${key(route)}`);
      const url = fillPath(route, world.outsiderWorkspaceId, world.ids);
      const response = await as(context.app, world.outsider, {
        method: route.method as 'GET',
        url,
        payload: sampleBodies[key(route)] as object,
      });
      expect(response.statusCode, key(route)).toBe(404);
    }
  });

  it('answers 403 to a viewer on every route that needs more than read access', async () => {
    const writes = context.app.declaredRoutes.filter(
      (route) =>
        typeof route.access === 'object' && 'workspace' in route.access && route.access.workspace !== 'read',
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const route of writes) {
      const url = fillPath(route, world.workspaceId, world.ids);
      const response = await as(context.app, world.viewer, {
        method: route.method as 'GET',
        url,
        payload: sampleBodies[key(route)] as object,
      });
      expect(response.statusCode, key(route)).toBe(403);
    }
  });

  it('answers 403 to a signed-in person who does not administer the instance, on every instance route', async () => {
    const adminRoutes = context.app.declaredRoutes.filter((route) => route.access === 'instance-admin');
    expect(adminRoutes.length).toBeGreaterThan(3);
    for (const route of adminRoutes) {
      const response = await as(context.app, world.outsider, {
        method: route.method as 'GET',
        url: fillPath(route, world.workspaceId, world.ids),
        payload: sampleBodies[key(route)] as object,
      });
      expect(response.statusCode, key(route)).toBe(403);
    }
  });

  it('lets viewers call no state-changing route except leaving and reviewing posts', () => {
    const viewerWrites = context.app.declaredRoutes
      .filter(
        (route) =>
          typeof route.access === 'object' &&
          'workspace' in route.access &&
          route.access.workspace === 'read' &&
          route.method !== 'GET',
      )
      .map(key);
    expect(viewerWrites.sort()).toEqual([...viewerWriteRoutes].sort());
  });
});

/** A valid body for the token routes (their checks come before it is read, but it must be valid). */
const tokenBodies: Record<string, unknown> = {
  'POST /api/v1/workspaces/:workspaceId/outcomes': { kind: 'lead', occurredOn: '2026-11-02' },
};

describe('tenant isolation of the API token routes', () => {
  const createToken = async (user: SampleWorld['owner'], workspaceIds: string[]) => {
    const response = await as(context.app, user, {
      method: 'POST',
      url: '/api/me/api-tokens',
      payload: { name: 'CRM', workspaceIds },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { token: string; apiToken: { id: string } };
  };
  const withToken = (route: DeclaredRoute, workspaceId: string, token: string | null) =>
    context.app.inject({
      method: route.method as 'GET',
      url: fillPath(route, workspaceId, world.ids),
      payload: (tokenBodies[key(route)] ?? sampleBodies[key(route)]) as object,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('refuses a session, a foreign token, a token limited elsewhere, a revoked one, and a viewer’s writes', async () => {
    const tokenRoutes = context.app.declaredRoutes.filter(isTokenRoute);
    expect(tokenRoutes.map(key).sort()).toEqual(
      Object.keys(tokenBodies).concat('GET /api/v1/workspaces/:workspaceId/outcomes').sort(),
    );
    const ownersOther = await createWorkspaceFor(context.app, world.owner, 'Other');
    const ownerToken = await createToken(world.owner, [world.workspaceId]);
    const outsiderToken = await createToken(world.outsider, [world.outsiderWorkspaceId]);
    const viewerToken = await createToken(world.viewer, [world.workspaceId]);
    const revoked = await createToken(world.owner, [world.workspaceId]);
    await as(context.app, world.owner, {
      method: 'DELETE',
      url: `/api/me/api-tokens/${revoked.apiToken.id}`,
    });

    for (const route of tokenRoutes) {
      // The owner's own session does not open a token route: tokens and sessions are apart.
      const bySession = await as(context.app, world.owner, {
        method: route.method as 'GET',
        url: fillPath(route, world.workspaceId, world.ids),
        payload: tokenBodies[key(route)] as object,
      });
      expect(bySession.statusCode, key(route)).toBe(401);
      expect(bySession.headers['content-type']).toContain('application/problem+json');
      expect((await withToken(route, world.workspaceId, outsiderToken.token)).statusCode, key(route)).toBe(
        404,
      );
      expect((await withToken(route, ownersOther, ownerToken.token)).statusCode, key(route)).toBe(404);
      const byRevoked = await withToken(route, world.workspaceId, revoked.token);
      expect(byRevoked.statusCode, key(route)).toBe(401);
      expect(byRevoked.json().type).toBe('about:blank#api_token_revoked');
      const byViewer = await withToken(route, world.workspaceId, viewerToken.token);
      expect(byViewer.statusCode, key(route)).toBe(route.method === 'GET' ? 200 : 403);
      expect(
        (await withToken(route, world.workspaceId, ownerToken.token)).statusCode,
        key(route),
      ).toBeLessThan(300);
    }
  });

  it('a token opens no session route', async () => {
    const { token } = await createToken(world.owner, [world.workspaceId]);
    const sessionRoutes = context.app.declaredRoutes.filter(
      (route) => route.access !== 'public' && !isTokenRoute(route),
    );
    for (const route of sessionRoutes) {
      const response = await withToken(route, world.workspaceId, token);
      expect(response.statusCode, key(route)).toBe(401);
    }
  });
});
