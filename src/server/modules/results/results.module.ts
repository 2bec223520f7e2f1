import type { CadenceModule, Platform } from '../../platform/module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createResultsRepository } from './results.repository.js';
import { resultsRoutes } from './results.routes.js';
import { createResultsService } from './results.service.js';

/** Results: what the time brought (outcomes, post figures), what it cost, and the ROI. */
export function createResultsModule(
  { database, clock }: Platform,
  needs: { workspaces: Pick<WorkspacesServices, 'workspacesRepository'> },
) {
  const resultsRepository = createResultsRepository(database.db);
  const services = {
    resultsRepository,
    resultsService: createResultsService({
      resultsRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    async registerRoutes(app) {
      await app.register(resultsRoutes, services);
    },
  };
  return module;
}

export type ResultsServices = ReturnType<typeof createResultsModule>['services'];
