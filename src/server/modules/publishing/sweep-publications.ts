import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { enqueuePublication, publishQueue } from './plan-publications.js';
import type { PublicationsRepository } from './publications.repository.js';

/**
 * The sweeper (every minute and at each worker start): a publication waiting past its moment
 * whose job is gone (lost, expired, dead-lettered), or `publishing` past its lease (its worker
 * died mid-call), gets a new job now. The job's claim decides the rest: a look-up first when a
 * call may have gone out, `missed` when it is too late. Returns how many were taken back.
 */
export function createPublicationSweeper(dependencies: {
  publicationsRepository: PublicationsRepository;
  jobs: CadenceJobs;
  runInTransaction: RunInTransaction;
  clock: Clock;
  /** How long past its moment a waiting publication's job may still be on its way. */
  graceSeconds: number;
}) {
  const { publicationsRepository: repository, jobs, clock } = dependencies;
  return async function sweepPublications(): Promise<number> {
    const now = clock.now();
    // The oldest first, a bounded number per sweep: the next minute takes the rest.
    const stuck = await repository.listStuck(now, dependencies.graceSeconds, 2000);
    const jobIds = stuck.flatMap((row) => (row.jobId ? [row.jobId] : []));
    const live = await jobs.findLiveJobIds(publishQueue, jobIds);
    const orphans = stuck.filter((row) => !row.jobId || !live.has(row.jobId));
    for (const row of orphans)
      await dependencies.runInTransaction(async (tx) => {
        const jobId = await enqueuePublication(jobs, tx, row, now, 'sweep');
        await repository.update(tx, row.workspaceId, row.id, { jobId }, now);
      });
    return orphans.length;
  };
}
