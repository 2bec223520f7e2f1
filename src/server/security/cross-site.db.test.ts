import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '../platform/access.js';
import { buildSampleWorld, type SampleWorld } from '../testing/sample-world.js';
import { as, buildTestApp, createTestContext, type TestContext, testBaseUrl } from '../testing/test-app.js';

let context: TestContext;
let world: SampleWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildSampleWorld(context.app);
});
afterAll(() => context.close());

const fill = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) =>
    name === 'workspaceId' ? world.workspaceId : (world.ids[name] ?? 'unknown'),
  );
const stateChanging = (): DeclaredRoute[] =>
  context.app.declaredRoutes.filter(
    (route) =>
      route.method !== 'GET' && !route.url.startsWith('/api/auth') && !route.url.startsWith('/api/docs'),
  );

describe('cross-site requests', () => {
  // Body-less POSTs (leave, stop the timer, regenerate a feed, accept an invitation) needed no
  // preflight and carried the session cookie from any site.
  it('refuses every state-changing request sent from another site', async () => {
    const routes = stateChanging();
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
      ]) {
        const response = await as(context.app, world.owner, {
          method: route.method as 'POST',
          url: fill(route.url),
          headers,
        });
        expect(response.statusCode, `${route.method} ${route.url} ${JSON.stringify(headers)}`).toBe(403);
        expect(response.json().code).toBe('cross_site_request');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      }
    }
  });

  it('lets Cadence’s own pages and non-browser clients through', async () => {
    const fromCadence = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspaces',
      headers: { origin: testBaseUrl, 'sec-fetch-site': 'same-origin' },
      payload: { name: 'Mine', timeZone: 'Europe/Paris' },
    });
    expect(fromCadence.statusCode).toBe(201);
    const script = await as(context.app, world.owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: { name: 'Scripted', timeZone: 'Europe/Paris' },
    });
    expect(script.statusCode).toBe(201);
  });
});

describe('the sign-in limit behind a reverse proxy', () => {
  const attempts = (app: TestContext['app'], forwardedFor: string, count: number) =>
    Promise.all(
      Array.from({ length: count }, () =>
        app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          remoteAddress: '127.0.0.1',
          headers: { origin: testBaseUrl, 'x-forwarded-for': forwardedFor },
          payload: { email: 'nobody@example.com', password: 'wrong password' },
        }),
      ),
    ).then((responses) => responses.map((response) => response.statusCode));

  it('without CADENCE_TRUSTED_PROXIES, ignores X-Forwarded-For: one client cannot pose as many', async () => {
    await context.reset();
    const first = await attempts(context.app, '198.51.100.1', 5);
    expect(first.every((status) => status === 401)).toBe(true);
    // A new X-Forwarded-For does not buy new attempts: the connection's address is the client.
    expect(await attempts(context.app, '198.51.100.2', 1)).toEqual([429]);
  });

  it('with CADENCE_TRUSTED_PROXIES, counts per real client behind the proxy', async () => {
    await context.reset();
    const behindProxy = await buildTestApp({
      database: context.database,
      clock: context.clock,
      mailer: { isConfigured: false, send: async () => undefined },
      trustProxy: ['127.0.0.1'],
    });
    try {
      const first = await attempts(behindProxy, '198.51.100.1', 6);
      expect(first.filter((status) => status === 429).length).toBeGreaterThan(0);
      // Another person behind the same proxy still has their attempts.
      expect(await attempts(behindProxy, '198.51.100.2', 1)).toEqual([401]);
    } finally {
      await behindProxy.close();
    }
  });
});
