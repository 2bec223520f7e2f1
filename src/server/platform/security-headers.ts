import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { HttpProblem, handleError } from './problem.js';

/** The security headers of every answer. */
export const securityHeaderOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Mantine and the API reference page set inline styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
} satisfies HelmetOptions;

// Built once: @fastify/helmet rebuilt this middleware (the CSP parsed again, a dozen header
// functions made) on every request, ~3 % of a signed-in read's CPU in a profile.
const applySecurityHeaders = helmet(securityHeaderOptions);

/**
 * Every routed answer carries the security headers, refusals by later hooks and errors included:
 * they are set first thing, before any other onRequest hook can answer. (The router's own
 * errors, which no hook sees, get them in `handleRouterError`.)
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(request.raw, reply.raw, () => undefined);
    done();
  });
}

/**
 * Errors Fastify's router meets before any route or hook runs: a malformed percent-encoding
 * (400) or a path parameter longer than allowed (414). Answered like every other error
 * (problem+json, security headers), and never with the URL in the body: it is the attacker's text.
 */
export function handleRouterError(error: { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  applySecurityHeaders(request.raw, reply.raw, () => undefined);
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new HttpProblem(414, 'uri_too_long')
      : new HttpProblem(400, 'bad_url');
  return handleError(problem, request, reply);
}
