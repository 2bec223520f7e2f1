import path from 'node:path';
import { version } from '../server/modules/health/health.module.js';
import { pruneBackups, writeEmbeddedBackup } from '../server/platform/backup/embedded-backup.js';
import { RestoreRefusedError, restoreEmbeddedBackup } from '../server/platform/backup/restore-backup.js';
import { loadConfig } from '../server/platform/config.js';
import { createDb, DataDirLockedError } from '../server/platform/db.js';

const postgresAdvice =
  'This Cadence runs on PostgreSQL (DATABASE_URL): back it up with pg_dump and restore with pg_restore (see README.md).';

/**
 * `cadence backup [folder]`: a backup of a stopped instance's embedded database, into the backup
 * folder (CADENCE_BACKUP_DIR) or the one given. A running Cadence backs itself up (daily, and
 * "Back up now" on the Instance page): the data directory serves one process at a time.
 */
export async function backupCommand(target: string | undefined): Promise<void> {
  const { config } = loadConfig();
  if (config.databaseUrl) throw new Error(postgresAdvice);
  const backupDir = path.resolve(target ?? config.backups.directory);
  let database: Awaited<ReturnType<typeof createDb>>;
  try {
    database = await createDb({ dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new Error(
        `${error.message}\nCadence is running: it backs itself up (see the Instance page, "Back up now"). Or stop it and run this again.`,
      );
    }
    throw error;
  }
  try {
    if (!database.pglite) throw new Error(postgresAdvice);
    const written = await writeEmbeddedBackup({
      pglite: database.pglite,
      backupDir,
      dataDir: config.dataDir,
      cadenceVersion: version,
      now: new Date(),
    });
    const removed = target ? [] : pruneBackups(backupDir, { ...config.backups, timeZone: config.timeZone });
    console.log(`Backup written: ${written.path} (${written.manifest.databaseFile.bytes} bytes).`);
    if (written.manifest.includesSecret)
      console.log('It holds the instance secret: keep it as private as the data directory.');
    if (removed.length > 0)
      console.log(`Older backups removed by the retention policy: ${removed.join(', ')}.`);
  } finally {
    await database.close();
  }
}

/** `cadence restore <backup folder>`: into the data directory, which no running Cadence may hold. */
export async function restoreCommand(backupPath: string | undefined): Promise<void> {
  if (!backupPath) throw new Error('Usage: cadence restore <backup folder>');
  const { config } = loadConfig();
  if (config.databaseUrl) throw new Error(postgresAdvice);
  try {
    const report = await restoreEmbeddedBackup({
      backupPath: path.resolve(backupPath),
      dataDir: config.dataDir,
      now: new Date(),
    });
    console.log(`Restored ${report.backup} into ${config.dataDir}.`);
    if (report.previousMovedTo) console.log(`The database it replaced is kept in ${report.previousMovedTo}.`);
    if (report.secretRestored) console.log('The instance secret of the backup was restored with it.');
    if (report.migratedFrom !== report.migratedTo)
      console.log(`Its schema was brought up to date (${report.migratedFrom} → ${report.migratedTo}).`);
    console.log('Start Cadence as usual.');
  } catch (error) {
    if (error instanceof DataDirLockedError)
      throw new Error(`${error.message}\nStop Cadence first: a restore never replaces a database in use.`);
    if (error instanceof RestoreRefusedError) throw new Error(error.message);
    throw error;
  }
}
