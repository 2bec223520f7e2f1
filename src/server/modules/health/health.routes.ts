import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../contracts/health.js';

export const healthRoutes: FastifyPluginAsyncZod<{
  database: 'pglite' | 'postgres';
  version: string;
  ping: () => Promise<void>;
}> = async (app, { database, version, ping }) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Liveness and database reachability',
      response: { 200: healthSchema },
    },
    async handler() {
      await ping();
      return { status: 'ok' as const, database, version };
    },
  });
};
