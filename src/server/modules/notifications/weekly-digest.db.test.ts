import { writeFileSync } from 'node:fs';
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

// The Friday digest through a real SMTP server, sent by the app's own worker.
let database: DatabaseHandle;
let smtp: SmtpWorld;
let app: FastifyInstance;
let owner: TestUser;
let workspaceId: string;
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
  workspaceId = await createWorkspaceFor(app, owner, 'Boulangerie <Martin>');
});

const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  as(app, owner, { method, url: `/api/workspaces/${workspaceId}${path}`, ...(payload ? { payload } : {}) });

const isDigest = (mail: { subject?: string | undefined }) => String(mail.subject).startsWith('Votre semaine');

describe('the Friday digest', () => {
  it('is mailed once on Friday from 16:00 in the person’s zone, and unsubscribes in one click', async () => {
    const { queueDueDigests } = cadenceOf(app).modules.notifications.services.weeklyDigest;
    await call('PUT', '/strategy/networks', {
      networks: [{ network: 'linkedin', targetPostsPerWeek: 2, priority: 1 }],
    });
    await call('PUT', '/posting-slots', {
      slots: [
        { network: 'linkedin', weekday: 2, time: '09:00' },
        { network: 'linkedin', weekday: 4, time: '09:00' },
      ],
    });
    const post = await call('POST', '/posts', {
      text: 'Le levain <du lundi>',
      versions: [{ network: 'linkedin' }],
    });
    await call('POST', `/posts/${post.json().id}/schedule`, { date: '2026-11-23', time: '10:00' });
    clock.set(new Date('2026-11-23T09:30:00Z'));
    await call('POST', `/posts/${post.json().id}/versions/linkedin/published`, {
      url: 'https://www.linkedin.com/feed/1',
    });
    const planned = await call('POST', '/posts', {
      text: 'Mardi prochain',
      versions: [{ network: 'linkedin' }],
    });
    await call('POST', `/posts/${planned.json().id}/schedule`, { date: '2026-12-01', time: '11:00' });

    clock.set(new Date('2026-11-27T14:59:00Z')); // Friday 15:59 in Paris
    expect(await queueDueDigests()).toBe(0);
    clock.set(new Date('2026-11-27T15:05:00Z'));
    expect(await queueDueDigests()).toBe(1);
    expect(await queueDueDigests()).toBe(0);
    // The by-hand reminders of those posts are mailed too: the digest is the one about the week.
    const mail = await waitFor(async () => smtp.received.find(isDigest) ?? null);
    if (!mail) throw new Error('no digest');
    if (process.env.DIGEST_HTML_OUT) writeFileSync(process.env.DIGEST_HTML_OUT, String(mail.html));

    expect(mail.subject).toBe('Votre semaine du lundi 23 novembre sur Cadence');
    expect(mail.text).toContain('== Boulangerie <Martin> ==');
    expect(mail.text).toContain('0\u00a0h suivies pour 0\u00a0h prévues dans la routine');
    expect(mail.text).toContain('- LinkedIn\u00a0: 1 sur 2');
    expect(mail.text).toContain('"Le levain <du lundi>" (publiée sur 1 réseau)');
    // Next week: Tuesday has its post, Thursday's slot is empty.
    expect(mail.text).toContain('- LinkedIn · jeudi 3 décembre 09:00');
    expect(mail.text).not.toContain('mardi 1 décembre 09:00');
    expect(mail.text).toContain(`${testBaseUrl}/w/${workspaceId}/regularity`);
    // The Friday review of the same week, one click away.
    expect(mail.html).toContain(`href="${testBaseUrl}/w/${workspaceId}/review?week=2026-11-23"`);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Le levain &#60;du lundi&#62;');
    expect(mail.html).toContain(`href="${testBaseUrl}/w/${workspaceId}/posts/${post.json().id}"`);
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
    expect(
      (await as(app, owner, { method: 'GET', url: '/api/me/notification-settings' })).json().weeklyDigest,
    ).toBe(false);
    clock.set(new Date('2026-12-04T15:05:00Z'));
    expect(await queueDueDigests()).toBe(0);
    expect(smtp.received.filter(isDigest)).toHaveLength(1);
  });

  it('follows the person’s own zone and language', async () => {
    const { queueDueDigests } = cadenceOf(app).modules.notifications.services.weeklyDigest;
    await as(app, owner, { method: 'PATCH', url: '/api/me', payload: { locale: 'en' } });
    await as(app, owner, {
      method: 'PATCH',
      url: '/api/me/notification-settings',
      payload: { timeZone: 'America/Montreal' },
    });
    clock.set(new Date('2026-11-27T15:05:00Z')); // 10:05 in Montréal
    expect(await queueDueDigests()).toBe(0);
    clock.set(new Date('2026-11-27T21:00:00Z')); // 16:00 in Montréal
    expect(await queueDueDigests()).toBe(1);
    const [mail] = await waitFor(async () => (smtp.received.length > 0 ? smtp.received : null));
    if (process.env.DIGEST_HTML_OUT)
      writeFileSync(process.env.DIGEST_HTML_OUT.replace('.html', '-en.html'), String(mail?.html));
    expect(mail?.subject).toBe('Your week of Monday 23 November on Cadence');
    expect(mail?.text).toContain('No posting target: set one per network in the strategy.');
  });
});
