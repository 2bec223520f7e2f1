import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endOfQuietHours } from '../../../core/notifications/index.js';
import { createFixedClock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import { type SmtpWorld, startSmtpWorld } from '../../testing/smtp-world.js';
import {
  as,
  buildTestApp,
  cadenceOf,
  createWorkspaceFor,
  signUp,
  type TestUser,
  testBaseUrl,
} from '../../testing/test-app.js';
import { createTestDatabase, truncateAll } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';

// Notification mails go through a real SMTP server on a local port (nodemailer -> smtp-server ->
// mailparser), sent by the app's own job worker.
let database: DatabaseHandle;
let smtp: SmtpWorld;
let app: FastifyInstance;
let owner: TestUser;
let workspaceId: string;
const clock = createFixedClock(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  smtp = await startSmtpWorld();
  database = await createTestDatabase();
  app = await buildTestApp({ database, clock, mailer: smtp.mailer, worker: true });
});
afterAll(async () => {
  await app.close();
  await database.close();
  await smtp.stop();
});
beforeEach(async () => {
  smtp.received.length = 0;
  await truncateAll(database);
  owner = await signUp(app, { name: 'Léa Martin' });
  workspaceId = await createWorkspaceFor(app, owner, 'Boulangerie <Martin>');
});

const me = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
  as(app, user, { method, url: `/api/me${path}`, ...(payload ? { payload } : {}) });
const notify = (
  input: Parameters<
    ReturnType<typeof cadenceOf>['modules']['notifications']['services']['notificationsService']['notify']
  >[0],
) => cadenceOf(app).modules.notifications.services.notificationsService.notify(input);
const postId = '2b0c4a36-3c1e-4c55-9a4e-7d1f0b8e9a10';
const dueByHand = {
  kind: 'by_hand_due' as const,
  subject: { postId, network: 'linkedin' as const, label: 'Pain <b>au levain</b>' },
};

