import type { FailedJob, InstanceJobs, QueueSummary, WorkerStatus } from '../../../contracts/instance.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { deadLetterQueue } from '../../platform/jobs.js';
import { notFound } from '../../platform/problem.js';

const failedJobsShown = 100;

/**
 * What an administrator (and /api/health) sees of the background work: whether a worker is
 * alive, each queue's depth, the jobs that used all their tries. Counts come from pg-boss's
 * queue statistics, refreshed by its supervision every few seconds.
 */
export function createInstanceJobsService({ jobs }: { jobs: CadenceJobs }) {
  const { boss } = jobs;

  async function readWorkerStatus(): Promise<WorkerStatus> {
    await jobs.start();
    // Web-only processes register too; a worker is a process that supervises (runsWorkers).
    const workers = (await boss.getInstances()).filter((instance) => instance.supervise);
    const lastHeartbeat = workers
      .map((instance) => new Date(instance.heartbeatOn).getTime())
      .reduce((latest, at) => Math.max(latest, at), Number.NEGATIVE_INFINITY);
    return {
      isAlive: workers.some((instance) => instance.live),
      lastHeartbeatAt: Number.isFinite(lastHeartbeat) ? new Date(lastHeartbeat).toISOString() : null,
    };
  }

  async function readQueues(): Promise<QueueSummary[]> {
    await jobs.start();
    const names = [...Object.keys(jobs.catalogue), deadLetterQueue];
    const queues = await boss.getQueues(names);
    return queues
      .map((queue) => ({
        name: queue.name,
        ready: Number(queue.readyCount),
        deferred: Number(queue.deferredCount),
        active: Number(queue.activeCount),
        failed: Number(queue.failedCount),
      }))
      .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
  }

  async function listFailedJobs(): Promise<FailedJob[]> {
    await jobs.start();
    const found = await boss.findJobs(deadLetterQueue, { queued: true, limit: failedJobsShown });
    return found.map((job) => ({
      id: job.id,
      queue: job.sourceName ?? '?',
      error: errorMessage(job.sourceOutput),
      tries: (job.sourceRetryCount ?? 0) + 1,
      firstCreatedAt: new Date(job.sourceCreatedOn ?? job.createdOn).toISOString(),
      failedAt: new Date(job.createdOn).toISOString(),
    }));
  }

  async function findFailedJob(jobId: string) {
    await jobs.start();
    const [job] = await boss.findJobs(deadLetterQueue, { id: jobId, queued: true });
    if (!job) throw notFound();
    return job;
  }

  return {
    readWorkerStatus,
    readQueues,
    async readJobs(): Promise<InstanceJobs> {
      const [worker, queues, failedJobs] = await Promise.all([
        readWorkerStatus(),
        readQueues(),
        listFailedJobs(),
      ]);
      return { worker, queues, failedJobs };
    },
    /** Puts a failed job back in its queue as a new job, with all its tries again. */
    async retryFailedJob(jobId: string): Promise<void> {
      await findFailedJob(jobId);
      if ((await boss.redrive(deadLetterQueue, { ids: [jobId] })) === 0) throw notFound();
    },
    async discardFailedJob(jobId: string): Promise<void> {
      await findFailedJob(jobId);
      await boss.deleteJob(deadLetterQueue, jobId);
    },
  };
}

export type InstanceJobsService = ReturnType<typeof createInstanceJobsService>;

function errorMessage(output: object | null): string {
  if (output && 'message' in output && typeof output.message === 'string') return output.message;
  return output ? JSON.stringify(output) : '';
}
