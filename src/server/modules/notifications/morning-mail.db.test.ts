import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
import { morningMails } from './notifications.table.js';

// The morning mail through a real SMTP server, sent by the app's own worker.
let database: DatabaseHandle;
let smtp: SmtpWorld;
let app: FastifyInstance;
let owner: TestUser;
let bakery: string;
let florist: string;
const clock = createFixedClock(new Date('2026-11-23T07:00:00Z'));

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
  clock.set(new Date('2026-11-23T07:00:00Z')); // Monday 23 November, 08:00 in Paris
  owner = await signUp(app, { name: 'Léa Martin' });
  bakery = await createWorkspaceFor(app, owner, 'Boulangerie <Martin>');
  florist = await createWorkspaceFor(app, owner, 'Fleurs Martin');
  // Tuesday 24 November: a blogging block at the bakery, a post to publish by hand at the florist's.
  const categories = (await call(bakery, 'GET', '/categories')).json() as {
    id: string;
    referenceKey: string;
  }[];
  const blogging = categories.find((category) => category.referenceKey === 'blogging')?.id;
  const created = await call(bakery, 'POST', '/routine/blocks', {
    weekdays: [2],
    startTime: '09:00',
    durationMinutes: 60,
    categoryId: blogging,
    startsOn: '2026-11-02',
  });
  expect(created.statusCode).toBe(201);
  await call(florist, 'PUT', '/strategy/networks', {
    networks: [{ network: 'linkedin', targetPostsPerWeek: 2, priority: 1 }],
  });
  const post = await call(florist, 'POST', '/posts', {
    text: 'Les roses <de novembre>',
    versions: [{ network: 'linkedin' }],
  });
  const scheduled = await call(florist, 'POST', `/posts/${post.json().id}/schedule`, {
    date: '2026-11-24',
    time: '11:00',
  });
  expect(scheduled.statusCode).toBe(200);
});

