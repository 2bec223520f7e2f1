import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders, securityHeaderOptions } from './security-headers.js';

/** A small app with a route, a refusing hook, an error and the not-found handler. */
async function buildSmallApp(addSecurityHeaders: (app: FastifyInstance) => unknown) {
  const app = Fastify();
  await addSecurityHeaders(app);
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/refused') return reply.code(403).send({ refused: true });
  });
  app.get('/ok', async () => ({ ok: true }));
  app.get('/refused', async () => ({ reached: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  app.post('/echo', async (request) => request.body);
  await app.ready();
  return app;
}

const requests = [
  { method: 'GET', url: '/ok' },
  { method: 'HEAD', url: '/ok' },
  { method: 'GET', url: '/refused' },
  { method: 'GET', url: '/fails' },
  { method: 'GET', url: '/nowhere' },
  { method: 'POST', url: '/echo', payload: { a: 1 } },
] as const;

/** The headers that do not depend on the moment of the answer. */
function headersOf(response: { headers: Record<string, unknown> }) {
  const { date: _date, ...rest } = response.headers;
  return rest;
}

describe('security headers', () => {
  // They used to come from @fastify/helmet, which rebuilt helmet's middleware on every request;
  // the middleware is now built once. Same options, so every answer must carry the same headers.
  it('sets exactly the headers @fastify/helmet set with the same options, on every kind of answer', async () => {
    const before = await buildSmallApp((app) => app.register(fastifyHelmet, securityHeaderOptions));
    const after = await buildSmallApp(registerSecurityHeaders);
    for (const request of requests) {
      const [expected, actual] = await Promise.all([before.inject(request), after.inject(request)]);
      expect(actual.statusCode, request.url).toBe(expected.statusCode);
      expect(headersOf(actual), `${request.method} ${request.url}`).toEqual(headersOf(expected));
      expect(actual.body).toBe(expected.body);
    }
    const ok = await after.inject({ method: 'GET', url: '/ok' });
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    await Promise.all([before.close(), after.close()]);
  });
});
