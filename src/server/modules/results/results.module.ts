import type { CadenceModule, Platform } from '../../platform/module.js';
import type { ConnectionsServices } from '../connections/connections.module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createFollowers } from './followers.js';
import { createMetricPulls } from './metric-pulls.js';
import { createResultsRepository } from './results.repository.js';
import { resultsRoutes } from './results.routes.js';
import { createResultsService } from './results.service.js';
import { createResultsAgencyRepository } from './results-agency.repository.js';
import { resultsAgencyRoutes } from './results-agency.routes.js';
import { createResultsAgencyService } from './results-agency.service.js';
import { createResultsImportRepository } from './results-import.repository.js';
import { resultsImportRoutes } from './results-import.routes.js';
import { createResultsImportService } from './results-import.service.js';

/** Results: what the time brought (outcomes, post figures), what it cost, and the ROI. */
export function createResultsModule(
  { database, clock, jobs, runInTransaction, settings, logger }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository' | 'workspacesService'>;
    connections: ConnectionsServices;
  },
) {
  const resultsRepository = createResultsRepository(database.db);
  const metricPulls = createMetricPulls({
    db: database.db,
    jobs,
    connectors: needs.connections.connectors,
    connectedAccountsStore: needs.connections.connectedAccountsStore,
    clock,
  });
  const followers = createFollowers({
    db: database.db,
    jobs,
    connectors: needs.connections.connectors,
    connectedAccountsStore: needs.connections.connectedAccountsStore,
    clock,
  });
  const services = {
    resultsRepository,
    metricPulls,
    /** For the publishing pipeline: call it in the transaction that marks a publication published. */
    schedulePulls: metricPulls.schedulePulls,
    schedulePullsOf: metricPulls.schedulePullsOf,
    followers,
    resultsService: createResultsService({
      resultsRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
      readFollowerTotal: followers.currentTotal,
    }),
    resultsImportService: createResultsImportService({
      repository: createResultsImportRepository(database.db),
      workspacesRepository: needs.workspaces.workspacesRepository,
      runInTransaction,
      clock,
    }),
    resultsAgencyService: createResultsAgencyService({
      resultsAgencyRepository: createResultsAgencyRepository(database.db),
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    async registerRoutes(app) {
      await app.register(resultsRoutes, services);
      await app.register(resultsAgencyRoutes, {
        resultsAgencyService: services.resultsAgencyService,
        workspacesService: needs.workspaces.workspacesService,
      });
      await app.register(resultsImportRoutes, services);
    },
    jobHandlers: [
      {
        queue: 'metrics-pull',
        handle: async (payload, context) => {
          await metricPulls.pullMetrics(payload, context);
        },
      },
      {
        queue: 'followers-round',
        schedule: { cron: '40 4 * * *', timeZone: settings.timeZone },
        handle: async () => {
          const queued = await followers.queueRound();
          logger.info(`Follower round: ${queued} readings queued`);
        },
      },
      {
        queue: 'followers-read',
        handle: async (payload) => {
          await followers.readFollowers(payload);
        },
      },
    ],
  };
  return module;
}

export type ResultsServices = ReturnType<typeof createResultsModule>['services'];
