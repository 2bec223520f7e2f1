import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signUp, type TestContext, testBaseUrl } from '../testing/test-app.js';

/**
 * better-auth's routes take bodies Cadence does not validate through its contracts: the adapter in
 * front of them applies the same rules (depth, NUL, the fields of a person), so nothing a client
 * sends there answers 500 either.
 */
let context: TestContext;
let counter = 0;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

const post = (path: string, payload: unknown, headers: Record<string, string> = {}) => {
  counter += 1;
  return context.app.inject({
    method: 'POST',
    url: `/api/auth/${path}`,
    headers: {
      origin: testBaseUrl,
      'content-type': 'application/json',
      'accept-language': 'en',
      'x-forwarded-for': `10.9.${counter % 250}.1`,
      ...headers,
    },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
};
const signUpBody = (fields: Record<string, unknown>) => ({
  email: `auth-input-${Date.now()}-${Math.random()}@example.com`,
  password: 'correct horse battery',
  name: 'Camille',
  ...fields,
});

describe('auth input', () => {
  it('refuses a deeply nested body with a 400, not a stack overflow', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    for (const path of ['sign-up/email', 'sign-in/email']) {
      const response = await post(path, deep);
      expect(response.statusCode, path).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('applies Cadence’s rules to the name and picture given at sign-up', async () => {
    const refused = [
      { name: null },
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(81) },
      { name: 'Cam\u0000ille' },
      { image: 'javascript:alert(1)' },
      { image: 'data:text/html,<script>alert(1)</script>' },
    ];
    for (const fields of refused) {
      const response = await post('sign-up/email', signUpBody(fields));
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const accepted = await post('sign-up/email', signUpBody({ name: 'x'.repeat(80) }));
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('refuses NUL in any field of an auth body', async () => {
    const response = await post('sign-in/email', {
      email: 'a\u0000@example.com',
      password: 'x\u0000yz12345',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('nul_character');
  });

  it('applies the same rules when a person renames themselves through better-auth', async () => {
    const person = await signUp(context.app);
    for (const fields of [{ name: null }, { name: 'x'.repeat(81) }, { image: 'javascript:alert(1)' }]) {
      const response = await post('update-user', fields, { cookie: person.cookie });
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
    }
  });

  it('never answers 5xx to random JSON on the routes that take a body', async () => {
    const person = await signUp(context.app);
    for (const path of ['sign-up/email', 'sign-in/email', 'update-user', 'change-password', 'sign-out']) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
          const response = await post(path, body, { cookie: person.cookie });
          expect(response.statusCode, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        }),
        { numRuns: 15 },
      );
    }
  }, 120_000);

  it('treats a session token holding NUL as no session', async () => {
    const cookie = 'better-auth.session_token=abc%00def.signature';
    const session = await context.app.inject({
      method: 'GET',
      url: '/api/auth/get-session',
      headers: { cookie },
    });
    expect(session.statusCode).toBeLessThan(500);
    const me = await as(context.app, null, { method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const raw = await as(context.app, null, {
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'better-auth.session_token=abc\u0000def' },
    });
    expect(raw.statusCode).toBeLessThan(500);
  });
});
