import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { healthSchema } from '../../../contracts/health.js';
import { deadLetterQueue } from '../../platform/jobs.js';
import type { InstanceJobsService } from '../instance/instance-jobs.service.js';

export const healthRoutes: FastifyPluginAsyncZod<{
  database: 'pglite' | 'postgres';
  version: string;
  ping: () => Promise<void>;
  instanceJobsService: Pick<InstanceJobsService, 'readWorkerStatus' | 'readQueues'>;
}> = async (app, { database, version, ping, instanceJobsService }) => {
  // pg-boss refreshes its queue counts every few seconds: probes more frequent than that would
  // only add queries (the health check is also the floor of the read benchmark).
  let jobsReport: { at: number; report: Promise<JobsReport> } | null = null;
  const readJobs = () => {
    if (!jobsReport || Date.now() - jobsReport.at > jobsReportMaxAgeMilliseconds)
      jobsReport = { at: Date.now(), report: readJobsReport(instanceJobsService) };
    const { report } = jobsReport;
    report.catch(() => {
      jobsReport = null;
    });
    return report;
  };

  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Liveness, database reachability and the job worker',
      response: { 200: healthSchema },
    },
    async handler() {
      await ping();
      return { status: 'ok' as const, database, version, jobs: await readJobs() };
    },
  });
};

const jobsReportMaxAgeMilliseconds = 5_000;

type JobsReport = z.infer<typeof healthSchema>['jobs'];

async function readJobsReport(
  instanceJobsService: Pick<InstanceJobsService, 'readWorkerStatus' | 'readQueues'>,
): Promise<JobsReport> {
  const [worker, queues] = await Promise.all([
    instanceJobsService.readWorkerStatus(),
    instanceJobsService.readQueues(),
  ]);
  const deadLetters = queues.find((queue) => queue.name === deadLetterQueue);
  return {
    worker,
    queues: queues.filter((queue) => queue !== deadLetters),
    failedJobs: (deadLetters?.ready ?? 0) + (deadLetters?.deferred ?? 0),
  };
}
