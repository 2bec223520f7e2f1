import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../../platform/problem.js';
import type { Auth } from './auth.js';
import { checkAuthBody, hasUnreadableSessionCookie } from './auth-request-rules.js';
import { readSessionToken } from './session-cache.js';

/**
 * Hands /api/auth/* to better-auth, translating between Fastify and the Fetch API it speaks.
 * Its endpoints are documented by better-auth, not by Cadence's OpenAPI.
 */
export async function registerAuthRoutes(
  app: FastifyInstance,
  { loadAuth, onSessionsChanged }: { loadAuth: () => Promise<Auth>; onSessionsChanged?: () => void },
) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { access: 'public' },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const checked =
        request.method === 'GET' ? { body: undefined } : checkAuthBody(url.pathname, request.body);
      if ('problem' in checked) throw checked.problem;
      const headers = toFetchHeaders(request.headers);
      if (hasUnreadableSessionCookie(request.headers.cookie)) headers.delete('cookie');
      headers.set('x-forwarded-for', request.ip);
      const auth = await loadAuth();
      const response = await auth.handler(
        new Request(url, {
          method: request.method,
          headers,
          ...(checked.body === undefined ? {} : { body: JSON.stringify(checked.body) }),
        }),
      );
      if (response.status >= 500) {
        // better-auth logged the cause; the caller gets Cadence's own answer, not a bare `null`.
        request.log.error({ status: response.status, path: url.pathname }, 'better-auth failed');
        throw new HttpProblem(500, 'internal');
      }
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      // A signed-in person's POST may end sessions or change the account (sign-out, revocation,
      // new password or email): whatever was remembered about sessions is read again.
      if (request.method === 'POST' && readSessionToken(request.headers.cookie) !== undefined)
        onSessionsChanged?.();
      const text = await response.text();
      return reply.send(text.length > 0 ? text : null);
    },
  });
}

export function toFetchHeaders(source: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    // Node's HTTP parser never lets NUL or line breaks into a header; an injected request might.
    if (text.includes('\u0000') || text.includes('\r') || text.includes('\n')) continue;
    headers.set(key, text);
  }
  return headers;
}
