import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '../platform/access.js';
import { buildSampleWorld, type SampleWorld } from '../testing/sample-world.js';
import { as, createTestContext, type TestContext } from '../testing/test-app.js';

/**
 * Bad input gets a clear 4xx, never a 500: every route with a body receives random JSON, wrong
 * types, malformed JSON and oversized values from its most privileged caller.
 */
let context: TestContext;
let world: SampleWorld;
/** The owner's API token, for the routes only a token opens (/api/v1). */
let ownerToken: string;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildSampleWorld(context.app);
  const created = await as(context.app, world.owner, {
    method: 'POST',
    url: '/api/me/api-tokens',
    payload: { name: 'Fuzz', workspaceIds: [world.workspaceId] },
  });
  ownerToken = created.json().token;
});
afterAll(() => context.close());

/** Real ids of the caller's own workspace, so every request gets past its path to its body. */
const fill = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const id = name === 'workspaceId' ? world.workspaceId : world.ids[name];
    if (!id) throw new Error(`No sample id for :${name} in ${url}`);
    return id;
  });
const bodyRoutes = (): DeclaredRoute[] =>
  context.app.declaredRoutes.filter((route) => route.hasBody && !route.url.startsWith('/api/auth'));
const send = (route: DeclaredRoute, payload: unknown, headers: Record<string, string> = {}) =>
  as(context.app, world.owner, {
    method: route.method as 'POST',
    url: fill(route.url),
    payload: JSON.stringify(payload),
    headers: {
      'content-type': 'application/json',
      ...(typeof route.access === 'object' && 'apiToken' in route.access
        ? { authorization: `Bearer ${ownerToken}` }
        : {}),
      ...headers,
    },
  });

describe('bad input', () => {
  it('never answers 5xx to random JSON bodies', async () => {
    const routes = bodyRoutes();
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          const response = await send(route, body);
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

  it('reaches the body of every route: its path holds real ids', async () => {
    for (const route of bodyRoutes()) {
      const response = await send(route, 'not an object');
      const label = `${route.method} ${route.url}`;
      expect(response.statusCode, label).toBe(400);
      const paths = (response.json().errors ?? []).map((error: { path: string }) => error.path);
      expect(paths, label).toEqual(['']);
    }
  });

  // An empty update reached the database ("No values to set"): a 500 on four routes.
  it('answers every PATCH with nothing to change with a 400 that says so', async () => {
    const patches = bodyRoutes().filter((route) => route.method === 'PATCH');
    expect(patches.length).toBeGreaterThanOrEqual(12);
    for (const route of patches)
      for (const body of [{}, { unknownField: 'x' }]) {
        const response = await send(route, body);
        expect(response.statusCode, `${route.url} ${JSON.stringify(body)}`).toBe(400);
        expect(response.json().errors[0].message).toMatch(/nothing to change/i);
      }
  });

  // PostgreSQL cannot store U+0000 in text: it answered 500 on about twenty routes.
  it('refuses a NUL character in any text with a message naming the field', async () => {
    const texts = ['name', 'note', 'title', 'description', 'label', 'summary', 'tone', 'fileName'];
    for (const route of bodyRoutes()) {
      const body = Object.fromEntries(texts.map((field) => [field, 'A\u0000B']));
      const response = await send(route, body, { 'accept-language': 'en' });
      const label = `${route.method} ${route.url}`;
      expect(response.statusCode, label).toBe(400);
      expect(response.json().code, label).toBe('nul_character');
      expect(response.json().detail, label).toMatch(/“\w+” contains the NUL character/);
    }
    const query = await as(context.app, world.owner, {
      method: 'GET',
      url: `/api/workspaces/${world.workspaceId}/time-entries?categoryId=%00`,
    });
    expect(query.statusCode).toBe(400);
    expect(query.json().code).toBe('nul_character');
  });

  // Year 0 and 5-digit years reached PostgreSQL or Temporal and answered 500, reads included.
  it('refuses dates outside the supported years on every kind of route', async () => {
    const base = `/api/workspaces/${world.workspaceId}`;
    const kpi = { metric: 'leads', target: 10, period: 'month' };
    const requests = [
      { method: 'POST', url: `${base}/kpis`, payload: { ...kpi, dueDate: '0000-01-01' } },
      { method: 'POST', url: `${base}/kpis`, payload: { ...kpi, dueDate: '9999-12-31' } },
      { method: 'PATCH', url: `${base}/kpis/${world.ids.kpiId}`, payload: { startDate: '0001-01-01' } },
      { method: 'GET', url: `${base}/routine/occurrences?from=0001-01-01&to=0001-01-07` },
      { method: 'GET', url: `${base}/routine/occurrences?from=9999-12-25&to=9999-12-31` },
      { method: 'GET', url: `${base}/routine/today?date=0001-01-01` },
      { method: 'GET', url: `${base}/routine/comparison?week=10000-01-01` },
      {
        method: 'PUT',
        url: `${base}/routine/blocks/${world.ids.blockId}/exceptions/0001-01-03`,
        payload: { kind: 'cancelled' },
      },
      {
        method: 'PATCH',
        url: `${base}/routine/blocks/${world.ids.blockId}`,
        payload: { endsOn: '9999-12-31' },
      },
    ] as const;
    for (const request of requests) {
      const response = await as(context.app, world.owner, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(400);
    }
  });

  it('explains malformed JSON and wrong content types', async () => {
    const malformed = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('bad_request');
    const wrongType = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: '<name>x</name>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(wrongType.statusCode).toBe(415);
  });

  // The router answered these itself: plain JSON, no security headers, the URL echoed back.
  it('answers router errors as problem+json with security headers, without echoing the URL', async () => {
    const cases = [
      { url: '/api/workspaces/%E0%A4%A<script>/members', status: 400, code: 'bad_url' },
      { url: `/api/workspaces/${'<script>'.repeat(30)}/members`, status: 414, code: 'uri_too_long' },
    ];
    for (const { url, status, code } of cases) {
      const response = await as(context.app, world.owner, { method: 'GET', url });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe(code);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.body).not.toContain('script');
    }
  });

  it('refuses an oversized body by its Content-Length, before reading it', async () => {
    await context.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = context.app.server.address() as AddressInfo;
    const announce = (path: string, length: number) =>
      new Promise<{ status: number; type: string }>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path,
            headers: {
              cookie: world.owner.cookie,
              'content-type': 'application/json',
              'content-length': length,
            },
          },
          (response) => {
            resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']) });
            response.resume();
            request.destroy();
          },
        );
        request.on('error', reject);
        // Headers only: the body is never sent, so only the announced length can refuse it.
        request.flushHeaders();
      });
    const base = `/api/workspaces/${world.workspaceId}`;
    expect(await announce(`${base}/personas`, 6 * 1024 * 1024)).toMatchObject({ status: 413 });
    const importTooLarge = await announce(`${base}/imports/preview`, 65 * 1024 * 1024);
    expect(importTooLarge.status).toBe(413);
    expect(importTooLarge.type).toContain('application/problem+json');
    // An image upload streams its file, so only its own cap (10 MB) refuses it, by the same header.
    const imageTooLarge = await announce(`${base}/posts/${world.ids.postId}/media`, 11 * 1024 * 1024);
    expect(imageTooLarge).toMatchObject({ status: 413 });
    expect(imageTooLarge.type).toContain('application/problem+json');
  });

  it('treats malformed ids as not found', async () => {
    const response = await as(context.app, world.owner, {
      method: 'GET',
      url: '/api/workspaces/not-a-uuid/members',
    });
    expect(response.statusCode).toBe(404);
  });
});
