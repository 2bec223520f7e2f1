import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../db.js';
import { databaseFileName } from './backup-manifest.js';
import { listBackups } from './embedded-backup.js';

const script = fileURLToPath(new URL('../../testing/proof-backup.ts', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'cadence-backup-kill-'));
const dataDir = path.join(root, 'data');
const backupDir = path.join(root, 'backups');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the backing-up process until it has written `afterBackups` more, then kills it at once. */
function runAndKill(afterBackups: number, extraDelayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, PROOF_DATA_DIR: dataDir, PROOF_BACKUP_DIR: backupDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let written = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      written += chunk
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('backed-up')).length;
      if (written >= afterBackups) setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
}

// The embedded database only: the PostgreSQL run of this tier would repeat it word for word.
describe.skipIf(Boolean(process.env.DATABASE_URL))('a backup killed mid-way', () => {
  it('leaves every complete backup intact and no half backup under a final name', async () => {
    // Enough data that a backup takes a while: a kill lands inside one.
    const database = await createDb({ dataDir });
    await database.db.execute(
      sql`create table ballast as select n, md5(n::text) as text from generate_series(1, 200000) as n`,
    );
    await database.close();

    let killedMidWay = 0;
    for (const delay of [5, 40, 120, 250, 400]) {
      await runAndKill(1, delay);
      if (readdirSync(backupDir).some((entry) => entry.startsWith('.partial-'))) killedMidWay += 1;
    }
    // The proof means something only if some kills landed inside a backup.
    expect(killedMidWay).toBeGreaterThan(0);

    const backups = listBackups(backupDir);
    expect(backups.length).toBeGreaterThanOrEqual(5);
    for (const backup of backups) {
      const archive = readFileSync(path.join(backup.path, databaseFileName));
      expect(createHash('sha256').update(archive).digest('hex'), backup.name).toBe(
        backup.manifest.databaseFile.sha256,
      );
    }
    // Every folder under a final name is a complete backup; only `.partial-*` may be half written.
    const finalNames = readdirSync(backupDir).filter((entry) => entry.startsWith('cadence-'));
    expect(finalNames.sort()).toEqual(backups.map((backup) => backup.name).sort());
    expect(finalNames.every((name) => existsSync(path.join(backupDir, name, 'manifest.json')))).toBe(true);
  }, 240_000);
});
