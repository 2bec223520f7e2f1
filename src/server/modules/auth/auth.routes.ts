import type { FastifyInstance } from 'fastify';
import type { Auth } from './auth.js';
import { readSessionToken } from './session-cache.js';

/**
 * Hands /api/auth/* to better-auth, translating between Fastify and the Fetch API it speaks.
 * Its endpoints are documented by better-auth, not by Cadence's OpenAPI.
 */
export async function registerAuthRoutes(
  app: FastifyInstance,
  { auth, onSessionsChanged }: { auth: Auth; onSessionsChanged?: () => void },
) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { access: 'public' },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const headers = toFetchHeaders(request.headers);
      headers.set('x-forwarded-for', request.ip);
      const response = await auth.handler(
        new Request(url, {
          method: request.method,
          headers,
          ...(request.body === undefined || request.method === 'GET'
            ? {}
            : { body: JSON.stringify(request.body) }),
        }),
      );
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
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
