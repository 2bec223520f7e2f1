import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceJobs } from '../../../contracts/instance.js';
import type { Mailer, MailMessage } from '../../platform/mail.js';
import {
  as,
  cadenceOf,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';
import { waitFor } from '../../testing/wait-for.js';

let context: TestContext;
let founder: TestUser;
let other: TestUser;
const delivered: MailMessage[] = [];
let isSmtpDown = true;
const mailer: Mailer = {
  isConfigured: true,
  async send(message) {
    if (isSmtpDown) throw new Error('421 Service not available');
    delivered.push(message);
  },
};

const readJobs = async (user: TestUser) =>
  (await as(context.app, user, { method: 'GET', url: '/api/instance/jobs' })).json() as InstanceJobs;

/** An invitation whose mail fails until its tries are used up (the last try brought forward). */
async function failOneInvitationMail(email: string) {
  const workspaceId = await createWorkspaceFor(context.app, founder);
  await as(context.app, founder, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email },
  });
  await waitFor(async () => {
    const result = await context.database.db.execute(sql`
      update pgboss.job set retry_limit = retry_count + 1, start_after = now()
      where name = 'invitation-mail' and state = 'retry' and data->>'to' = ${email}
      returning id`);
    return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length > 0;
  });
  return waitFor(async () => (await readJobs(founder)).failedJobs.find((job) => job.error.includes('421')));
}

beforeAll(async () => {
  context = await createTestContext({ mailer, worker: true });
  founder = await signUp(context.app);
  other = await signUp(context.app);
});
afterAll(() => context.close());

describe('instance administration', () => {
  it('makes the first account the administrator, and only it', async () => {
    const access = (user: TestUser) => as(context.app, user, { method: 'GET', url: '/api/instance/access' });
    expect((await access(founder)).json()).toEqual({ isAdministrator: true });
    expect((await access(other)).json()).toEqual({ isAdministrator: false });
    expect((await as(context.app, other, { method: 'GET', url: '/api/instance/jobs' })).statusCode).toBe(403);
  });

  it('lets an administrator make another one, and keeps the last one', async () => {
    const grant = await as(context.app, founder, {
      method: 'POST',
      url: '/api/instance/administrators',
      payload: { email: other.email.toUpperCase() },
    });
    expect(grant.statusCode).toBe(204);
    const unknown = await as(context.app, founder, {
      method: 'POST',
      url: '/api/instance/administrators',
      payload: { email: 'nobody@example.com' },
    });
    expect(unknown.statusCode).toBe(422);
    const list = await as(context.app, other, { method: 'GET', url: '/api/instance/administrators' });
    expect(list.json().map((row: { email: string }) => row.email)).toEqual([founder.email, other.email]);

    const revoke = (user: TestUser, target: TestUser) =>
      as(context.app, user, { method: 'DELETE', url: `/api/instance/administrators/${target.id}` });
    expect((await revoke(other, other)).statusCode).toBe(204);
    const last = await revoke(founder, founder);
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('last_instance_administrator');
  });

  it('shows the worker and the queues', async () => {
    const jobs = await waitFor(async () => {
      const read = await readJobs(founder);
      return read.worker.isAlive ? read : null;
    });
    expect(jobs.worker.lastHeartbeatAt).not.toBeNull();
    expect(jobs.queues.map((queue) => queue.name)).toEqual(
      expect.arrayContaining(['invitation-mail', 'embedded-maintenance', 'dead-letter']),
    );
    const health = (await context.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health.jobs.worker.isAlive).toBe(true);
    expect(health.jobs.queues.map((queue: { name: string }) => queue.name)).toContain('invitation-mail');
  });

  it.runIf(!process.env.DATABASE_URL)(
    'runs the embedded database upkeep as a job, scheduled nightly in the instance zone',
    async () => {
      const { jobs } = cadenceOf(context.app).platform;
      const schedules = await jobs.boss.getSchedules('embedded-maintenance');
      expect(schedules.map(({ cron, timezone }) => ({ cron, timezone }))).toEqual([
        { cron: '30 3 * * *', timezone: 'Europe/Paris' },
      ]);
      const id = await jobs.send('embedded-maintenance', { version: 1 });
      await waitFor(async () => {
        const [job] = await jobs.boss.findJobs('embedded-maintenance', { id: id ?? '' });
        return job?.state === 'completed';
      });
    },
  );

  it('lists a job that used all its tries with its error, and runs it again on retry', async () => {
    const failed = await failOneInvitationMail('retry-me@example.com');
    expect(failed.queue).toBe('invitation-mail');
    expect(failed.tries).toBeGreaterThanOrEqual(2);
    isSmtpDown = false;
    const retry = await as(context.app, founder, {
      method: 'POST',
      url: `/api/instance/failed-jobs/${failed.id}/retry`,
    });
    expect(retry.statusCode).toBe(204);
    await waitFor(async () => delivered.some((message) => message.to === 'retry-me@example.com'));
    expect((await readJobs(founder)).failedJobs.map((job) => job.id)).not.toContain(failed.id);
    const again = await as(context.app, founder, {
      method: 'POST',
      url: `/api/instance/failed-jobs/${failed.id}/retry`,
    });
    expect(again.statusCode).toBe(404);
  });

  it('discards a failed job', async () => {
    isSmtpDown = true;
    const failed = await failOneInvitationMail('discard-me@example.com');
    const discard = await as(context.app, founder, {
      method: 'DELETE',
      url: `/api/instance/failed-jobs/${failed.id}`,
    });
    expect(discard.statusCode).toBe(204);
    expect((await readJobs(founder)).failedJobs.map((job) => job.id)).not.toContain(failed.id);
  });
});
