import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillEveryWorkspaceTable } from '../../testing/every-table.js';
import { buildSampleWorld, fillPath, type SampleWorld } from '../../testing/sample-world.js';
import { as, buildTestApp } from '../../testing/test-app.js';
import { createFixedClock } from '../clock.js';
import type { BackupSettings } from '../config.js';
import { identifyProcess } from '../data-dir-lock.js';
import { createDb, DataDirLockedError } from '../db.js';
import type { Mailer } from '../mail.js';
import { databaseFileName, manifestFileName } from './backup-manifest.js';
import { listBackups, readBackup } from './embedded-backup.js';
import { RestoreRefusedError, restoreEmbeddedBackup } from './restore-backup.js';

/**
 * The embedded database backed up while Cadence runs, wiped, restored: every GET route answers
 * exactly as before, route by route. (PostgreSQL is backed up with pg_dump, not by Cadence.)
 */
const root = mkdtempSync(path.join(tmpdir(), 'cadence-backup-'));
const dataDir = path.join(root, 'data');
const backupSettings: BackupSettings = {
  directory: path.join(root, 'backups'),
  dataDir,
  keepDaily: 7,
  keepWeekly: 4,
  schedule: null,
};
const clock = createFixedClock(new Date('2026-12-04T09:00:00Z'));
const mailer: Mailer = { isConfigured: false, send: async () => {} };

/** Answers that change by themselves (job queues, the backups list) are left out of the comparison. */
const volatile = new Set([
  '/api/health',
  '/api/instance/jobs',
  '/api/instance/backups',
  '/api/docs',
  '/api/docs/*',
]);

async function openApp() {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'secret'), 'the-instance-secret\n', { flag: 'a' });
  const database = await createDb({ dataDir });
  const app = await buildTestApp({ database, clock, mailer, backups: backupSettings, worker: true });
  return { app, database, close: () => app.close().then(() => database.close()) };
}

async function readEveryGet(app: FastifyInstance, world: SampleWorld) {
  const answers = new Map<string, { status: number; body: string }>();
  const routes = app.declaredRoutes.filter(
    (route) => route.method === 'GET' && route.access !== 'public' && !volatile.has(route.url),
  );
  for (const route of routes) {
    const url = fillPath(route, world.workspaceId, world.ids);
    const response = await as(app, world.owner, { method: 'GET', url });
    answers.set(`GET ${route.url}`, { status: response.statusCode, body: response.body });
  }
  return answers;
}

let world: SampleWorld;
let before: Map<string, { status: number; body: string }>;
let backupPath: string;

const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  if (onPostgres) return;
  const { app, database, close } = await openApp();
  try {
    world = await buildSampleWorld(app);
    await fillEveryWorkspaceTable(database.db, world);
    before = await readEveryGet(app, world);
    // "Back up now" from the Instance page (its founder administers the instance): a job.
    const asked = await as(app, world.owner, { method: 'POST', url: '/api/instance/backups' });
    expect(asked.statusCode).toBe(202);
    const deadline = Date.now() + 30_000;
    while (listBackups(backupSettings.directory).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const listed = await as(app, world.owner, { method: 'GET', url: '/api/instance/backups' });
    expect(listed.json()).toMatchObject({
      database: 'pglite',
      lastRun: { status: 'succeeded' },
      backups: [{ includesSecret: true, migration: expect.stringMatching(/^\d{4}_/) }],
    });
    backupPath = listBackups(backupSettings.directory)[0]?.path ?? '';
  } finally {
    await close();
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The embedded database only (PostgreSQL is backed up with pg_dump, see README.md).
describe.skipIf(onPostgres)('backup and restore of the embedded database', () => {
  it('refuses to restore into a data directory another process uses', async () => {
    // The lock of a running Cadence, as another process writes it.
    const other = spawn('sleep', ['30']);
    try {
      const lockFile = path.join(dataDir, 'cadence.lock');
      writeFileSync(lockFile, JSON.stringify({ pid: other.pid, identity: identifyProcess(other.pid ?? 0) }));
      await expect(restoreEmbeddedBackup({ backupPath, dataDir, now: clock.now() })).rejects.toBeInstanceOf(
        DataDirLockedError,
      );
      rmSync(lockFile);
    } finally {
      other.kill();
    }
  });

  it('answers every GET route as before after a wipe and a restore, secret included', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const report = await restoreEmbeddedBackup({ backupPath, dataDir, now: clock.now() });
    expect(report.secretRestored).toBe(true);
    expect(readFileSync(path.join(dataDir, 'secret'), 'utf8')).toBe('the-instance-secret\n');

    const { app, close } = await openApp();
    try {
      const after = await readEveryGet(app, world);
      expect(after.size).toBeGreaterThan(20);
      for (const [route, answer] of before) expect(after.get(route), route).toEqual(answer);
    } finally {
      await close();
    }
    // Opening the restored directory and reading every route: 30 s ran out once at load 18-20.
  }, 120_000);

  it('keeps the database it replaces, never deletes it', async () => {
    const report = await restoreEmbeddedBackup({
      backupPath,
      dataDir,
      now: new Date('2026-12-05T10:00:00Z'),
    });
    expect(report.previousMovedTo).toMatch(/pglite\.before-restore-/);
  });

  it('refuses a backup from a newer schema, and a damaged one, with a message', async () => {
    const copy = path.join(root, 'tampered');
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy);
    writeFileSync(path.join(copy, databaseFileName), readFileSync(path.join(backupPath, databaseFileName)));
    const manifest = readBackup(backupPath).manifest;
    writeFileSync(
      path.join(copy, manifestFileName),
      JSON.stringify({
        ...manifest,
        migration: { tag: '9999_future', when: manifest.migration.when + 1e12 },
      }),
    );
    await expect(restoreEmbeddedBackup({ backupPath: copy, dataDir, now: clock.now() })).rejects.toThrow(
      /newer Cadence/,
    );

    writeFileSync(path.join(copy, manifestFileName), JSON.stringify(manifest));
    writeFileSync(path.join(copy, databaseFileName), 'not the database');
    await expect(
      restoreEmbeddedBackup({ backupPath: copy, dataDir, now: clock.now() }),
    ).rejects.toBeInstanceOf(RestoreRefusedError);
  });
});
