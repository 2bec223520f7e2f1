import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../server/platform/backup/embedded-backup.js';
import { readLastRun } from '../server/platform/backup/last-run.js';
import { createDb } from '../server/platform/db.js';
import { backupCommand } from './backup.js';

const root = mkdtempSync(path.join(tmpdir(), 'cadence-backup-command-'));
const dataDir = path.join(root, 'data');
const backupDir = path.join(root, 'backups');
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('cadence backup', () => {
  it('tells the Instance page about the backup it wrote into the instance’s folder, not elsewhere', async () => {
    const database = await createDb({ dataDir });
    await database.close();
    vi.stubEnv('CADENCE_DATA_DIR', dataDir);
    vi.stubEnv('CADENCE_BACKUP_DIR', backupDir);
    vi.spyOn(console, 'log').mockImplementation(() => {});

    const elsewhere = path.join(root, 'usb-key');
    await backupCommand(elsewhere);
    expect(listBackups(elsewhere)).toHaveLength(1);
    expect(readLastRun(elsewhere)).toBeNull();

    await backupCommand(undefined);
    const [written] = listBackups(backupDir);
    expect(readLastRun(backupDir)).toMatchObject({
      status: 'succeeded',
      backup: written?.name,
      message: null,
    });
  });
});
