import { defaultRetryPolicy, type RetryPolicy } from '../../../core/publishing/publication-outcome.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import type { ConnectionsServices } from '../connections/connections.module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createPublicationPlanner } from './plan-publications.js';
import { createPublicationBatchesRepository } from './publication-batches.repository.js';
import { createPublicationsRepository } from './publications.repository.js';
import { createPublicationsService } from './publications.service.js';
import type { PublishDependencies } from './publish-publication.js';
import { createPublishPublication, type PublishingCallbacks } from './publish-publication.js';
import { publishingRoutes } from './publishing.routes.js';
import { createPublicationSweeper } from './sweep-publications.js';

export type PublishingNeeds = PublishingCallbacks & {
  connections: ConnectionsServices;
  workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
  /** Tests and the chaos proof shorten these; production keeps the defaults. */
  tuning?: Partial<PublishingTuning>;
  /** The version's thread and images, fitted to its network (content's). */
  loadParts?: PublishDependencies['loadParts'];
};

export type PublishingTuning = {
  retryPolicy: RetryPolicy;
  /** Longer than any connector's call (20 s timeouts, a thread of parts): 2 minutes. */
  leaseSeconds: number;
  /** How long past its moment a waiting publication may still be in its job's hands. */
  sweepGraceSeconds: number;
};

const defaultTuning: PublishingTuning = {
  retryPolicy: defaultRetryPolicy,
  leaseSeconds: 120,
  sweepGraceSeconds: 60,
};

/**
 * Publishing: the publications of scheduled posts (one per version × connected account), their
 * jobs at the minute, the tries through the connectors, the sweeper, and what people see of it.
 */
export function createPublishingModule(platform: Platform, needs: PublishingNeeds) {
  const { database, runInTransaction, clock, jobs, logger } = platform;
  const tuning = { ...defaultTuning, ...needs.tuning };
  const publicationsRepository = createPublicationsRepository(database.db);
  const { connectors, connectedAccountsStore } = needs.connections;
  const planner = createPublicationPlanner({
    publicationsRepository,
    jobs,
    connectorNetworks: connectors.networks,
    clock,
  });
  const { publishPublication, publishPublications } = createPublishPublication({
    batches: createPublicationBatchesRepository(),
    accounts: connectedAccountsStore,
    connectors,
    runInTransaction,
    db: database.db,
    jobs,
    clock,
    retryPolicy: tuning.retryPolicy,
    leaseSeconds: tuning.leaseSeconds,
    callbacks: needs,
    logger,
    ...(needs.loadParts ? { loadParts: needs.loadParts } : {}),
  });
  const sweepPublications = createPublicationSweeper({
    publicationsRepository,
    jobs,
    runInTransaction,
    clock,
    graceSeconds: tuning.sweepGraceSeconds,
  });
  const services = {
    publicationsRepository,
    planner,
    publishPublication,
    publishPublications,
    sweepPublications,
    publicationsService: createPublicationsService({
      publicationsRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      runInTransaction,
      jobs,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    registerRoutes: (app) => app.register(publishingRoutes, services),
    jobHandlers: [
      {
        queue: 'publish-publication',
        handle: (payload) => publishPublication(payload),
        // A fetched batch is claimed in one statement and its outcomes written together.
        handleBatch: (payloads) => publishPublications(payloads),
      },
      {
        queue: 'publishing-sweep',
        handle: async () => {
          const requeued = await sweepPublications();
          if (requeued > 0) logger.info({ requeued }, 'publications taken back by the sweeper');
        },
        schedule: { cron: '* * * * *', timeZone: 'UTC' },
      },
    ],
    // At each worker start: what a stopped instance left behind goes out (or is missed) at once.
    onWorkerStarted: async () => {
      await jobs.send('publishing-sweep', { version: 1 });
    },
  };
  return module;
}

export type PublishingServices = ReturnType<typeof createPublishingModule>['services'];
