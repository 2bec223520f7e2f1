import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import { type SmtpWorld, startSmtpWorld } from '../../testing/smtp-world.js';
import { as, buildTestApp, cadenceOf, signUp, type TestUser } from '../../testing/test-app.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';

/**
 * A failed backup reaches the instance's administrators (bell + mail, through a real SMTP server)
 * once per failure streak, and "backups work again" once; people who do not administer the
 * instance hear nothing. The backup folder is made unwritable (as root, where permission bits do
 * not stop writes, by putting a file where the folder must be).
 */
const root = mkdtempSync(path.join(tmpdir(), 'cadence-backup-alerts-'));
const backupDir = path.join(root, 'backups');
const clock = createFixedClock(new Date('2026-12-05T02:00:00Z'));
const onPostgres = Boolean(process.env.DATABASE_URL);
let smtp: SmtpWorld;
let database: DatabaseHandle;
let app: FastifyInstance;
let administrator: TestUser;
let someoneElse: TestUser;

function makeBackupFolderUnwritable() {
  rmSync(backupDir, { recursive: true, force: true });
  if (process.getuid?.() === 0) writeFileSync(backupDir, 'not a folder');
  else mkdirSync(backupDir, { mode: 0o500 });
}
function makeBackupFolderWritable() {
  rmSync(backupDir, { recursive: true, force: true });
  mkdirSync(backupDir, { mode: 0o700 });
}
const bell = async (user: TestUser) =>
  (await as(app, user, { method: 'GET', url: '/api/me/notifications' })).json() as {
    items: { kind: string; workspaceId: string | null; subject: { label?: string } }[];
  };
const runBackup = () => cadenceOf(app).modules.instance.services.backupsService.runBackup();

beforeAll(async () => {
  smtp = await startSmtpWorld();
  database = await createTestDatabase();
  app = await buildTestApp({
    database,
    clock,
    mailer: smtp.mailer,
    worker: true,
    backups: { directory: backupDir, dataDir: root, keepDaily: 7, keepWeekly: 4, schedule: null },
  });
  administrator = await signUp(app); // the first account administers the instance
  someoneElse = await signUp(app);
});
afterAll(async () => {
  await app.close();
  await database.close();
  await smtp.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('backup alerts', () => {
  it.skipIf(onPostgres)(
    'tells the administrators once per failure streak, then once when it recovers',
    async () => {
      makeBackupFolderUnwritable();
      await expect(runBackup()).rejects.toThrow();
      clock.set(new Date('2026-12-06T02:00:00Z'));
      await expect(runBackup()).rejects.toThrow();

      const failed = (await bell(administrator)).items;
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ kind: 'backup_failed', workspaceId: null });
      expect(failed[0]?.subject.label).toBeTruthy();
      expect((await bell(someoneElse)).items).toEqual([]);
      await waitFor(async () => smtp.received.length >= 1, { timeoutMilliseconds: 20_000 });
      expect(smtp.received[0]?.to).toMatchObject({ text: administrator.email });
      expect(smtp.received[0]?.subject).toMatch(
        /La sauvegarde de l’instance a échoué|The instance backup failed/,
      );
      expect(smtp.received[0]?.text).toContain('/instance');

      // Each step an hour later: the bell orders alerts by their time, as the streak's rule does.
      clock.set(new Date('2026-12-06T03:00:00Z'));
      makeBackupFolderWritable();
      await runBackup();
      await runBackup();
      expect((await bell(administrator)).items.map((item) => item.kind)).toEqual([
        'backup_recovered',
        'backup_failed',
      ]);
      await waitFor(async () => smtp.received.length >= 2, { timeoutMilliseconds: 20_000 });
      expect(smtp.received[1]?.subject).toMatch(
        /Les sauvegardes fonctionnent de nouveau|Backups are working again/,
      );

      // A new failure is a new streak: told again.
      clock.set(new Date('2026-12-06T04:00:00Z'));
      makeBackupFolderUnwritable();
      await expect(runBackup()).rejects.toThrow();
      expect((await bell(administrator)).items.map((item) => item.kind)).toEqual([
        'backup_failed',
        'backup_recovered',
        'backup_failed',
      ]);
      await waitFor(async () => smtp.received.length >= 3, { timeoutMilliseconds: 20_000 });
      // Nothing more comes: one mail per alert.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(smtp.received).toHaveLength(3);
      expect((await bell(someoneElse)).items).toEqual([]);
    },
    90_000,
  );

  it('keeps instance notifications once per administrator and key, on both databases', async () => {
    const { notificationsService } = cadenceOf(app).modules.notifications.services;
    clock.set(new Date('2026-12-20T02:00:00Z'));
    const input = {
      kind: 'backup_failed' as const,
      subject: { label: 'disk full' },
      subjectKey: 'both-databases',
    };
    const first = await notificationsService.notifyInstanceAdministrators(input);
    expect(first).toBe(1);
    expect(await notificationsService.notifyInstanceAdministrators(input)).toBe(0);
    expect(await notificationsService.findLatestInstanceNotification(['backup_failed'])).toEqual({
      kind: 'backup_failed',
      subjectKey: 'both-databases',
    });
  });
});
