import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mailer, MailMessage } from '../../platform/mail.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
} from '../../testing/test-app.js';
import { waitFor } from '../../testing/wait-for.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(() => context.reset());

describe('workspaces', () => {
  it('creates a workspace whose creator is owner, and lists it', async () => {
    const owner = await signUp(context.app);
    const created = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: { name: '  Boulangerie  ', timeZone: 'Europe/Paris' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Boulangerie',
      role: 'owner',
      currency: 'EUR',
      locale: 'fr',
      timeZone: 'Europe/Paris',
    });

    const list = await as(context.app, owner, { method: 'GET', url: '/api/workspaces' });
    expect(list.json()).toHaveLength(1);
  });

  it("makes the creator's usual hourly rate their cost in each new workspace", async () => {
    const owner = await signUp(context.app);
    const ownerCost = async (workspaceId: string) => {
      const members = await as(context.app, owner, {
        method: 'GET',
        url: `/api/workspaces/${workspaceId}/members`,
      });
      return members.json()[0].hourlyCostCents;
    };
    const onboarded = await as(context.app, owner, {
      method: 'POST',
      url: '/api/onboarding',
      payload: {
        kind: 'freelancer',
        workspace: { name: 'Atelier', timeZone: 'Europe/Paris' },
        hourlyRateCents: 4550,
      },
    });
    expect(onboarded.statusCode).toBe(201);
    expect(await ownerCost(onboarded.json().workspaceId)).toBe(4550);

    const second = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: { name: 'Client', timeZone: 'Europe/Paris' },
    });
    expect(await ownerCost(second.json().id)).toBe(4550);

    const changed = await as(context.app, owner, {
      method: 'PATCH',
      url: '/api/me',
      payload: { defaultHourlyRateCents: 6000 },
    });
    expect(changed.json().profile.defaultHourlyRateCents).toBe(6000);
    const third = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      payload: { name: 'Autre client', timeZone: 'Europe/Paris' },
    });
    expect(await ownerCost(third.json().id)).toBe(6000);
    // Changing the usual rate leaves the workspaces that exist alone.
    expect(await ownerCost(second.json().id)).toBe(4550);
  });

  it('refuses an unknown time zone with a clear, localised problem', async () => {
    const owner = await signUp(context.app);
    const response = await as(context.app, owner, {
      method: 'POST',
      url: '/api/workspaces',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
      payload: { name: 'X', timeZone: 'Mars/Olympus' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.title).toBe('Certains champs sont invalides');
    expect(problem.errors[0].path).toBe('timeZone');
  });

  it('keeps the last owner from leaving or being demoted', async () => {
    const owner = await signUp(context.app);
    const workspaceId = await createWorkspaceFor(context.app, owner);
    const leave = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/leave`,
    });
    expect(leave.statusCode).toBe(409);
    expect(leave.json().code).toBe('last_owner');
    const demote = await as(context.app, owner, {
      method: 'PATCH',
      url: `/api/workspaces/${workspaceId}/members/${owner.id}`,
      payload: { role: 'manager' },
    });
    expect(demote.json().code).toBe('last_owner');
  });

  it('deletes a demo workspace with its fictional teammates, and nobody else', async () => {
    const owner = await signUp(context.app);
    await createWorkspaceFor(context.app, owner);
    const demos: string[] = [];
    for (let count = 0; count < 2; count += 1)
      demos.push(
        (await as(context.app, owner, { method: 'POST', url: '/api/demo-workspace', payload: {} })).json()
          .workspaceId as string,
      );
    const emails = async () => {
      const result = await context.database.db.execute(sql`select email from "user" order by email`);
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
        email: string;
      }[];
      return rows.map((row) => row.email);
    };
    expect((await emails()).filter((email) => email.endsWith('@demo.cadence.invalid'))).toHaveLength(6);
    const deleted = await as(context.app, owner, { method: 'DELETE', url: `/api/workspaces/${demos[0]}` });
    expect(deleted.statusCode).toBe(204);
    const left = await emails();
    // The other demo keeps its three; the person stays.
    expect(left.filter((email) => email.endsWith('@demo.cadence.invalid'))).toHaveLength(3);
    expect(left.filter((email) => email.includes(demos[1]?.slice(0, 8) ?? '-'))).toHaveLength(3);
    expect(left).toContain(owner.email);
  });
});

describe('invitations', () => {
  it('invites by email, shows the link, and lets the invited address join with the given role', async () => {
    const owner = await signUp(context.app, { name: 'Claire' });
    const workspaceId = await createWorkspaceFor(context.app, owner, 'Studio Nord');
    const invited = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/invitations`,
      payload: { email: 'Client@Example.com', role: 'viewer' },
    });
    expect(invited.statusCode).toBe(201);
    const { link, email, emailSent } = invited.json();
    expect(email).toBe('client@example.com');
    expect(emailSent).toBe(false);
    const token = link.split('/invite/')[1];

    const preview = await context.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({
      workspaceName: 'Studio Nord',
      inviterName: 'Claire',
      role: 'viewer',
    });

    const stranger = await signUp(context.app);
    const wrong = await as(context.app, stranger, {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('invitation_email_mismatch');

    const client = await signUp(context.app, { email: 'client@example.com' });
    const accepted = await as(context.app, client, {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
    });
    expect(accepted.statusCode).toBe(200);
    const workspaces = await as(context.app, client, { method: 'GET', url: '/api/workspaces' });
    expect(workspaces.json()).toMatchObject([{ id: workspaceId, role: 'viewer' }]);

    const reused = await as(context.app, client, { method: 'POST', url: `/api/invitations/${token}/accept` });
    expect(reused.statusCode).toBe(404);
  });

  it('mails the link through a job when SMTP is configured, and expires links after 7 days', async () => {
    const mailing = await createTestContext({ smtp: true, worker: true });
    try {
      const owner = await signUp(mailing.app);
      const workspaceId = await createWorkspaceFor(mailing.app, owner);
      const invited = await as(mailing.app, owner, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/invitations`,
        payload: { email: 'new@example.com' },
      });
      expect(invited.json().emailSent).toBe(true);
      await waitFor(async () => mailing.sentMail.length > 0);
      expect(mailing.sentMail).toHaveLength(1);
      expect(mailing.sentMail[0]?.text).toContain(invited.json().link);
      mailing.clock.advance(8 * 24 * 3600 * 1000);
      const token = invited.json().link.split('/invite/')[1];
      const preview = await mailing.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
      expect(preview.statusCode).toBe(410);
      expect(preview.json().code).toBe('invitation_expired');
    } finally {
      await mailing.close();
    }
  });

  it('invites at once while the SMTP server is down, and mails once it answers again', async () => {
    const delivered: MailMessage[] = [];
    let isSmtpDown = true;
    const mailer: Mailer = {
      isConfigured: true,
      async send(message) {
        if (isSmtpDown) throw new Error('connect ECONNREFUSED 127.0.0.1:587');
        delivered.push(message);
      },
    };
    const mailing = await createTestContext({ mailer, worker: true });
    try {
      const owner = await signUp(mailing.app);
      const workspaceId = await createWorkspaceFor(mailing.app, owner);
      const invite = (email: string) =>
        as(mailing.app, owner, {
          method: 'POST',
          url: `/api/workspaces/${workspaceId}/invitations`,
          payload: { email },
        });
      const invited = await invite('late@example.com');
      expect(invited.statusCode).toBe(201);
      // The first try fails; the next one (30 s later by the queue's policy) is brought forward.
      const jobs = await waitFor(async () => {
        const rows = await mailing.database.db.execute<{ id: string }>(
          sql`select id from pgboss.job where name = 'invitation-mail' and state = 'retry'`,
        );
        const found = Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows;
        return found.length > 0 ? found : null;
      });
      isSmtpDown = false;
      await mailing.database.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'invitation-mail' and state = 'retry'`,
      );
      await waitFor(async () => delivered.length > 0);
      expect(jobs).toHaveLength(1);
      expect(delivered).toHaveLength(1);
      expect(delivered[0]?.text).toContain(invited.json().link);
    } finally {
      await mailing.close();
    }
  });
});
