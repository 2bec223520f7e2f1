import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.js';
import type { CadenceJobs, CadenceQueues } from '../../platform/job-queues.js';
import type { JobHandler } from '../../platform/jobs.js';
import type { ConnectionsRepository } from './connections.repository.js';
import type { ConnectionsService } from './connections.service.js';

/**
 * The daily health round: at 04:20 in the instance's zone one job lists every connected account
 * and sends one `connection-health` job per account (keyed on the account and the day, so a
 * round run twice checks each account once). Each check runs alone: a slow or failing network
 * delays or fails only its own job, retried by the queue's policy.
 */
export function connectionHealthJobHandlers(dependencies: {
  jobs: CadenceJobs;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  connectionsRepository: ConnectionsRepository;
  connectionsService: ConnectionsService;
}): JobHandler<CadenceQueues>[] {
  const { jobs, clock, logger, connectionsRepository, connectionsService } = dependencies;
  return [
    {
      queue: 'connection-health-round',
      schedule: { cron: '20 4 * * *', timeZone: dependencies.timeZone },
      async handle() {
        const day = clock.now().toISOString().slice(0, 10);
        const accounts = await connectionsRepository.listAllForHealthRound();
        for (const account of accounts)
          await jobs.send(
            'connection-health',
            { version: 1, workspaceId: account.workspaceId, connectionId: account.id },
            { idempotencyKey: `${account.id}:${day}` },
          );
        logger.info(`Connection health round: ${accounts.length} checks queued`);
      },
    },
    {
      queue: 'connection-health',
      async handle({ workspaceId, connectionId }) {
        // A disconnected account answers null: nothing to check, nothing to retry.
        const account = await connectionsService.checkConnection(workspaceId, connectionId);
        if (account && account.health.status !== 'healthy')
          logger.info({ connectionId, status: account.health.status }, 'connection in trouble');
      },
    },
  ];
}
