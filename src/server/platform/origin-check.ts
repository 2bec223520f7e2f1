import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery guard for Cadence's own API (better-auth checks its /api/auth routes
 * itself). A browser names the page that sent a request in `Origin` on every POST, PUT, PATCH and
 * DELETE, body or not: a state-changing request from a page that is not Cadence is refused.
 * Without `Origin`, `Sec-Fetch-Site` (sent by browsers since 2020) must not say another site; a
 * request with neither header does not come from a browser, so no one's cookie was borrowed.
 */
export function registerOriginCheck(app: FastifyInstance, { trustedOrigins }: { trustedOrigins: string[] }) {
  const trusted = new Set(trustedOrigins.map((origin) => origin.replace(/\/$/, '')));
  // A plain callback hook: the check is synchronous, and an async one cost every request a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    done(isForged(request) ? new HttpProblem(403, 'cross_site_request') : undefined);
  });

  function isForged(request: FastifyRequest): boolean {
    if (!stateChangingMethods.has(request.method)) return false;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/auth/')) return false;
    const origin = request.headers.origin;
    if (origin !== undefined) return !trusted.has(origin);
    const site = request.headers['sec-fetch-site'];
    return site === 'cross-site' || site === 'same-site';
  }
}
