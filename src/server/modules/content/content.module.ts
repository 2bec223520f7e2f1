import type { CadenceModule, Platform } from '../../platform/module.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { type ContentServices, contentRoutes, createContentServices } from './create-content-services.js';

/** Content: the idea notebook, posts with one version per network, posting slots. */
export function createContentModule(
  { database, runInTransaction, clock }: Platform,
  needs: { workspaces: WorkspacesServices; strategy: StrategyServices },
): CadenceModule<ContentServices> {
  const services = createContentServices({
    db: database.db,
    networksRepository: needs.strategy.networksRepository,
    workspacesRepository: needs.workspaces.workspacesRepository,
    runInTransaction,
    clock,
  });
  return { services, registerRoutes: (app) => app.register(contentRoutes, services) };
}
