import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import type { Mailer, MailMessage } from '../../platform/mail.js';
import { type SmtpWorld, startSmtpWorld } from '../../testing/smtp-world.js';
import { as, buildTestApp, cookieFrom, signUp, testBaseUrl } from '../../testing/test-app.js';
import { createTestDatabase, truncateAll } from '../../testing/test-database.js';
import { user } from '../auth/auth.table.js';
import { memberships } from '../workspaces/workspaces.table.js';
import { createPasswordResetLink, UnknownAccountError } from './admin-password-reset.js';

// The mail paths go through a real SMTP server on a local port (nodemailer -> smtp-server ->
// mailparser); a second app on the same database stands for a server without SMTP.
let database: DatabaseHandle;
let smtp: SmtpWorld;
let withMail: FastifyInstance;
let withoutMail: FastifyInstance;
const loggedMail: MailMessage[] = [];
const secret = 'test-secret-that-is-long-enough-for-better-auth-0123456789';

beforeAll(async () => {
  smtp = await startSmtpWorld();
  database = await createTestDatabase();
  const clock = createFixedClock(new Date('2026-11-23T09:00:00Z'));
  const logMailer: Mailer = { isConfigured: false, send: async (message) => void loggedMail.push(message) };
  // Account mails leave through a job: this app works its queues.
  withMail = await buildTestApp({ database, clock, mailer: smtp.mailer, worker: true });
  withoutMail = await buildTestApp({ database, clock, mailer: logMailer });
});
afterAll(async () => {
  await withMail.close();
  await withoutMail.close();
  await database.close();
  await smtp.stop();
});
beforeEach(async () => {
  smtp.received.length = 0;
  loggedMail.length = 0;
  await truncateAll(database);
});

const origin = { origin: testBaseUrl };

function postAuth(app: FastifyInstance, path: string, payload: object, extra: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: `/api/auth${path}`, headers: { ...origin, ...extra }, payload });
}

async function signIn(app: FastifyInstance, email: string, password: string) {
  const response = await postAuth(app, '/sign-in/email', { email, password });
  return { status: response.statusCode, cookie: cookieFrom(response) };
}

