import { vacuumAnalyze } from '../../platform/embedded-maintenance.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import { type BackupAlerter, type BackupsService, createBackupsService } from './backups.service.js';
import { instanceRoutes } from './instance.routes.js';
import {
  createInstanceAdministratorsRepository,
  type InstanceAdministratorsRepository,
} from './instance-administrators.repository.js';
import { createInstanceJobsService, type InstanceJobsService } from './instance-jobs.service.js';

export type InstanceServices = {
  instanceAdministratorsRepository: InstanceAdministratorsRepository;
  instanceJobsService: InstanceJobsService;
  backupsService: BackupsService;
};

/**
 * The instance itself: who administers it, its background jobs, and its upkeep. On the embedded
 * database (no autovacuum), `VACUUM (ANALYZE)` runs every night at 03:30 in the instance's zone,
 * and a backup is made every day (03:00 by default, CADENCE_BACKUP_SCHEDULE).
 */
export function createInstanceModule(
  { database, jobs, logger, settings, clock }: Platform,
  needs: { alertAdministrators: BackupAlerter },
): CadenceModule<InstanceServices> {
  const services: InstanceServices = {
    instanceAdministratorsRepository: createInstanceAdministratorsRepository(database.db),
    instanceJobsService: createInstanceJobsService({ jobs }),
    backupsService: createBackupsService({
      database,
      settings,
      clock,
      jobs,
      logger,
      alertAdministrators: needs.alertAdministrators,
    }),
  };
  const backupSchedule = settings.backups?.schedule;
  const { pglite } = database;
  return {
    services,
    registerRoutes: (app) => app.register(instanceRoutes, services),
    jobHandlers: pglite
      ? [
          {
            queue: 'embedded-maintenance',
            schedule: { cron: '30 3 * * *', timeZone: settings.timeZone },
            async handle() {
              const began = Date.now();
              await vacuumAnalyze(pglite);
              logger.info(`Embedded database maintenance (vacuum, analyze) done in ${Date.now() - began} ms`);
            },
          },
          {
            queue: 'instance-backup',
            ...(backupSchedule ? { schedule: { cron: backupSchedule, timeZone: settings.timeZone } } : {}),
            handle: () => services.backupsService.runBackup(),
          },
        ]
      : [],
  };
}
