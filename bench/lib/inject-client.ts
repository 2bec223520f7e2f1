import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export type Session = { userId: string; cookie: string };

/**
 * Calls the app's HTTP API in-process (`app.inject`): the same routes, validation, access control
 * and services as a browser gets, without a socket. Unexpected statuses throw with the body.
 */
export function createInjectClient(app: FastifyInstance, origin: string) {
  async function call<Body = unknown>(
    session: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    expectedStatus = method === 'POST' ? [200, 201, 204] : [200, 204],
  ): Promise<Body> {
    const response = await app.inject({
      method,
      url,
      headers: { origin, ...(session ? { cookie: session.cookie } : {}) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    if (!expectedStatus.includes(response.statusCode))
      throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
    return (response.body === '' ? undefined : response.json()) as Body;
  }

  function sessionFrom(response: LightMyRequestResponse): Session {
    const header = response.headers['set-cookie'];
    const cookies = Array.isArray(header) ? header : header ? [header] : [];
    const cookie = cookies.map((line) => line.split(';')[0]).join('; ');
    const userId = (response.json() as { user: { id: string } }).user.id;
    return { userId, cookie };
  }

  return {
    call,

    async signUp(account: { name: string; email: string; password: string }): Promise<Session> {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin },
        payload: account,
      });
      if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.body.slice(0, 300)}`);
      // Sign-up does not sign in (so it answers alike for a registered address): sign in next.
      return this.signIn(account);
    },

    async signIn(account: { email: string; password: string }): Promise<Session> {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin },
        payload: account,
      });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body.slice(0, 300)}`);
      return sessionFrom(response);
    },
  };
}

export type InjectClient = ReturnType<typeof createInjectClient>;
