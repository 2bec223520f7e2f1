import type { FastifyInstance } from 'fastify';
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
  app.addHook('onRequest', async (request) => {
    if (!stateChangingMethods.has(request.method)) return;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/auth/')) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!trusted.has(origin)) throw new HttpProblem(403, 'cross_site_request');
      return;
    }
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw new HttpProblem(403, 'cross_site_request');
  });
}
