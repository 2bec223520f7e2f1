import type { Cadence } from './cadence.js';

/**
 * The worker side of a Cadence container: works every module's job queues (and arms their
 * schedules) in this process. Builds no service and answers no HTTP.
 */
export async function startWorker(cadence: Cadence): Promise<void> {
  const handlers = Object.values(cadence.modules).flatMap((module) => module.jobHandlers ?? []);
  await cadence.platform.jobs.work(handlers);
  for (const module of Object.values(cadence.modules))
    if ('onWorkerStarted' in module && module.onWorkerStarted) await module.onWorkerStarted();
}
