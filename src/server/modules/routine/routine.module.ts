import type { CadenceModule, Platform } from '../../platform/module.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createCalendarFeedsRepository } from './calendar-feeds.repository.js';
import { calendarFeedsRoutes } from './calendar-feeds.routes.js';
import { type CalendarFeedsService, createCalendarFeedsService } from './calendar-feeds.service.js';
import { createGenerateRoutineService, type GenerateRoutineService } from './generate-routine.service.js';
import { createOccurrenceFitChecks } from './occurrence-fit.js';
import { routineRoutes } from './routine.routes.js';
import { createRoutineBlocksRepository, type RoutineBlocksRepository } from './routine-blocks.repository.js';
import { createRoutineBlocksService, type RoutineBlocksService } from './routine-blocks.service.js';
import {
  createRoutineComparisonService,
  type RoutineComparisonService,
} from './routine-comparison.service.js';
import { createRoutineOccurrencesRepository } from './routine-occurrences.repository.js';
import {
  createRoutineOccurrencesService,
  type OccurrenceMarkedHook,
  type RoutineOccurrencesService,
} from './routine-occurrences.service.js';
import { createRushWeeksRepository } from './rush-weeks.repository.js';
import { rushWeeksRoutes } from './rush-weeks.routes.js';
import { createRushWeeksService, type RushWeeksService } from './rush-weeks.service.js';

export type RoutineServices = {
  routineBlocksRepository: RoutineBlocksRepository;
  routineBlocksService: RoutineBlocksService;
  generateRoutineService: GenerateRoutineService;
  routineOccurrencesService: RoutineOccurrencesService;
  routineComparisonService: RoutineComparisonService;
  calendarFeedsService: CalendarFeedsService;
  rushWeeksService: RushWeeksService;
};

/** The weekly routine: blocks, their occurrences and marks, generators, ICS calendar feeds, rush weeks. */
export function createRoutineModule(
  { database, runInTransaction, clock, settings, secret }: Platform,
  needs: {
    workspaces: WorkspacesServices;
    categoriesRepository: CategoriesRepository;
    /** Other modules' reactions to an occurrence being started (tracking starts the timer). */
    onOccurrenceMarked: OccurrenceMarkedHook[];
  },
): CadenceModule<RoutineServices> {
  const { db } = database;
  const { categoriesRepository } = needs;
  const { membersRepository, workspacesRepository } = needs.workspaces;
  const routineBlocksRepository = createRoutineBlocksRepository(db);
  const routineOccurrencesRepository = createRoutineOccurrencesRepository(db);
  const fitChecks = createOccurrenceFitChecks({
    routineBlocksRepository,
    routineOccurrencesRepository,
    categoriesRepository,
  });
  const routineDependencies = {
    assertSeriesMissesMovedOccurrences: fitChecks.assertSeriesMissesMovedOccurrences,
    routineBlocksRepository,
    categoriesRepository,
    membersRepository,
    workspacesRepository,
    clock,
  };
  const services: RoutineServices = {
    routineBlocksRepository,
    routineBlocksService: createRoutineBlocksService(routineDependencies),
    generateRoutineService: createGenerateRoutineService({ ...routineDependencies, runInTransaction }),
    routineOccurrencesService: createRoutineOccurrencesService({
      routineBlocksRepository,
      routineOccurrencesRepository,
      workspacesRepository,
      assertOccurrenceFits: fitChecks.assertOccurrenceFits,
      clock,
      onOccurrenceMarked: needs.onOccurrenceMarked,
    }),
    routineComparisonService: createRoutineComparisonService(routineDependencies),
    rushWeeksService: createRushWeeksService({
      rushWeeksRepository: createRushWeeksRepository(db),
      workspacesRepository,
      clock,
    }),
    calendarFeedsService: createCalendarFeedsService({
      calendarFeedsRepository: createCalendarFeedsRepository(db),
      routineBlocksRepository,
      routineOccurrencesRepository,
      categoriesRepository,
      workspacesRepository,
      runInTransaction,
      clock,
      baseUrl: settings.baseUrl,
      secret,
    }),
  };
  return {
    services,
    async registerRoutes(app) {
      await app.register(routineRoutes, services);
      await app.register(calendarFeedsRoutes, services);
      await app.register(rushWeeksRoutes, services);
    },
  };
}
