import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '../platform/access.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../testing/test-app.js';

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
  'GET /api/openapi.json',
  'GET /api/invitations/:token',
  'GET /api/calendar/:token',
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
};

type World = {
  owner: TestUser;
  viewer: TestUser;
  outsider: TestUser;
  workspaceId: string;
  outsiderWorkspaceId: string;
  ids: Record<string, string>;
};

let context: TestContext;
let world: World;

async function buildWorld(app: FastifyInstance): Promise<World> {
  const owner = await signUp(app);
  const viewer = await signUp(app);
  const outsider = await signUp(app);
  const workspaceId = await createWorkspaceFor(app, owner, 'Victim');
  const outsiderWorkspaceId = await createWorkspaceFor(app, outsider, 'Outsider');
  const invitation = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email: viewer.email, role: 'viewer' },
  });
  const token = invitation.json().link.split('/invite/')[1];
  await as(app, viewer, { method: 'POST', url: `/api/invitations/${token}/accept` });
  const pending = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email: 'pending@example.com' },
  });
  const categories = await as(app, owner, {
    method: 'GET',
    url: `/api/workspaces/${workspaceId}/categories`,
  });
  const option = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/work-options`,
    payload: { kind: 'agency', label: 'Agency', pricing: { kind: 'agency_hourly', hourlyCents: 5000 } },
  });
  const post = (path: string, payload: object) =>
    as(app, owner, { method: 'POST', url: `/api/workspaces/${workspaceId}${path}`, payload });
  const persona = await post('/personas', { name: 'Persona' });
  const objective = await post('/objectives', { title: 'Objective' });
  const kpi = await post('/kpis', { metric: 'leads', target: 10, period: 'month', dueDate: '2026-12-31' });
  const block = await post('/routine/blocks', {
    weekdays: [3],
    startTime: '10:00',
    durationMinutes: 60,
    categoryId: categories.json()[0].id,
    startsOn: '2026-11-02',
  });
  const categoryId = categories.json()[0].id;
  const entry = await post('/time-entries', {
    categoryId,
    startedAt: '2026-11-20T09:00:00Z',
    durationSeconds: 1800,
  });
  const imported = await post('/imports', {
    fileName: 'toggl.csv',
    text: 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\nA,a@example.com,,Blog,,Draft,No,2026-11-19,09:00:00,2026-11-19,10:00:00,01:00:00,\n',
    mapping: { fallbackCategoryId: categoryId },
  });
  return {
    owner,
    viewer,
    outsider,
    workspaceId,
    outsiderWorkspaceId,
    ids: {
      userId: owner.id,
      invitationId: pending.json().id,
      token: pending.json().link.split('/invite/')[1],
      categoryId: categories.json()[0].id,
      optionId: option.json().id,
      personaId: persona.json().id,
      objectiveId: objective.json().id,
      kpiId: kpi.json().id,
      blockId: block.json().id,
      // A Wednesday of the block: the route would act on it if the block were reachable.
      occurrenceDate: '2026-11-18',
      entryId: entry.json().id,
      batchId: imported.json().batch.id,
      // Instance routes check the caller before the job: any id will do.
      jobId: '00000000-0000-4000-8000-000000000000',
    },
  };
}

function fillPath(route: DeclaredRoute, workspaceId: string, ids: Record<string, string>): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'workspaceId') return workspaceId;
    const id = ids[name];
    if (!id)
      throw new Error(`The tenant matrix does not know how to fill :${name} in ${route.method} ${route.url}`);
    return id;
  });
}

const key = (route: DeclaredRoute) => `${route.method} ${route.url}`;
const isWorkspaceRoute = (route: DeclaredRoute) => typeof route.access === 'object';

beforeAll(async () => {
  context = await createTestContext();
  world = await buildWorld(context.app);
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
    const withSubIds = context.app.declaredRoutes.filter(
      (route) => isWorkspaceRoute(route) && /:(?!workspaceId)\w+/.test(route.url),
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
      (route) => typeof route.access === 'object' && route.access.workspace !== 'read',
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

  it('lets viewers call no state-changing route except leaving', () => {
    const viewerWrites = context.app.declaredRoutes
      .filter(
        (route) =>
          typeof route.access === 'object' && route.access.workspace === 'read' && route.method !== 'GET',
      )
      .map(key);
    expect(viewerWrites).toEqual(['POST /api/workspaces/:workspaceId/leave']);
  });
});
