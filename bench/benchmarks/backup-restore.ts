import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { writeEmbeddedBackup } from '../../src/server/platform/backup/embedded-backup.js';
import { restoreEmbeddedBackup } from '../../src/server/platform/backup/restore-backup.js';
import { createDb } from '../../src/server/platform/db.js';
import { selectRows } from '../../src/server/platform/sql-rows.js';
import { datasetDirectory } from '../dataset/dataset-store.js';
import type { BenchmarkResult } from '../lib/result.js';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function countEntries(dataDir: string): Promise<number> {
  const database = await createDb({ dataDir });
  try {
    const [row] = await selectRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from time_entries`,
    );
    return row?.count ?? 0;
  } finally {
    await database.close();
  }
}

/**
 * Benchmark 9: a backup of the dataset's embedded database (the whole agency, ~1M entries) the way
 * the daily job makes it, and its restore into an empty data directory, checked by counting the
 * entries back. The floor is `tar -czf` of the same PGlite directory: the cost of reading and
 * compressing the same files with nothing else to do.
 */
export async function benchmarkBackupRestore(name: string): Promise<BenchmarkResult> {
  const dataDir = datasetDirectory(name);
  const scratch = mkdtempSync(path.join(tmpdir(), 'cadence-bench-backup-'));
  try {
    const tarFile = path.join(scratch, 'floor.tar.gz');
    const tarStart = performance.now();
    execFileSync('tar', ['-czf', tarFile, '-C', dataDir, 'pglite']);
    const tarMs = performance.now() - tarStart;
    const tarBytes = statSync(tarFile).size;

    const source = await createDb({ dataDir });
    let backupMs = 0;
    let backupBytes = 0;
    let backupPath = '';
    try {
      const started = performance.now();
      const written = await writeEmbeddedBackup({
        pglite: source.pglite as NonNullable<typeof source.pglite>,
        backupDir: path.join(scratch, 'backups'),
        cadenceVersion: 'bench',
        now: new Date(),
      });
      backupMs = performance.now() - started;
      backupBytes = written.manifest.databaseFile.bytes;
      backupPath = written.path;
    } finally {
      await source.close();
    }

    const restoredDir = path.join(scratch, 'restored');
    const restoreStart = performance.now();
    await restoreEmbeddedBackup({ backupPath, dataDir: restoredDir, now: new Date() });
    const restoreMs = performance.now() - restoreStart;
    const [before, after] = [await countEntries(dataDir), await countEntries(restoredDir)];
    return {
      id: '9',
      name: `backup and restore of the embedded database (${before.toLocaleString('en')} entries)`,
      database: 'pglite',
      measured: `backup ${seconds(backupMs)}, ${megabytes(backupBytes)}; restore ${seconds(restoreMs)}, ${after.toLocaleString('en')} entries back`,
      baseline: `tar -czf of the data dir ${seconds(tarMs)}, ${megabytes(tarBytes)}`,
      ratio: backupMs / tarMs,
      target: 'every entry restored (time and size recorded)',
      met: before === after && before > 0,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
