import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signUp, type TestContext, testBaseUrl } from '../testing/test-app.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('platform', () => {
  it('answers the health check with the database kind', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('publishes an OpenAPI 3.1 document generated from the contracts, and its reference page', async () => {
    const document = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/workspaces', '/api/workspaces/{workspaceId}/budget']),
    );
    expect(
      document.paths['/api/workspaces'].post.requestBody.content['application/json'].schema.properties
        .timeZone,
    ).toBeDefined();
    const docs = await context.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers unknown API paths with a problem, not a page', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('limits sign-in attempts per client (5 a minute in tests) and rejects short passwords', async () => {
    const person = await signUp(context.app, { email: 'limited@example.com' });
    expect(person.cookie).toContain('session_token');
    const attempt = () =>
      context.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: testBaseUrl, 'x-forwarded-for': '203.0.113.9' },
        payload: { email: 'limited@example.com', password: 'wrong password' },
      });
    const statuses: number[] = [];
    for (let index = 0; index < 7; index++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    const short = await context.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: testBaseUrl },
      payload: { email: 'short@example.com', name: 'Short', password: '1234567' },
    });
    expect(short.statusCode).toBe(400);
  });
});
