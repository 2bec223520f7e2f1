import type { CadenceModule, Platform } from '../../platform/module.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createRegularityRepository } from './regularity.repository.js';
import { regularityRoutes } from './regularity.routes.js';
import { createRegularityService } from './regularity.service.js';

/** Regularity: posting targets against what is published and planned, streaks, coming silences. */
export function createRegularityModule(
  { database, clock }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
    strategy: Pick<StrategyServices, 'networksRepository'>;
  },
) {
  const regularityRepository = createRegularityRepository(database.db);
  const services = {
    regularityRepository,
    regularityService: createRegularityService({
      regularityRepository,
      networksRepository: needs.strategy.networksRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    registerRoutes: (app) => app.register(regularityRoutes, services),
  };
  return module;
}

export type RegularityServices = ReturnType<typeof createRegularityModule>['services'];
