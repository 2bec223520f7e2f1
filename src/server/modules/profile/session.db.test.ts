import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signUp, type TestContext } from '../../testing/test-app.js';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('GET /api/session', () => {
  it('answers a visitor 200 with nobody, where /api/me answers 401', async () => {
    const session = await context.app.inject({ method: 'GET', url: '/api/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ me: null });
    expect((await context.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('answers a signed-in person with what /api/me answers', async () => {
    const person = await signUp(context.app);
    const session = await as(context.app, person, { method: 'GET', url: '/api/session' });
    const me = await as(context.app, person, { method: 'GET', url: '/api/me' });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ me: me.json() });
    expect(session.json().me.user.email).toBe(person.email);
  });

  it('answers nobody for a cookie that holds no session', async () => {
    const session = await context.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: 'better-auth.session_token=forged.value' },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ me: null });
  });
});
