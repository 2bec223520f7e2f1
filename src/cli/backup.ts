import path from 'node:path';
import { version } from '../server/modules/health/health.module.js';
import { pruneBackups, writeEmbeddedBackup } from '../server/platform/backup/embedded-backup.js';
import { writeLastRun } from '../server/platform/backup/last-run.js';
import { moveToPostgres } from '../server/platform/backup/move-to-postgres.js';
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
    const startedAt = new Date();
    const written = await writeEmbeddedBackup({
      pglite: database.pglite,
      backupDir,
      dataDir: config.dataDir,
      cadenceVersion: version,
      now: startedAt,
    });
    const removed = target ? [] : pruneBackups(backupDir, { ...config.backups, timeZone: config.timeZone });
    // Into the instance's own folder, it is the newest backup the Instance page should tell.
    if (backupDir === path.resolve(config.backups.directory))
      writeLastRun(backupDir, {
        status: 'succeeded',
        backup: written.name,
        message: null,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
      });
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

/**
 * `cadence move-to-postgres <url>`: copies the stopped embedded instance into an empty PostgreSQL
 * database, verifies every table, and says what to set next. The data directory stays as it was.
 */
export async function moveToPostgresCommand(databaseUrl: string | undefined): Promise<void> {
  if (!databaseUrl?.startsWith('postgres'))
    throw new Error('Usage: cadence move-to-postgres postgres://user:password@host:5432/db');
  const { config } = loadConfig();
  if (config.databaseUrl)
    throw new Error('Unset DATABASE_URL first: the source is the embedded database in CADENCE_DATA_DIR.');
  try {
    const report = await moveToPostgres({
      dataDir: config.dataDir,
      databaseUrl,
      onTable: ({ table, rows }) => console.log(`  ${table}: ${rows} rows, checksum equal`),
    });
    console.log(`Moved ${report.rows} rows in ${report.tables.length} tables; every table verified.`);
    console.log('Next: start Cadence with');
    console.log(`  DATABASE_URL=${databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:…@')}`);
    console.log('  CADENCE_SECRET=<the same secret> (the content of <data dir>/secret if it was generated)');
    console.log(
      'and, to split the work, CADENCE_ROLE=web and CADENCE_ROLE=worker processes on that database.',
    );
    console.log(
      `The embedded data directory ${config.dataDir} was left as it was: keep it until you are satisfied.`,
    );
  } catch (error) {
    if (error instanceof DataDirLockedError)
      throw new Error(`${error.message}\nStop Cadence first: the move reads a database nobody writes to.`);
    throw error;
  }
}
