import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../contracts/health.js';
import { deadLetterQueue } from '../../platform/jobs.js';
import type { InstanceJobsService } from '../instance/instance-jobs.service.js';

export const healthRoutes: FastifyPluginAsyncZod<{
  database: 'pglite' | 'postgres';
  version: string;
  ping: () => Promise<void>;
  instanceJobsService: Pick<InstanceJobsService, 'readWorkerStatus' | 'readQueues'>;
}> = async (app, { database, version, ping, instanceJobsService }) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Liveness, database reachability and the job worker',
      response: { 200: healthSchema },
    },
    async handler() {
      await ping();
      const [worker, queues] = await Promise.all([
        instanceJobsService.readWorkerStatus(),
        instanceJobsService.readQueues(),
      ]);
      const deadLetters = queues.find((queue) => queue.name === deadLetterQueue);
      return {
        status: 'ok' as const,
        database,
        version,
        jobs: {
          worker,
          queues: queues.filter((queue) => queue !== deadLetters),
          failedJobs: (deadLetters?.ready ?? 0) + (deadLetters?.deferred ?? 0),
        },
      };
    },
  });
};
