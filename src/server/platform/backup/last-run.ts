import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BackupRun, backupRunSchema } from '../../../contracts/instance.js';

/**
 * The last backup run (success or failure), kept beside the backups rather than in the database:
 * it must survive the restore of an older backup, and it is written by the running Cadence's job
 * and by `cadence backup` alike, so the Instance page tells the newest of both.
 */
const lastRunFile = 'last-run.json';

export function readLastRun(backupDir: string): BackupRun | null {
  const file = path.join(backupDir, lastRunFile);
  if (!existsSync(file)) return null;
  const parsed = backupRunSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

/** Throws when the folder is not writable: the caller decides whether that matters. */
export function writeLastRun(backupDir: string, run: BackupRun): void {
  writeFileSync(path.join(backupDir, lastRunFile), `${JSON.stringify(run)}\n`, { mode: 0o600 });
}
