import type { CadenceModule, Platform } from '../../platform/module.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { NotifyInput } from '../notifications/notifications.service.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createExportTimeEntriesService } from './export-time-entries.service.js';
import { createImportBatchesRepository } from './import-batches.repository.js';
import { createImportTimeEntriesService } from './import-time-entries.service.js';
import { createForgottenTimersCheck } from './notify-forgotten-timers.js';
import {
  createPlannedVsActualService,
  emptyRoutineWeekSource,
  type RoutineWeekSource,
} from './planned-vs-actual.service.js';
import type { RoutineBlockLookup } from './routine-link.js';
import { createDemoTimeSeeder } from './seed-demo-time.js';
import { createTimeEntriesRepository } from './time-entries.repository.js';
import { createTimeEntriesService } from './time-entries.service.js';
import { createTimerService } from './timer.service.js';
import { createTimesheetService } from './timesheet.service.js';
import { type TrackingServices, trackingRoutes } from './tracking.routes.js';
import { createTrackingReportsRepository } from './tracking-reports.repository.js';
import { createTrackingSettingsRepository } from './tracking-settings.repository.js';

/**
 * Time tracking: timer, entries, timesheet, reports, imports and exports.
 * `routineWeekSource` tells planned-vs-actual what the routine plans; without it, nothing.
 */
export function createTrackingModule(
  { database, runInTransaction, clock, settings }: Platform,
  {
    workspaces,
    categoriesRepository,
    routineWeekSource = emptyRoutineWeekSource,
    hasRoutineBlock,
    notify,
  }: {
    workspaces: Pick<WorkspacesServices, 'membersRepository' | 'workspacesRepository'>;
    categoriesRepository: CategoriesRepository;
    routineWeekSource?: RoutineWeekSource;
    /** Checks the routine block an entry or a timer names (see routine-link.ts). */
    hasRoutineBlock: RoutineBlockLookup;
    /** Tells a person (the notifications module's `notify`): a forgotten timer. */
    notify: (input: NotifyInput) => Promise<number>;
  },
): CadenceModule<
  TrackingServices & {
    seedDemoTime: ReturnType<typeof createDemoTimeSeeder>;
    notifyForgottenTimers: () => Promise<number>;
  }
> {
  const { db } = database;
  const { membersRepository, workspacesRepository } = workspaces;
  const timeEntriesRepository = createTimeEntriesRepository(db);
  const trackingReportsRepository = createTrackingReportsRepository(db);
  const shared = { categoriesRepository, workspacesRepository, clock };
  const services: TrackingServices = {
    timerService: createTimerService({
      timeEntriesRepository,
      trackingSettingsRepository: createTrackingSettingsRepository(db),
      categoriesRepository,
      hasRoutineBlock,
      runInTransaction,
      clock,
    }),
    timeEntriesService: createTimeEntriesService({
      ...shared,
      timeEntriesRepository,
      membersRepository,
      hasRoutineBlock,
      runInTransaction,
    }),
    exportTimeEntriesService: createExportTimeEntriesService({
      timeEntriesRepository,
      categoriesRepository,
      workspacesRepository,
    }),
    timesheetService: createTimesheetService({
      ...shared,
      trackingReportsRepository,
      timeEntriesRepository,
      membersRepository,
      runInTransaction,
    }),
    plannedVsActualService: createPlannedVsActualService({
      ...shared,
      trackingReportsRepository,
      routineWeekSource,
    }),
    importTimeEntriesService: createImportTimeEntriesService({
      ...shared,
      importBatchesRepository: createImportBatchesRepository(db),
      membersRepository,
      runInTransaction,
      writesWhileReading: database.kind === 'postgres',
    }),
  };
  const notifyForgottenTimers = createForgottenTimersCheck({ db, clock, notify });
  return {
    services: {
      ...services,
      // Time tracking's part of the demo workspace's story.
      seedDemoTime: createDemoTimeSeeder({ db, categoriesRepository, membersRepository, clock }),
      notifyForgottenTimers,
    },
    registerRoutes: (app) => app.register(trackingRoutes, services),
    jobHandlers: [
      {
        queue: 'forgotten-timer-check',
        handle: async () => {
          await notifyForgottenTimers();
        },
        schedule: { cron: '*/15 * * * *', timeZone: settings.timeZone },
      },
    ],
  };
}
