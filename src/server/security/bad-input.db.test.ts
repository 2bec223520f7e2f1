import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../testing/test-app.js';

/**
 * Bad input gets a clear 4xx, never a 500: every route with a body receives random JSON, wrong
 * types, malformed JSON and oversized values from its most privileged caller.
 */
let context: TestContext;
let owner: TestUser;
let ids: Record<string, string>;

beforeAll(async () => {
  context = await createTestContext();
  owner = await signUp(context.app);
  const workspaceId = await createWorkspaceFor(context.app, owner);
  const inWorkspace = (path: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
    as(context.app, owner, { method, url: `/api/workspaces/${workspaceId}${path}`, payload });
  await inWorkspace(
    '/strategy/networks',
    { networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }] },
    'PUT',
  );
  const idea = await inWorkspace('/ideas', { text: 'An idea', network: 'linkedin' });
  const post = await inWorkspace(`/ideas/${idea.json().id}/post`, {});
  ids = {
    workspaceId,
    userId: owner.id,
    invitationId: '00000000-0000-4000-8000-000000000000',
    token: 'x'.repeat(43),
    // Real content ids, so random bodies reach the content services, not only the path check.
    ideaId: idea.json().id,
    postId: post.json().id,
    network: 'linkedin',
  };
});
afterAll(() => context.close());

const fill = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? 'unknown');

describe('bad input', () => {
  it('never answers 5xx to random JSON bodies', async () => {
    const routes = context.app.declaredRoutes.filter(
      (route) => route.hasBody && !route.url.startsWith('/api/auth'),
    );
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          const response = await as(context.app, owner, {
            method: route.method as 'POST',
            url: fill(route.url),
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(response.statusCode, `${route.method} ${route.url} ${JSON.stringify(body)}`).toBeLessThan(
            500,
          );
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 25 },
      );
    }
    // 25 bodies for each of the ~60 routes with a body: minutes on a busy machine, not seconds.
  }, 240_000);

  it('explains malformed JSON and wrong content types', async () => {
    const malformed = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('bad_request');
    const wrongType = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: '<name>x</name>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(wrongType.statusCode).toBe(415);
  });

  it('treats malformed ids as not found', async () => {
    const response = await as(context.app, owner, {
      method: 'GET',
      url: '/api/workspaces/not-a-uuid/members',
    });
    expect(response.statusCode).toBe(404);
  });
});
