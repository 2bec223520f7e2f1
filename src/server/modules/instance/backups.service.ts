import type { Logger } from 'pino';
import type { BackupRun, InstanceBackups } from '../../../contracts/instance.js';
import { listBackups, pruneBackups, writeEmbeddedBackup } from '../../platform/backup/embedded-backup.js';
import { readLastRun, writeLastRun } from '../../platform/backup/last-run.js';
import type { Clock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { CadenceSettings } from '../../platform/module.js';
import { conflict } from '../../platform/problem.js';
import { version } from '../health/health.module.js';

export type BackupAlerter = (outcome: {
  status: 'succeeded' | 'failed';
  startedAt: string;
  message: string | null;
}) => Promise<void>;

/**
 * Backups of the embedded database into the backup folder, pruned by the retention policy, and
 * what the Instance page shows of them. The last run (success or failure) is kept beside the
 * backups, so a failure is seen until a backup succeeds. PostgreSQL is left to pg_dump.
 */
export function createBackupsService({
  database,
  settings,
  clock,
  jobs,
  logger,
  alertAdministrators,
}: {
  database: DatabaseHandle;
  settings: CadenceSettings;
  clock: Clock;
  jobs: CadenceJobs;
  logger: Logger;
  /** Tells the instance's administrators a backup failed or works again (backup-alerts.ts). */
  alertAdministrators: BackupAlerter;
}) {
  const backups = settings.backups;
  const { pglite } = database;

  return {
    /** Whether this process can back up (embedded database with a backup folder configured). */
    canBackUp: Boolean(pglite && backups),

    async runBackup(): Promise<void> {
      if (!pglite || !backups) return;
      const startedAt = clock.now();
      try {
        const written = await writeEmbeddedBackup({
          pglite,
          backupDir: backups.directory,
          dataDir: backups.dataDir,
          cadenceVersion: version,
          now: startedAt,
        });
        const removed = pruneBackups(backups.directory, { ...backups, timeZone: settings.timeZone });
        recordRun({ status: 'succeeded', backup: written.name, message: null });
        await alertAdministrators({ status: 'succeeded', startedAt: startedAt.toISOString(), message: null });
        logger.info(
          `Backup ${written.name} written (${written.manifest.databaseFile.bytes} bytes)${removed.length ? `; removed ${removed.join(', ')}` : ''}`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        recordRun({ status: 'failed', backup: null, message });
        logger.error({ err: error }, 'Backup failed');
        // Told even though the run record may not be writable: the alert lives in the database.
        await alertAdministrators({ status: 'failed', startedAt: startedAt.toISOString(), message }).catch(
          (alertError: unknown) => logger.error({ err: alertError }, 'Could not alert the administrators'),
        );
        throw error;
      }

      function recordRun(outcome: Pick<BackupRun, 'status' | 'backup' | 'message'>) {
        if (!backups) return;
        const run: BackupRun = {
          ...outcome,
          startedAt: startedAt.toISOString(),
          finishedAt: clock.now().toISOString(),
        };
        try {
          writeLastRun(backups.directory, run);
        } catch (error) {
          logger.error({ err: error }, 'Could not record the backup run');
        }
      }
    },

    readBackups(): InstanceBackups {
      if (!pglite || !backups) return { database: 'postgres' };
      return {
        database: 'pglite',
        directory: backups.directory,
        schedule: backups.schedule,
        timeZone: settings.timeZone,
        keepDaily: backups.keepDaily,
        keepWeekly: backups.keepWeekly,
        lastRun: readLastRun(backups.directory),
        backups: listBackups(backups.directory).map(({ name, manifest }) => ({
          name,
          createdAt: manifest.createdAt,
          bytes: manifest.databaseFile.bytes,
          cadenceVersion: manifest.cadenceVersion,
          migration: manifest.migration.tag,
          includesSecret: manifest.includesSecret,
        })),
      };
    },

    /** "Back up now": a job, so the web answers at once and the worker does the copying. */
    async requestBackup(): Promise<void> {
      if (!pglite || !backups) {
        throw conflict('backups_use_pg_dump');
      }
      await jobs.send('instance-backup', { version: 1, reason: 'requested' });
    },
  };
}
export type BackupsService = ReturnType<typeof createBackupsService>;
