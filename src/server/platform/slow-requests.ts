import type { FastifyInstance } from 'fastify';

/** Above this, an answer is worth a line in the log: no person should wait that long. */
export const slowRequestMilliseconds = 2_000;

/**
 * Logs every request that took longer than `slowRequestMilliseconds` (per-request logging is off),
 * so a self-hoster — and a CI run — can tell a slow server from a slow browser. The route's
 * pattern is logged, never the URL itself: paths and queries may carry tokens.
 */
export function registerSlowRequestLog(
  app: FastifyInstance,
  thresholdMilliseconds = slowRequestMilliseconds,
) {
  // A plain callback hook: nothing here waits, and an async one cost every request a promise.
  app.addHook('onResponse', (request, reply, done) => {
    const milliseconds = reply.elapsedTime;
    if (milliseconds >= thresholdMilliseconds)
      request.log.warn(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          statusCode: reply.statusCode,
          milliseconds: Math.round(milliseconds),
        },
        'slow request',
      );
    done();
  });
}
