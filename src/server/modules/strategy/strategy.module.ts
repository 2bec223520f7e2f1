import type { CadenceModule, Platform } from '../../platform/module.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createNetworksRepository, type NetworksRepository } from './networks.repository.js';
import { createObjectivesRepository } from './objectives.repository.js';
import {
  createObjectivesService,
  type MeasureKpiActual,
  type ObjectivesService,
} from './objectives.service.js';
import { createPersonasRepository } from './personas.repository.js';
import { createPersonasService, type PersonasService } from './personas.service.js';
import { createStrategyRepository } from './strategy.repository.js';
import { strategyRoutes } from './strategy.routes.js';
import { createStrategyService, type StrategyService } from './strategy.service.js';

export type StrategyServices = {
  networksRepository: NetworksRepository;
  strategyService: StrategyService;
  personasService: PersonasService;
  objectivesService: ObjectivesService;
};

/** The strategy: networks and their focus, editorial line, personas, objectives and KPIs. */
export function createStrategyModule(
  { database, runInTransaction, clock }: Platform,
  { workspaces, measureKpiActual }: { workspaces: WorkspacesServices; measureKpiActual?: MeasureKpiActual },
): CadenceModule<StrategyServices> {
  const { db } = database;
  const networksRepository = createNetworksRepository(db);
  const services: StrategyServices = {
    networksRepository,
    strategyService: createStrategyService({
      strategyRepository: createStrategyRepository(db),
      networksRepository,
      runInTransaction,
    }),
    personasService: createPersonasService({ personasRepository: createPersonasRepository(db), clock }),
    objectivesService: createObjectivesService({
      objectivesRepository: createObjectivesRepository(db),
      workspacesRepository: workspaces.workspacesRepository,
      clock,
      ...(measureKpiActual ? { measureKpiActual } : {}),
    }),
  };
  return { services, registerRoutes: (app) => app.register(strategyRoutes, services) };
}
