import { vacuumAnalyze } from '../../platform/embedded-maintenance.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import { type BackupAlerter, type BackupsService, createBackupsService } from './backups.service.js';
import { instanceRoutes } from './instance.routes.js';
import {
  createInstanceAdministratorsRepository,
  type InstanceAdministratorsRepository,
} from './instance-administrators.repository.js';
import { createInstanceJobsService, type InstanceJobsService } from './instance-jobs.service.js';
import { organisationRoutes } from './organisation.routes.js';
import { createOrganisationProfileRepository } from './organisation-profile.repository.js';
import {
  createOrganisationProfileService,
  type OrganisationProfileService,
} from './organisation-profile.service.js';

export type InstanceServices = {
  instanceAdministratorsRepository: InstanceAdministratorsRepository;
  instanceJobsService: InstanceJobsService;
  backupsService: BackupsService;
  organisationProfileService: OrganisationProfileService;
};

/**
 * The instance itself: who administers it, the organisation its reports are made under, its
 * background jobs, and its upkeep. On the embedded
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
    organisationProfileService: createOrganisationProfileService({
      organisationProfileRepository: createOrganisationProfileRepository(database.db),
      clock,
    }),
  };
  const backupSchedule = settings.backups?.schedule;
  const { pglite } = database;
  return {
    services,
    registerRoutes: async (app) => {
      await app.register(instanceRoutes, services);
      await app.register(organisationRoutes, services);
    },
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
