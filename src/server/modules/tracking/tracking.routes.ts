import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ExportTimeEntriesService } from './export-time-entries.service.js';
import type { ImportTimeEntriesService } from './import-time-entries.service.js';
import { importsRoutes } from './imports.routes.js';
import type { PlannedVsActualService } from './planned-vs-actual.service.js';
import { timeEntriesRoutes } from './time-entries.routes.js';
import type { TimeEntriesService } from './time-entries.service.js';
import { timerRoutes } from './timer.routes.js';
import type { TimerService } from './timer.service.js';
import type { TimesheetService } from './timesheet.service.js';
import { trackingReportsRoutes } from './tracking-reports.routes.js';

export type TrackingServices = {
  timerService: TimerService;
  timeEntriesService: TimeEntriesService;
  exportTimeEntriesService: ExportTimeEntriesService;
  timesheetService: TimesheetService;
  plannedVsActualService: PlannedVsActualService;
  importTimeEntriesService: ImportTimeEntriesService;
};

/** Every time-tracking route: timer, entries and exports, timesheet and reports, imports. */
export const trackingRoutes: FastifyPluginAsyncZod<TrackingServices> = async (app, services) => {
  await app.register(timerRoutes, services);
  await app.register(timeEntriesRoutes, services);
  await app.register(trackingReportsRoutes, services);
  await app.register(importsRoutes, services);
};
