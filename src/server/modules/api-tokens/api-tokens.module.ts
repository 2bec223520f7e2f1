import type { CadenceModule, Platform } from '../../platform/module.js';
import type { ResultsServices } from '../results/results.module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createApiTokensRepository } from './api-tokens.repository.js';
import { apiTokensRoutes } from './api-tokens.routes.js';
import { createApiTokensService } from './api-tokens.service.js';

/** Personal API tokens, and the outcomes API they open (a form's server or a CRM sending results). */
export function createApiTokensModule(
  { database, clock }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
    results: Pick<ResultsServices, 'resultsService'>;
  },
) {
  const apiTokensRepository = createApiTokensRepository(database.db);
  const services = {
    apiTokensRepository,
    apiTokensService: createApiTokensService({
      apiTokensRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    async registerRoutes(app) {
      await app.register(apiTokensRoutes, {
        apiTokensService: services.apiTokensService,
        resultsService: needs.results.resultsService,
      });
    },
  };
  return module;
}
