import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { RunInTransaction } from '../workspaces/workspaces.service.js';
import { createExportTimeEntriesService } from './export-time-entries.service.js';
import { createImportBatchesRepository } from './import-batches.repository.js';
import { createImportTimeEntriesService } from './import-time-entries.service.js';
import {
  createPlannedVsActualService,
  emptyRoutineWeekSource,
  type RoutineWeekSource,
} from './planned-vs-actual.service.js';
import type { RoutineBlockLookup } from './routine-link.js';
import { createTimeEntriesRepository } from './time-entries.repository.js';
import { createTimeEntriesService } from './time-entries.service.js';
import { createTimerService } from './timer.service.js';
import { createTimesheetService } from './timesheet.service.js';
import type { TrackingServices } from './tracking.routes.js';
import { createTrackingReportsRepository } from './tracking-reports.repository.js';
import { createTrackingSettingsRepository } from './tracking-settings.repository.js';

/**
 * The tracking module's own wiring, called by app.ts with what it shares with other modules.
 * `routineWeekSource` tells planned-vs-actual what the routine plans; without it, nothing.
 */
export function createTrackingServices({
  db,
  categoriesRepository,
  membersRepository,
  workspacesRepository,
  runInTransaction,
  clock,
  routineWeekSource = emptyRoutineWeekSource,
  hasRoutineBlock,
}: {
  db: Queryable;
  categoriesRepository: CategoriesRepository;
  membersRepository: MembersRepository;
  workspacesRepository: WorkspacesRepository;
  runInTransaction: RunInTransaction;
  clock: Clock;
  routineWeekSource?: RoutineWeekSource;
  /** Checks the routine block an entry or a timer names (see routine-link.ts). */
  hasRoutineBlock: RoutineBlockLookup;
}): TrackingServices {
  const timeEntriesRepository = createTimeEntriesRepository(db);
  const trackingReportsRepository = createTrackingReportsRepository(db);
  const shared = { categoriesRepository, workspacesRepository, clock };
  return {
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
    }),
  };
}
