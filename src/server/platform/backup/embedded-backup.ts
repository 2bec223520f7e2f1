import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { backupsToKeep, type RetentionPolicy } from '../../../core/backup/retention.js';
import {
  type BackupManifest,
  backupManifestSchema,
  databaseFileName,
  manifestFileName,
  migrationByWhen,
  secretFileName,
} from './backup-manifest.js';

export type BackupEntry = { name: string; path: string; manifest: BackupManifest };

const partialPrefix = '.partial-';
const backupNamePattern = /^cadence-\d{8}-\d{6}Z$/;

/** "cadence-20261205-030000Z": sorts by time, and says when at a glance. */
function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `cadence-${stamp}Z`;
}

/**
 * A consistent copy of the embedded database while Cadence runs. PGlite serves one query at a
 * time, and the dump is taken inside a transaction of its own: no other transaction is half-way
 * through while the files are read. The folder is written under a temporary name and renamed
 * only when complete, so a crash (or SIGKILL) mid-way never leaves a half backup under a final
 * name; leftovers of such a crash are removed by the next backup.
 */
export async function writeEmbeddedBackup(input: {
  pglite: PGlite;
  backupDir: string;
  /** The data directory: its generated `secret` file is copied when there is one. */
  dataDir?: string;
  cadenceVersion: string;
  now: Date;
}): Promise<BackupEntry> {
  const { pglite, backupDir } = input;
  mkdirSync(backupDir, { recursive: true, mode: 0o700 });
  removePartialBackups(backupDir);

  const name = uniqueName(backupDir, backupName(input.now));
  const partial = path.join(backupDir, `${partialPrefix}${name}`);
  mkdirSync(partial, { mode: 0o700 });

  const { rows } = await pglite.query<{ created_at: string }>(
    'select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  const when = Number(rows[0]?.created_at ?? 0);
  // A checkpoint first: the copy then needs little WAL replayed when it is opened.
  await pglite.exec('checkpoint');
  const archive = await pglite.transaction(async () => pglite.dumpDataDir('gzip'));
  const bytes = Buffer.from(await archive.arrayBuffer());
  writeFileSync(path.join(partial, databaseFileName), bytes, { mode: 0o600 });

  const secretFile = input.dataDir ? path.join(input.dataDir, secretFileName) : null;
  const includesSecret = secretFile !== null && existsSync(secretFile);
  if (includesSecret)
    writeFileSync(path.join(partial, secretFileName), readFileSync(secretFile), { mode: 0o600 });

  const manifest: BackupManifest = {
    format: 'cadence-backup-v1',
    cadenceVersion: input.cadenceVersion,
    createdAt: input.now.toISOString(),
    database: 'pglite',
    migration: { tag: migrationByWhen(when)?.tag ?? 'unknown', when },
    databaseFile: {
      name: databaseFileName,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    includesSecret,
  };
  writeFileSync(path.join(partial, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
  const final = path.join(backupDir, name);
  renameSync(partial, final);
  return { name, path: final, manifest };
}

function uniqueName(backupDir: string, name: string): string {
  let candidate = name;
  for (let suffix = 2; existsSync(path.join(backupDir, candidate)); suffix++) candidate = `${name}-${suffix}`;
  return candidate;
}

function removePartialBackups(backupDir: string): void {
  for (const entry of readdirSync(backupDir)) {
    if (entry.startsWith(partialPrefix))
      rmSync(path.join(backupDir, entry), { recursive: true, force: true });
  }
}

/** Reads a backup folder's manifest; throws a message a person understands when it is not one. */
export function readBackup(backupPath: string): BackupEntry {
  const manifestPath = path.join(backupPath, manifestFileName);
  if (!existsSync(manifestPath)) {
    throw new Error(`${backupPath} is not a Cadence backup (no ${manifestFileName} in it).`);
  }
  const parsed = backupManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`${manifestPath} is not a manifest this Cadence can read.`);
  return { name: path.basename(backupPath), path: backupPath, manifest: parsed.data };
}

/** The complete backups in a folder, newest first (half-written ones are not listed). */
export function listBackups(backupDir: string): BackupEntry[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir)
    .filter((entry) => backupNamePattern.test(entry.replace(/-\d+$/, '')))
    .flatMap((entry) => {
      const entryPath = path.join(backupDir, entry);
      if (!statSync(entryPath).isDirectory()) return [];
      try {
        return [readBackup(entryPath)];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

/** Deletes the backups the retention policy lets go; returns their names. */
export function pruneBackups(backupDir: string, policy: RetentionPolicy): string[] {
  const backups = listBackups(backupDir);
  const keep = backupsToKeep(
    backups.map((backup) => ({ name: backup.name, createdAt: new Date(backup.manifest.createdAt) })),
    policy,
  );
  const removed = backups.filter((backup) => !keep.has(backup.name));
  for (const backup of removed) rmSync(backup.path, { recursive: true, force: true });
  return removed.map((backup) => backup.name);
}