const call = (workspaceId: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  as(app, owner, { method, url: `/api/workspaces/${workspaceId}${path}`, ...(payload ? { payload } : {}) });
const settings = (payload: object) =>
  as(app, owner, { method: 'PATCH', url: '/api/me/notification-settings', payload });
const isMorningMail = (mail: { subject?: string | undefined }) =>
  /^(Votre journée|Your day)/.test(String(mail.subject));
const morningMail = () => cadenceOf(app).modules.notifications.services.morningMail;

describe('the morning mail', () => {
  it('is off by default, then mailed once a day from the chosen time, listing every workspace', async () => {
    const defaults = (await as(app, owner, { method: 'GET', url: '/api/me/notification-settings' })).json();
    expect(defaults).toMatchObject({ morningMail: false, morningMailTime: '08:00' });
    clock.set(new Date('2026-11-24T07:05:00Z')); // Tuesday 08:05 in Paris
    expect(await morningMail().queueDueMorningMails()).toBe(0);

    const bad = await settings({ morningMailTime: '8h' });
    expect(bad.statusCode).toBe(400);
    const saved = await settings({ morningMail: true, morningMailTime: '08:30', timeZone: 'Europe/Paris' });
    expect(saved.json()).toMatchObject({ morningMail: true, morningMailTime: '08:30' });
    expect(await morningMail().queueDueMorningMails()).toBe(0); // 08:05 < 08:30
    clock.set(new Date('2026-11-24T07:45:00Z'));
    expect(await morningMail().queueDueMorningMails()).toBe(1);
    // A second check, or a restarted worker's, queues nothing more.
    expect(await morningMail().queueDueMorningMails()).toBe(0);
    const mail = await waitFor(async () => smtp.received.find(isMorningMail) ?? null);
    if (!mail) throw new Error('no morning mail');
    if (process.env.MORNING_HTML_OUT) writeFileSync(process.env.MORNING_HTML_OUT, String(mail.html));
    // The job run again (a retry after the mail went out) sends nothing either. Replayed once the
    // worker has written the mail down as sent: a replay inside that window is not a retry.
    await waitFor(async () => {
      const [row] = await database.db
        .select({ sentAt: morningMails.sentAt })
        .from(morningMails)
        .where(eq(morningMails.userId, owner.id));
      return row?.sentAt ?? null;
    });
    await morningMail().sendMorningMail({ version: 1, userId: owner.id, localDate: '2026-11-24' });

    expect(mail.subject).toBe('Votre journée du mardi 24 novembre sur Cadence');
    expect(mail.text).toContain('== Boulangerie <Martin> ==');
    expect(mail.text).toContain('- 09:00–10:00 Blogging');
    expect(mail.text).toContain('== Fleurs Martin ==');
    expect(mail.text).toContain('- 11:00 · LinkedIn\u00a0: Les roses <de novembre>');
    // Checked at 08:45 for 08:30: on time, and the footer says so.
    expect(mail.text).toContain('Envoyé à 8\u00a0h\u00a045, l’heure que vous avez choisie.');
    expect(mail.text).toContain('chaque matin à 8\u00a0h\u00a030');
    expect(mail.html).toContain('Envoyé à 8\u00a0h\u00a045, l’heure que vous avez choisie.');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Les roses &#60;de novembre&#62;');
    expect(mail.html).toContain(`href="${testBaseUrl}/w/${bakery}/today"`);

    const header = (name: string) =>
      mail.headerLines
        .find((line) => line.key === name)
        ?.line.slice(name.length + 1)
        .trim() ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = header('list-unsubscribe').replace(/^<|>$/g, '').slice(testBaseUrl.length);
    const oneClick = await app.inject({
      method: 'POST',
      url: unsubscribe,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    const after = (await as(app, owner, { method: 'GET', url: '/api/me/notification-settings' })).json();
    expect(after).toMatchObject({ morningMail: false, weeklyDigest: true });
    clock.set(new Date('2026-12-01T07:45:00Z')); // the next Tuesday
    expect(await morningMail().queueDueMorningMails()).toBe(0);
    expect(smtp.received.filter(isMorningMail)).toHaveLength(1);
  });

  it('sends nothing on a day with nothing in it, and follows quiet hours and the language', async () => {
    await as(app, owner, { method: 'PATCH', url: '/api/me', payload: { locale: 'en' } });
    await settings({ morningMail: true, timeZone: 'Europe/Paris' });
    clock.set(new Date('2026-11-25T07:00:00Z')); // Wednesday 08:00: no block, no post
    expect(await morningMail().queueDueMorningMails()).toBe(1);
    await morningMail().sendMorningMail({ version: 1, userId: owner.id, localDate: '2026-11-25' });
    expect(smtp.received.filter(isMorningMail)).toHaveLength(0);

    // Quiet until 09:00: Tuesday's 08:00 mail waits for 09:00.
    await settings({ quietHours: { start: '22:00', end: '09:00' } });
    clock.set(new Date('2026-12-01T07:30:00Z'));
    expect(await morningMail().queueDueMorningMails()).toBe(0);
    clock.set(new Date('2026-12-01T08:00:00Z'));
    expect(await morningMail().queueDueMorningMails()).toBe(1);
    const mail = await waitFor(async () => smtp.received.find(isMorningMail) ?? null);
    if (process.env.MORNING_HTML_OUT)
      writeFileSync(process.env.MORNING_HTML_OUT.replace('.html', '-en.html'), String(mail?.html));
    expect(mail?.subject).toBe('Your day, Tuesday 1 December, on Cadence');
    expect(mail?.text).toContain('- 09:00–10:00 Blogging');
    // The footer says when it actually left and why, not only the chosen 08:00.
    expect(mail?.text).toContain('Sent at 09:00, after your quiet hours (you asked for 08:00).');
    expect(mail?.html).toContain('Sent at 09:00, after your quiet hours (you asked for 08:00).');
    // The florist's post was last week's: that workspace has nothing today and is left out.
    expect(mail?.text).not.toContain('Fleurs Martin');
    expect(smtp.received.filter(isMorningMail)).toHaveLength(1);
  });

  it('says late when the mail leaves well after its time (the worker was not running)', async () => {
    await settings({ morningMail: true, timeZone: 'Europe/Paris' });
    clock.set(new Date('2026-11-24T10:20:00Z')); // Tuesday 11:20 in Paris, for 08:00
    expect(await morningMail().queueDueMorningMails()).toBe(1);
    const mail = await waitFor(async () => smtp.received.find(isMorningMail) ?? null);
    expect(mail?.text).toContain(
      'Envoyé à 11\u00a0h\u00a020, en retard sur 8\u00a0h\u00a0: le service d’envoi n’a pas pu le faire partir plus tôt.',
    );
  });
});