const isSignedIn = async (app: FastifyInstance, cookie: string) =>
  (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode === 200;

/** Waits for the job and the SMTP server to have delivered `count` mails (up to 15 s). */
async function mailsReceived(count: number): Promise<ParsedMail[]> {
  for (let attempt = 0; attempt < 750 && smtp.received.length < count; attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return smtp.received;
}

describe('passwords', () => {
  it('refuses a common password and the account’s own address, at sign-up', async () => {
    const common = await postAuth(withMail, '/sign-up/email', {
      name: 'Léa',
      email: 'lea@example.com',
      password: 'Motdepasse2026!',
    });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
    const ownAddress = await postAuth(withMail, '/sign-up/email', {
      name: 'Léa',
      email: 'lea.martin@example.com',
      password: 'Lea.Martin@example.com',
    });
    expect(ownAddress.json()).toMatchObject({ code: 'PASSWORD_IS_EMAIL' });
    expect((await signIn(withMail, 'lea@example.com', 'Motdepasse2026!')).status).toBe(401);
  });

  it('answers a sign-up for a registered address as for a new one, and mails its owner', async () => {
    await signUp(withMail, { email: 'camille@example.com', password: 'correct horse battery' });
    const fresh = await postAuth(withMail, '/sign-up/email', {
      name: 'Nouveau',
      email: 'nouveau@example.com',
      password: 'une phrase de passe',
    });
    const taken = await postAuth(
      withMail,
      '/sign-up/email',
      { name: 'Intrus', email: 'camille@example.com', password: 'une phrase de passe' },
      { 'accept-language': 'fr' },
    );
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(Object.keys(taken.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    expect(Object.keys(taken.json().user).sort()).toEqual(Object.keys(fresh.json().user).sort());
    expect(taken.json().token).toBeNull();
    expect(cookieFrom(taken)).toBe(cookieFrom(fresh));
    // The intruder's password opens nothing; the owner's still works.
    expect((await signIn(withMail, 'camille@example.com', 'une phrase de passe')).status).toBe(401);
    expect((await signIn(withMail, 'camille@example.com', 'correct horse battery')).status).toBe(200);

    const [mail] = await mailsReceived(1);
    expect(mail?.to).toMatchObject({ text: 'camille@example.com' });
    expect(mail?.subject).toBe('Votre adresse a déjà un compte Cadence');
    expect(mail?.text).toContain(`${testBaseUrl}/forgot-password`);
  });

  it('resets a forgotten password by mail, once, and ends every session of the account', async () => {
    const person = await signUp(withMail, { email: 'ines@example.com', password: 'correct horse battery' });
    const requested = await postAuth(
      withMail,
      '/request-password-reset',
      { email: 'ines@example.com', redirectTo: `${testBaseUrl}/reset-password` },
      { 'accept-language': 'en' },
    );
    expect(requested.statusCode).toBe(200);
    const unknown = await postAuth(withMail, '/request-password-reset', {
      email: 'nobody@example.com',
      redirectTo: `${testBaseUrl}/reset-password`,
    });
    expect(unknown.json()).toEqual(requested.json());

    const [mail] = await mailsReceived(1);
    expect(smtp.received).toHaveLength(1);
    expect(mail?.subject).toBe('Reset your Cadence password');
    const link = mail?.text?.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect(link).toContain('/api/auth/reset-password/');

    // The link leads to the web page with the token.
    const landing = await withMail.inject({ method: 'GET', url: link.replace(testBaseUrl, '') });
    expect(landing.statusCode).toBe(302);
    const target = new URL(landing.headers.location ?? '', testBaseUrl);
    expect(target.pathname).toBe('/reset-password');
    const token = target.searchParams.get('token') ?? '';

    const common = await postAuth(withMail, '/reset-password', { token, newPassword: 'azerty123' });
    expect(common.json()).toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
    const ownAddress = await postAuth(withMail, '/reset-password', {
      token,
      newPassword: 'ines@example.com',
    });
    expect(ownAddress.json()).toMatchObject({ code: 'PASSWORD_IS_EMAIL' });
    const reset = await postAuth(withMail, '/reset-password', { token, newPassword: 'un nouveau départ' });
    expect(reset.statusCode).toBe(200);
    const again = await postAuth(withMail, '/reset-password', { token, newPassword: 'encore une autre' });
    expect(again.statusCode).toBe(400);

    expect(await isSignedIn(withMail, person.cookie)).toBe(false);
    expect((await signIn(withMail, 'ines@example.com', 'correct horse battery')).status).toBe(401);
    expect((await signIn(withMail, 'ines@example.com', 'un nouveau départ')).status).toBe(200);
  });

  it('without SMTP, mails no link (nor logs one) and says the administrator resets passwords', async () => {
    await signUp(withoutMail, { email: 'hugo@example.com' });
    expect((await withoutMail.inject({ method: 'GET', url: '/api/password-reset' })).json()).toEqual({
      byMail: false,
    });
    expect((await withMail.inject({ method: 'GET', url: '/api/password-reset' })).json()).toEqual({
      byMail: true,
    });
    await postAuth(withoutMail, '/request-password-reset', {
      email: 'hugo@example.com',
      redirectTo: `${testBaseUrl}/reset-password`,
    });
    expect(loggedMail).toEqual([]);

    // The administrator's command makes a one-time link with the same flow.
    const { url, name } = await createPasswordResetLink({
      db: database.db,
      secret,
      baseUrl: testBaseUrl,
      email: ' Hugo@Example.com ',
    });
    expect(name).toMatch(/^Person /);
    const landing = await withoutMail.inject({ method: 'GET', url: url.replace(testBaseUrl, '') });
    const token = new URL(landing.headers.location ?? '', testBaseUrl).searchParams.get('token') ?? '';
    expect(
      (await postAuth(withoutMail, '/reset-password', { token, newPassword: 'choisi par hugo' })).statusCode,
    ).toBe(200);
    expect((await signIn(withoutMail, 'hugo@example.com', 'choisi par hugo')).status).toBe(200);
    await expect(
      createPasswordResetLink({ db: database.db, secret, baseUrl: testBaseUrl, email: 'nobody@example.com' }),
    ).rejects.toBeInstanceOf(UnknownAccountError);
  });

  it('changing the password ends the other sessions, even when the client asks to keep them', async () => {
    const person = await signUp(withMail, { email: 'noa@example.com', password: 'correct horse battery' });
    const phone = await signIn(withMail, 'noa@example.com', 'correct horse battery');
    const refused = await postAuth(
      withMail,
      '/change-password',
      { currentPassword: 'correct horse battery', newPassword: 'noa@example.com' },
      { cookie: person.cookie },
    );
    expect(refused.json()).toMatchObject({ code: 'PASSWORD_IS_EMAIL' });
    const wrongCurrent = await postAuth(
      withMail,
      '/change-password',
      { currentPassword: 'not my password', newPassword: 'une autre phrase' },
      { cookie: person.cookie },
    );
    expect(wrongCurrent.statusCode).toBe(400);
    expect(await isSignedIn(withMail, phone.cookie)).toBe(true);

    const changed = await postAuth(
      withMail,
      '/change-password',
      {
        currentPassword: 'correct horse battery',
        newPassword: 'une autre phrase',
        revokeOtherSessions: false,
      },
      { cookie: person.cookie },
    );
    expect(changed.statusCode).toBe(200);
    expect(await isSignedIn(withMail, phone.cookie)).toBe(false);
    expect(await isSignedIn(withMail, person.cookie)).toBe(false);
    // The browser that changed it got a new session cookie.
    expect(await isSignedIn(withMail, cookieFrom(changed))).toBe(true);
    expect((await signIn(withMail, 'noa@example.com', 'une autre phrase')).status).toBe(200);
  });
});

describe('deleting an account', () => {
  it('states what happens to each workspace, refuses while one would lose its only owner, then deletes', async () => {
    const owner = await signUp(withMail, { email: 'owner@example.com', password: 'correct horse battery' });
    const colleague = await signUp(withMail);
    const create = async (name: string) =>
      (
        await as(withMail, owner, {
          method: 'POST',
          url: '/api/workspaces',
          payload: { name, timeZone: 'Europe/Paris' },
        })
      ).json().id as string;
    const alone = await create('Mon atelier');
    const shared = await create('Boulangerie');
    const theirs = (
      await as(withMail, colleague, {
        method: 'POST',
        url: '/api/workspaces',
        payload: { name: 'Agence', timeZone: 'Europe/Paris' },
      })
    ).json().id as string;
    await database.db.insert(memberships).values([
      { workspaceId: shared, userId: colleague.id, role: 'manager' },
      { workspaceId: theirs, userId: owner.id, role: 'member' },
    ]);

    const plan = await as(withMail, owner, { method: 'GET', url: '/api/me/account-deletion' });
    expect(plan.json()).toEqual({
      deletedWorkspaces: [{ id: alone, name: 'Mon atelier' }],
      workspacesNeedingOwner: [{ id: shared, name: 'Boulangerie' }],
      leftWorkspaces: [{ id: theirs, name: 'Agence' }],
    });

    const noPassword = await postAuth(withMail, '/delete-user', {}, { cookie: owner.cookie });
    expect(noPassword.json()).toMatchObject({ code: 'PASSWORD_REQUIRED' });
    const wrong = await postAuth(
      withMail,
      '/delete-user',
      { password: 'not mine at all' },
      { cookie: owner.cookie },
    );
    expect(wrong.statusCode).toBe(400);
    const blocked = await postAuth(
      withMail,
      '/delete-user',
      { password: 'correct horse battery' },
      { cookie: owner.cookie },
    );
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ code: 'WORKSPACE_NEEDS_OWNER' });
    expect(await isSignedIn(withMail, owner.cookie)).toBe(true);
    expect((await as(withMail, owner, { method: 'GET', url: `/api/workspaces/${alone}` })).statusCode).toBe(
      200,
    );

    await database.db.update(memberships).set({ role: 'owner' }).where(eq(memberships.userId, colleague.id));
    const deleted = await postAuth(
      withMail,
      '/delete-user',
      { password: 'correct horse battery' },
      { cookie: owner.cookie },
    );
    expect(deleted.statusCode).toBe(200);
    expect(await isSignedIn(withMail, owner.cookie)).toBe(false);
    expect((await signIn(withMail, 'owner@example.com', 'correct horse battery')).status).toBe(401);
    const remaining = (await as(withMail, colleague, { method: 'GET', url: '/api/workspaces' })).json() as {
      id: string;
    }[];
    expect(remaining.map((workspace) => workspace.id).sort()).toEqual([shared, theirs].sort());
    const members = (
      await as(withMail, colleague, { method: 'GET', url: `/api/workspaces/${shared}/members` })
    ).json() as unknown[];
    expect(members).toHaveLength(1);
  });

  it('deletes a demo workspace and its fictional teammates with the account', async () => {
    const person = await signUp(withMail, {
      email: 'demo-owner@example.com',
      password: 'correct horse battery',
    });
    const demo = await as(withMail, person, {
      method: 'POST',
      url: '/api/demo-workspace',
      payload: { locale: 'fr', timeZone: 'Europe/Paris' },
    });
    expect(demo.statusCode).toBe(201);
    const plan = (await as(withMail, person, { method: 'GET', url: '/api/me/account-deletion' })).json();
    expect(plan.deletedWorkspaces.map((workspace: { id: string }) => workspace.id)).toEqual([
      demo.json().workspaceId,
    ]);
    expect(plan.workspacesNeedingOwner).toEqual([]);
    const deleted = await postAuth(
      withMail,
      '/delete-user',
      { password: 'correct horse battery' },
      { cookie: person.cookie },
    );
    expect(deleted.statusCode).toBe(200);
    const remaining = await database.db.select({ email: user.email }).from(user);
    expect(remaining).toEqual([]);
  });
});
