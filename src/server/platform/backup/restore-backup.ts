import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../data-dir-lock.js';
import { createDb } from '../db.js';
import { databaseFileName, knownMigrations, secretFileName } from './backup-manifest.js';
import { readBackup } from './embedded-backup.js';

export class RestoreRefusedError extends Error {}

export type RestoreReport = {
  backup: string;
  /** Where the data directory's previous database (and secret) were moved, if there was one. */
  previousMovedTo: string | null;
  secretRestored: boolean;
  migratedFrom: string;
  migratedTo: string;
};

/**
 * Restores a backup into a data directory that no Cadence is using (its lock is taken first, so
 * a running instance is never overwritten). Whatever the directory held is moved aside, never
 * deleted. A backup from an older Cadence is migrated; one from a newer Cadence is refused.
 */
export async function restoreEmbeddedBackup(input: {
  backupPath: string;
  dataDir: string;
  now: Date;
}): Promise<RestoreReport> {
  const backup = readBackup(input.backupPath);
  const { manifest } = backup;
  const migrations = knownMigrations();
  const newest = migrations.at(-1);
  if (newest && manifest.migration.when > newest.when) {
    throw new RestoreRefusedError(
      `This backup was made by a newer Cadence (${manifest.cadenceVersion}, schema ${manifest.migration.tag}); this one knows schemas up to ${newest.tag}. Restore it with that version or a later one.`,
    );
  }
  const archive = readFileSync(path.join(backup.path, databaseFileName));
  const sha256 = createHash('sha256').update(archive).digest('hex');
  if (archive.length !== manifest.databaseFile.bytes || sha256 !== manifest.databaseFile.sha256) {
    throw new RestoreRefusedError(
      `The database file of ${backup.name} is damaged (its checksum does not match).`,
    );
  }

  mkdirSync(input.dataDir, { recursive: true });
  const releaseLock = lockDataDir(input.dataDir);
  let previousMovedTo: string | null = null;
  let secretRestored = false;
  try {
    const stamp = input.now.toISOString().replace(/[-:.]/g, '');
    const target = path.join(input.dataDir, 'pglite');
    if (existsSync(target) && readdirSync(target).length > 0) {
      previousMovedTo = `${target}.before-restore-${stamp}`;
      renameSync(target, previousMovedTo);
    }
    const pglite = await PGlite.create(target, { loadDataDir: new Blob([archive]) });
    await pglite.close();

    if (manifest.includesSecret) {
      const secret = readFileSync(path.join(backup.path, secretFileName));
      const current = path.join(input.dataDir, secretFileName);
      if (existsSync(current) && !readFileSync(current).equals(secret)) {
        renameSync(current, `${current}.before-restore-${stamp}`);
      }
      writeFileSync(current, secret, { mode: 0o600 });
      secretRestored = true;
    }
  } finally {
    releaseLock();
  }
  // Opening it the normal way takes the lock again and applies this Cadence's newer migrations.
  const handle = await createDb({ dataDir: input.dataDir });
  await handle.close();
  return {
    backup: backup.name,
    previousMovedTo,
    secretRestored,
    migratedFrom: manifest.migration.tag,
    migratedTo: newest?.tag ?? manifest.migration.tag,
  };
}
