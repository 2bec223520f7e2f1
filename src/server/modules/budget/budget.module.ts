import type { CadenceModule, Platform } from '../../platform/module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { budgetRoutes } from './budget.routes.js';
import { type BudgetService, createBudgetService } from './budget.service.js';
import { type CategoriesRepository, createCategoriesRepository } from './categories.repository.js';
import { type CategoriesService, createCategoriesService } from './categories.service.js';
import { createWorkOptionsRepository } from './work-options.repository.js';
import { createWorkOptionsService, type WorkOptionsService } from './work-options.service.js';

export type BudgetServices = {
  categoriesRepository: CategoriesRepository;
  budgetService: BudgetService;
  categoriesService: CategoriesService;
  workOptionsService: WorkOptionsService;
};

/** Task categories, the weekly time budget and what the work costs. */
export function createBudgetModule(
  { database, runInTransaction, clock }: Platform,
  { workspaces }: { workspaces: WorkspacesServices },
): CadenceModule<BudgetServices> {
  const categoriesRepository = createCategoriesRepository(database.db);
  const workOptionsRepository = createWorkOptionsRepository(database.db);
  const services: BudgetServices = {
    categoriesRepository,
    budgetService: createBudgetService({
      categoriesRepository,
      workOptionsRepository,
      membersRepository: workspaces.membersRepository,
      workspacesRepository: workspaces.workspacesRepository,
      runInTransaction,
    }),
    categoriesService: createCategoriesService({ categoriesRepository, clock }),
    workOptionsService: createWorkOptionsService({ workOptionsRepository }),
  };
  return {
    services,
    registerRoutes: (app) =>
      app.register(budgetRoutes, { ...services, workspacesService: workspaces.workspacesService }),
  };
}