describe('the bell', () => {
  it('lists, counts and marks read; a repeat tells no one twice; another person’s row is not found', async () => {
    await me(owner, 'PATCH', '/notification-settings', {
      channels: { by_hand_due: 'app', coming_gap: 'app' },
    });
    expect(await notify({ workspaceId, recipients: 'editors', ...dueByHand })).toBe(1);
    expect(await notify({ workspaceId, recipients: 'editors', ...dueByHand })).toBe(0);
    expect(
      await notify({
        workspaceId,
        recipients: [owner.id],
        kind: 'coming_gap',
        subject: { network: 'bluesky', date: '2026-11-26' },
      }),
    ).toBe(1);
    const list = (await me(owner, 'GET', '/notifications')).json();
    expect(list.unreadCount).toBe(2);
    expect(list.items.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'by_hand_due',
      'coming_gap',
    ]);
    expect(list.items[0]).toMatchObject({ workspaceId, workspaceName: 'Boulangerie <Martin>', readAt: null });

    const stranger = await signUp(app);
    const foreign = await me(stranger, 'POST', `/notifications/${list.items[0].id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect((await me(stranger, 'GET', '/notifications')).json()).toEqual({ unreadCount: 0, items: [] });

    expect((await me(owner, 'POST', `/notifications/${list.items[0].id}/read`)).statusCode).toBe(204);
    expect((await me(owner, 'GET', '/notifications')).json().unreadCount).toBe(1);
    await me(owner, 'POST', '/notifications/read-all');
    expect((await me(owner, 'GET', '/notifications')).json().unreadCount).toBe(0);
    expect(smtp.received).toEqual([]);
  });

  it('lists the notifications of one instant newest first, and finds the newest instance one', async () => {
    // The clock is fixed: every notification below shares one created_at.
    const dates = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    for (const date of dates)
      await notify({
        workspaceId,
        recipients: [owner.id],
        kind: 'coming_gap',
        subject: { network: 'bluesky', date },
      });
    const list = (await me(owner, 'GET', '/notifications')).json();
    expect(list.items.map((item: { subject: { date: string } }) => item.subject.date)).toEqual(
      [...dates].reverse(),
    );

    // Backups failing then working again in one instant: the newest is the recovery.
    const { notificationsService } = cadenceOf(app).modules.notifications.services;
    await notificationsService.notifyInstanceAdministrators({
      kind: 'backup_failed',
      subject: {},
      subjectKey: 'streak-1',
    });
    await notificationsService.notifyInstanceAdministrators({
      kind: 'backup_recovered',
      subject: {},
      subjectKey: 'streak-1',
    });
    await notificationsService.notifyInstanceAdministrators({
      kind: 'backup_failed',
      subject: {},
      subjectKey: 'streak-2',
    });
    await notificationsService.notifyInstanceAdministrators({
      kind: 'backup_recovered',
      subject: {},
      subjectKey: 'streak-2',
    });
    expect(
      await notificationsService.findLatestInstanceNotification(['backup_failed', 'backup_recovered']),
    ).toEqual({ kind: 'backup_recovered', subjectKey: 'streak-2' });
  });

  it('tells only the roles asked, and no one who turned the kind off', async () => {
    const viewer = await signUp(app);
    const invitation = await as(app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/invitations`,
      payload: { email: viewer.email, role: 'viewer' },
    });
    await as(app, viewer, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    await me(owner, 'PATCH', '/notification-settings', { channels: { forgotten_timer: 'off' } });
    expect(await notify({ workspaceId, recipients: 'editors', kind: 'forgotten_timer', subject: {} })).toBe(
      0,
    );
    expect(
      await notify({ workspaceId, recipients: [viewer.id], kind: 'approval_given', subject: { postId } }),
    ).toBe(1);
    expect(
      await notify({ workspaceId, recipients: 'owners', kind: 'approval_given', subject: { postId } }),
    ).toBe(1);
    expect((await me(viewer, 'GET', '/notifications')).json().unreadCount).toBe(1);
  });

  it('keeps settings per person, refuses bad ones clearly', async () => {
    const settings = (await me(owner, 'GET', '/notification-settings')).json();
    expect(settings).toMatchObject({
      timeZone: 'Europe/Paris',
      quietHours: null,
      channels: { by_hand_due: 'mail', forgotten_timer: 'app' },
    });
    const saved = await me(owner, 'PATCH', '/notification-settings', {
      timeZone: 'America/Montreal',
      quietHours: { start: '21:00', end: '08:00' },
    });
    expect(saved.json()).toMatchObject({
      timeZone: 'America/Montreal',
      quietHours: { start: '21:00', end: '08:00' },
    });
    for (const bad of [
      {},
      { timeZone: 'Mars/Olympus' },
      { quietHours: { start: '25:00', end: '08:00' } },
      { channels: { by_hand_due: 'pigeon' } },
    ]) {
      const refused = await me(owner, 'PATCH', '/notification-settings', bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('notification mails', () => {
  it('mails HTML and text with a link back and a one-click unsubscribe that works', async () => {
    await notify({ workspaceId, recipients: 'editors', ...dueByHand });
    const [mail] = await waitFor(async () => (smtp.received.length > 0 ? smtp.received : null));
    if (!mail) throw new Error('no mail');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(owner.email);
    expect(mail.subject).toBe('À publier maintenant sur LinkedIn · Boulangerie <Martin>');
    const postLink = `${testBaseUrl}/w/${workspaceId}/posts/${postId}`;
    expect(mail.text).toContain('La publication « Pain <b>au levain</b> » est à publier sur LinkedIn.');
    expect(mail.text).toContain(postLink);
    // What people wrote is text in the HTML too, never markup.
    expect(mail.html).toContain('Pain &#60;b&#62;au levain&#60;/b&#62;');
    expect(mail.html).not.toContain('<b>au levain');
    expect(mail.html).toContain(`href="${postLink}"`);
    expect(mail.html).toContain('<html lang="fr">');
    const headerLine = (name: string) =>
      mail.headerLines
        .find((line) => line.key === name)
        ?.line.slice(name.length + 1)
        .trim() ?? '';
    const unsubscribeUrl = headerLine('list-unsubscribe').replace(/^<|>$/g, '');
    expect(unsubscribeUrl).toMatch(new RegExp(`^${testBaseUrl}/api/notifications/unsubscribe\\?token=`));
    expect(headerLine('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.html).toContain(unsubscribeUrl.replace(/&/g, '&#38;'));

    // Opening the link changes nothing (link scanners do that); the one-click POST does.
    const path = unsubscribeUrl.slice(testBaseUrl.length);
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect((await me(owner, 'GET', '/notification-settings')).json().channels.by_hand_due).toBe('mail');
    const oneClick = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect((await me(owner, 'GET', '/notification-settings')).json().channels.by_hand_due).toBe('app');
    const forged = await app.inject({ method: 'POST', url: `${path.slice(0, -3)}abc` });
    expect(forged.statusCode).toBe(404);

    // Unsubscribed: the next one reaches the bell only.
    await notify({
      workspaceId,
      recipients: 'editors',
      ...dueByHand,
      subject: { ...dueByHand.subject, postId: '3c1d5b47-4d2f-4d66-8b5f-8e2a1c9fab21' },
    });
    expect((await me(owner, 'GET', '/notifications')).json().unreadCount).toBe(2);
    expect(await pendingMailJobs()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('writes in the person’s language and holds a mail through their quiet hours', async () => {
    // pg-boss compares start_after with the database's clock: this test runs on the real time.
    const now = new Date();
    clock.set(now);
    const parisHour = Number(
      now.toLocaleString('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hour12: false }),
    );
    const hour = (offset: number) => `${String((parisHour + offset + 24) % 24).padStart(2, '0')}:00`;
    await me(owner, 'PATCH', '', { locale: 'en' });
    await me(owner, 'PATCH', '/notification-settings', { quietHours: { start: hour(0), end: hour(2) } });
    await notify({
      workspaceId,
      recipients: 'editors',
      kind: 'coming_gap',
      subject: { network: 'bluesky', date: '2026-11-26' },
    });
    const expectedEnd = endOfQuietHours(now.toISOString(), 'Europe/Paris', { start: hour(0), end: hour(2) });
    expect(expectedEnd).not.toBeNull();
    const [job] = await mailJobs();
    expect(new Date(job?.start_after ?? 0).toISOString()).toBe(new Date(expectedEnd ?? 0).toISOString());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received).toEqual([]);
    // Quiet hours over (brought forward): it goes.
    await database.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'notification-mail'`,
    );
    const [mail] = await waitFor(async () => (smtp.received.length > 0 ? smtp.received : null));
    expect(mail?.subject).toBe('Bluesky goes silent from Thursday 26 November · Boulangerie <Martin>');
    expect(mail?.html).toContain('<html lang="en">');
    expect(mail?.text).toContain(`${testBaseUrl}/w/${workspaceId}/regularity`);
    clock.set(new Date('2026-11-23T09:00:00Z'));
  });

  it('SMTP down, then up: the mail is retried and arrives exactly once', async () => {
    await smtp.stop();
    await notify({ workspaceId, recipients: 'editors', ...dueByHand });
    await waitFor(async () => (await mailJobState()) === 'retry', { timeoutMilliseconds: 30_000 });
    await smtp.restart();
    // The retry waits 30 s or more; bring it forward rather than wait.
    await database.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'notification-mail'`,
    );
    await waitFor(async () => (await mailJobState()) === 'completed', { timeoutMilliseconds: 30_000 });
    expect(smtp.received).toHaveLength(1);
    // A second send of the same notification (a crashed worker's retry) mails nothing.
    const [row] = (
      (await database.db.execute(sql`select id from notifications`)) as unknown as { rows: { id: string }[] }
    ).rows;
    await cadenceOf(app).modules.notifications.services.notificationsService.sendNotificationMail({
      version: 1,
      notificationId: row?.id ?? '',
    });
    expect(smtp.received).toHaveLength(1);
  }, 60_000);
});

/** This test's mail jobs (jobs of earlier tests stay in pg-boss's tables). */
async function mailJobs() {
  const result = (await database.db.execute(
    sql`select state, start_after from pgboss.job where name = 'notification-mail'
        and data->>'notificationId' in (select id::text from notifications)`,
  )) as unknown as { rows: { state: string; start_after: string | Date }[] };
  return result.rows;
}

async function mailJobState(): Promise<string | undefined> {
  return (await mailJobs())[0]?.state;
}

async function pendingMailJobs(): Promise<number> {
  const result = (await database.db.execute(
    sql`select count(*)::int as n from pgboss.job where name = 'notification-mail'
        and state in ('created', 'retry', 'active') and data->>'notificationId' in (select id::text from notifications)`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}
