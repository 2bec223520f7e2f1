import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, migrationsFolder } from '../db.js';
import { selectRows } from '../sql-rows.js';
import { knownMigrations } from './backup-manifest.js';
import { writeEmbeddedBackup } from './embedded-backup.js';
import { restoreEmbeddedBackup } from './restore-backup.js';

/**
 * A backup made by an older Cadence (its schema one migration behind this build's) is restored
 * and brought up to date, its rows kept: an upgrade and a restore can happen in either order.
 */
const root = mkdtempSync(path.join(tmpdir(), 'cadence-older-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** This build's migrations less the newest: the schema of the Cadence before it. */
function olderMigrationsFolder(): string {
  const folder = path.join(root, 'older-migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries.pop();
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('restoring a backup of an older Cadence', () => {
  it('migrates it to this schema and keeps its rows', async () => {
    const migrations = knownMigrations();
    const newest = migrations.at(-1);
    const previous = migrations.at(-2);
    expect(previous).toBeDefined();

    const olderDataDir = path.join(root, 'older');
    const older = await createDb({ dataDir: olderDataDir, migrate: false });
    const pglite = older.pglite;
    if (!pglite) throw new Error('needs the embedded database');
    await migrate(older.db as never, { migrationsFolder: olderMigrationsFolder() });
    await older.db.execute(
      sql`insert into workspaces (name, time_zone, currency, locale) values ('Before the upgrade', 'Europe/Paris', 'EUR', 'fr')`,
    );
    const backup = await writeEmbeddedBackup({
      pglite,
      backupDir: path.join(root, 'backups'),
      cadenceVersion: 'older',
      now: new Date('2026-12-01T03:00:00Z'),
    });
    await older.close();
    expect(backup.manifest.migration.tag).toBe(previous?.tag);

    const dataDir = path.join(root, 'restored');
    const report = await restoreEmbeddedBackup({ backupPath: backup.path, dataDir, now: new Date() });
    expect(report).toMatchObject({ migratedFrom: previous?.tag, migratedTo: newest?.tag });

    const restored = await createDb({ dataDir, migrate: false });
    try {
      const [applied] = await selectRows<{ when: string }>(
        restored.db,
        sql`select max(created_at)::text as when from drizzle.__drizzle_migrations`,
      );
      expect(Number(applied?.when)).toBe(newest?.when);
      const names = await selectRows<{ name: string }>(restored.db, sql`select name from workspaces`);
      expect(names).toEqual([{ name: 'Before the upgrade' }]);
    } finally {
      await restored.close();
    }
  }, 120_000);
});
