import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { as, type TestUser } from '../../testing/test-app.js';
import { posts, postVersions } from '../content/content.table.js';
import { publishQueue } from './plan-publications.js';
import { createPublicationBatchesRepository } from './publication-batches.repository.js';
import { createPublishPublication, type PublicationProblemEvent } from './publish-publication.js';
import { publications } from './publishing.table.js';
import { type PublishingWorld, startPublishingWorld } from './testing/publishing-test-world.js';

/**
 * The pipeline against the fake Mastodon and a signature-checking webhook receiver, one job at a
 * time at the pinned clock's moment: every outcome, counted on the peers.
 */
let world: PublishingWorld;
let owner: TestUser;
let workspaceId: string;
const minute = 60_000;
const dueAt = new Date('2026-03-20T10:00:00Z'); // 11:00 in Paris

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
  as(world.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'fr' },
  });
const ours = () => world.ours();

beforeAll(async () => {
  world = await startPublishingWorld();
}, 60_000);
afterAll(() => world.close());
beforeEach(async () => {
  await world.reset();
  world.clock.set(new Date('2026-03-20T09:00:00Z'));
  ({ owner, workspaceId } = await world.newWorkspace());
});

async function onePublication() {
  const [row] = await world.publicationsOf(workspaceId);
  if (!row) throw new Error('no publication');
  return row;
}

describe('planning publications when a post is scheduled', () => {
  it('writes one publication per connected account with its key and its job, and leaves other networks by hand', async () => {
    await world.connectMastodon(workspaceId);
    const second = world.mastodon.addAccount('second');
    await world.connectMastodon(workspaceId, second);
    const postId = await world.schedulePost(owner, workspaceId, 'Deux comptes', ['mastodon', 'linkedin']);
    const rows = await world.publicationsOf(workspaceId);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.idempotencyKey)).size).toBe(2);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'scheduled', network: 'mastodon' });
      expect(row.dueAt.toISOString()).toBe(dueAt.toISOString());
    }
    const live = await world.cadence.platform.jobs.findLiveJobIds(
      publishQueue,
      rows.flatMap((row) => (row.jobId ? [row.jobId] : [])),
    );
    expect(live.size).toBe(2);
    const versions = await world.database.db
      .select()
      .from(postVersions)
      .where(eq(postVersions.postId, postId));
    expect(Object.fromEntries(versions.map((version) => [version.network, version.publishMode]))).toEqual({
      mastodon: 'connector',
      linkedin: 'by_hand',
    });
  });

  it('sends the by-hand reminder job only for a post a person publishes some version of by hand', async () => {
    await world.connectMastodon(workspaceId);
    const remindersOf = async (postId: string) => {
      const result = await world.database.db.execute(
        sql`select id from pgboss.job where name = 'post-due-by-hand' and data->>'postId' = ${postId}`,
      );
      return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length;
    };
    // All its versions go out through a connected account: nobody is to be reminded (each such
    // post used to get a job anyway, and at its minute the worker read the workspace's whole list
    // of versions due by hand for each one: 1,000 posts held the embedded database for minutes).
    const connected = await world.schedulePost(owner, workspaceId, 'Tout par Mastodon', ['mastodon']);
    expect(await remindersOf(connected)).toBe(0);
    const mixed = await world.schedulePost(owner, workspaceId, 'Et LinkedIn à la main', [
      'mastodon',
      'linkedin',
    ]);
    expect(await remindersOf(mixed)).toBe(1);
  });

  it('re-plans on a new time with the same key, cancels on unschedule, and answers 409 while publishing', async () => {
    await world.connectMastodon(workspaceId);
    const postId = await world.schedulePost(owner, workspaceId, 'Bientôt', ['mastodon']);
    const first = await onePublication();
    await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-21', time: '09:30' });
    const moved = await onePublication();
    expect(moved.idempotencyKey).toBe(first.idempotencyKey);
    expect(moved.dueAt.toISOString()).toBe('2026-03-21T08:30:00.000Z');
    expect(moved.jobId).not.toBe(first.jobId);
    expect((await call('POST', `/posts/${postId}/unschedule`)).statusCode).toBe(200);
    expect((await onePublication()).status).toBe('cancelled');
    await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-21', time: '09:30' });
    expect((await onePublication()).status).toBe('scheduled');

    await world.database.db.update(publications).set({ status: 'publishing' });
    const edit = await call('PATCH', `/posts/${postId}`, { text: 'Changé' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'publication_in_progress' });
    expect(edit.json().detail).toContain('en ce moment');
    expect((await call('POST', `/posts/${postId}/unschedule`)).statusCode).toBe(409);
    const [post] = await world.database.db.select().from(posts).where(eq(posts.id, postId));
    expect(post?.text).toBe('Bientôt');
  });
});

describe('publishing at the minute', () => {
  it('publishes to Mastodon once, with the attempt written, and the post follows', async () => {
    await world.connectMastodon(workspaceId);
    const postId = await world.schedulePost(owner, workspaceId, 'Atelier couture samedi', ['mastodon']);
    expect(await world.runDue()).toBe(0); // not yet
    world.clock.set(dueAt);
    expect(await world.runDue()).toBe(1);
    expect(await world.runDue()).toBe(0); // a second job for it does nothing
    const row = await onePublication();
    expect(row).toMatchObject({ status: 'published', remoteId: expect.any(String) });
    expect(row.url).toContain(world.mastodon.url);
    expect(ours().map((status) => status.text)).toEqual(['Atelier couture samedi']);
    const attempts = await world.attemptsOf(row.id);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['published']);
    const shown = await call('GET', `/posts/${postId}/publications`);
    expect(shown.json()[0]).toMatchObject({ status: 'published', url: row.url, network: 'mastodon' });
    const post = await call('GET', `/posts/${postId}`);
    expect(post.json().status).toBe('published');
  });

  it('a 5xx is looked up, found missing, sent again after a 429 with its Retry-After, and never twice', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Après une panne', ['mastodon']);
    world.clock.set(dueAt);
    // A 5xx on the status call itself may hide a status that was created: unknown, not "retry".
    world.mastodon.inject({ on: 'POST /api/v1/statuses', kind: 'error_before', status: 503 });
    await world.runDue();
    let row = await onePublication();
    expect(row.status).toBe('unknown');
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(dueAt.getTime());
    world.mastodon.inject({
      on: 'POST /api/v1/statuses',
      kind: 'error_before',
      status: 429,
    });
    world.clock.set(row.nextAttemptAt);
    await world.runDue();
    row = await onePublication();
    expect(row.status).toBe('scheduled');
    world.clock.set(row.nextAttemptAt);
    await world.runDue();
    row = await onePublication();
    expect(row.status).toBe('published');
    expect(ours()).toHaveLength(1);
    expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'rate_limited',
      'published',
    ]);
  });

  it('an unanswered call is looked up before any retry: found, it is published, not sent again', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Sans réponse', ['mastodon']);
    world.clock.set(dueAt);
    world.mastodon.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 502 });
    await world.runDue();
    let row = await onePublication();
    expect(row.status).toBe('unknown');
    expect(ours()).toHaveLength(1); // it did go out
    world.clock.set(row.nextAttemptAt);
    const statusCallsBefore = world.mastodon.calls.filter(
      (label) => label === 'POST /api/v1/statuses',
    ).length;
    await world.runDue();
    row = await onePublication();
    expect(row.status).toBe('published');
    expect(row.remoteId).toBe(ours()[0]?.id);
    expect(world.mastodon.calls.filter((label) => label === 'POST /api/v1/statuses').length).toBe(
      statusCallsBefore,
    );
    expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'looked_up',
    ]);
  });

  it('an expired session fails with a reason, and a retry (same key) publishes once reconnected', async () => {
    const account = await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Session expirée', ['mastodon']);
    world.clock.set(dueAt);
    world.mastodon.revokeAll();
    await world.runDue();
    let row = await onePublication();
    expect(row).toMatchObject({ status: 'failed', failureReason: 'auth_expired' });
    const problems = await call('GET', '/publications/problems');
    expect(problems.json()).toEqual([
      expect.objectContaining({
        id: row.id,
        failureReason: 'auth_expired',
        canRetry: true,
        postText: 'Session expirée',
      }),
    ]);
    await world.connectMastodon(workspaceId); // same remote account: renewed in place
    expect((await world.publicationsOf(workspaceId))[0]?.connectedAccountId).toBe(account.id);
    const retried = await call('POST', `/publications/${row.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().status).toBe('scheduled');
    await world.runDue();
    row = await onePublication();
    expect(row.status).toBe('published');
    expect(ours()).toHaveLength(1);
    expect((await call('POST', `/publications/${row.id}/retry`)).statusCode).toBe(409);
  });

  it('more than the lateness allowed: missed with its reason, nothing sent; reschedule sends it', async () => {
    await world.connectMastodon(workspaceId);
    expect((await call('PATCH', '', { publishingLatenessMinutes: 30 })).statusCode).toBe(200);
    await world.schedulePost(owner, workspaceId, 'En retard', ['mastodon']);
    world.clock.set(new Date(dueAt.getTime() + 31 * minute));
    await world.runDue();
    const row = await onePublication();
    expect(row).toMatchObject({ status: 'missed', failureReason: 'too_late' });
    expect(ours()).toHaveLength(0);
    // The editors are told, and where: the network is named in the bell (and the mail).
    const bell = await as(world.app, owner, { method: 'GET', url: '/api/me/notifications' });
    expect(bell.json().items).toEqual([
      expect.objectContaining({
        kind: 'publication_missed',
        subject: expect.objectContaining({ network: 'mastodon' }),
      }),
    ]);
    const version = await world.database.db.select().from(postVersions);
    expect(version[0]?.status).toBe('missed');
    const rescheduled = await call('POST', `/publications/${row.id}/reschedule`, {
      date: '2026-03-20',
      time: '12:00',
    });
    expect(rescheduled.json()).toMatchObject({ status: 'scheduled', dueAt: '2026-03-20T11:00:00.000Z' });
    world.clock.set(new Date('2026-03-20T11:00:00Z'));
    await world.runDue();
    expect((await onePublication()).status).toBe('published');
    expect(ours().map((status) => status.text)).toEqual(['En retard']);
  });

  it('hands other networks to the workspace webhook, signed, once', async () => {
    await world.connectWebhook(workspaceId);
    // The receiver checks the signature's timestamp against its own clock: publish at real time.
    const real = Date.now();
    world.clock.set(new Date(real - 10 * minute));
    const local = new Date(real - 5 * minute).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' });
    const [date = '', time = ''] = local.split(' ');
    await world.schedulePost(owner, workspaceId, 'Pour LinkedIn', ['linkedin'], {
      date,
      time: time.slice(0, 5),
    });
    world.clock.set(new Date(real));
    await world.runDue();
    const row = await onePublication();
    expect(row).toMatchObject({ status: 'published', network: 'webhook' });
    expect(world.receiver.accepted.size).toBe(1);
    const [received] = [...world.receiver.accepted.values()];
    expect(received?.signatureValid).toBe(true);
    expect(received?.id).toBe(row.idempotencyKey);
    const payload = JSON.parse(received?.body ?? '{}');
    expect(payload.parts[0].text).toBe('Pour LinkedIn');
    expect(payload.network).toBe('linkedin'); // where the receiver should take it
  });
});

describe('what the notification centre hears', () => {
  it('calls onPublicationFailed and onPublicationMissed after the outcome is written', async () => {
    await world.connectMastodon(workspaceId);
    const heard: { kind: string; event: PublicationProblemEvent }[] = [];
    const { cadence } = world;
    const { publishPublication: publish } = createPublishPublication({
      batches: createPublicationBatchesRepository(),
      accounts: cadence.modules.connections.services.connectedAccountsStore,
      connectors: cadence.modules.connections.services.connectors,
      runInTransaction: cadence.platform.runInTransaction,
      db: world.database.db,
      jobs: cadence.platform.jobs,
      clock: world.clock,
      retryPolicy: { baseDelaySeconds: 1, maxDelaySeconds: 4, maxAttempts: 4 },
      leaseSeconds: 30,
      callbacks: {
        onPublicationFailed: (event) => void heard.push({ kind: 'failed', event }),
        onPublicationMissed: (event) => void heard.push({ kind: 'missed', event }),
      },
      logger: { warn: () => {} },
    });
    const postId = await world.schedulePost(owner, workspaceId, 'Refusée', ['mastodon']);
    await world.schedulePost(owner, workspaceId, 'Trop tard', ['mastodon'], {
      date: '2026-03-20',
      time: '10:30',
    });
    const rows = await world.publicationsOf(workspaceId);
    world.clock.set(new Date(dueAt.getTime() + 59 * minute)); // the 11:00 one is in time, the 10:30 one not
    world.mastodon.revokeAll();
    for (const row of rows) await publish({ version: 1, workspaceId, publicationId: row.id });
    expect(heard.map((item) => [item.kind, item.event.reason]).sort()).toEqual([
      ['failed', 'auth_expired'],
      ['missed', 'too_late'],
    ]);
    expect(heard.find((item) => item.kind === 'failed')?.event).toMatchObject({
      workspaceId,
      postId,
      network: 'mastodon',
    });
  });
});

describe('choosing the accounts of a network', () => {
  it('a version goes to the accounts chosen (default all), and only this workspace’s accounts can be named', async () => {
    await world.connectMastodon(workspaceId);
    const secondOnFake = world.mastodon.addAccount('seconde');
    const second = await world.connectMastodon(workspaceId, secondOnFake);
    const created = await call('POST', '/posts', {
      text: 'Un seul compte',
      versions: [{ network: 'mastodon', text: null, accountIds: [second.id] }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().versions[0].accountIds).toEqual([second.id]);
    const postId = created.json().id as string;
    expect(
      (await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-20', time: '11:00' })).statusCode,
    ).toBe(200);
    let rows = await world.publicationsOf(workspaceId);
    expect(rows.map((row) => [row.connectedAccountId, row.status])).toEqual([[second.id, 'scheduled']]);

    // Back to every account: the first one gets its publication too.
    const edited = await call('PATCH', `/posts/${postId}`, {
      versions: [{ network: 'mastodon', text: null, accountIds: null }],
    });
    expect(edited.statusCode).toBe(200);
    rows = await world.publicationsOf(workspaceId);
    expect(rows.filter((row) => row.status === 'scheduled')).toHaveLength(2);

    // Only the first again: the second's publication is cancelled, and nothing goes to it.
    const first = rows.find((row) => row.connectedAccountId !== second.id)?.connectedAccountId ?? '';
    await call('PATCH', `/posts/${postId}`, {
      versions: [{ network: 'mastodon', text: null, accountIds: [first] }],
    });
    rows = await world.publicationsOf(workspaceId);
    expect(
      Object.fromEntries(
        rows.map((row) => [row.connectedAccountId === first ? 'first' : 'second', row.status]),
      ),
    ).toEqual({ first: 'scheduled', second: 'cancelled' });
    world.clock.set(dueAt);
    await world.runDue();
    expect(ours().map((status) => status.text)).toEqual(['Un seul compte']);
    expect(world.mastodon.statusesOf(secondOnFake)).toHaveLength(0);

    // Another workspace's account, or an unknown id: refused, nothing saved.
    const other = await world.newWorkspace();
    const theirs = await world.connectMastodon(other.workspaceId);
    for (const accountId of [theirs.id, crypto.randomUUID()]) {
      const refused = await call('POST', '/posts', {
        text: 'Compte étranger',
        versions: [{ network: 'mastodon', text: null, accountIds: [accountId] }],
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'account_unknown' });
    }

    // A webhook carries the networks no connector serves: named on a Mastodon version it would
    // never be used, so it is refused there and accepted on LinkedIn's.
    const hook = await world.connectWebhook(workspaceId);
    const onMastodon = await call('POST', '/posts', {
      text: 'Par le webhook ?',
      versions: [{ network: 'mastodon', text: null, accountIds: [hook.id] }],
    });
    expect(onMastodon.statusCode).toBe(422);
    expect(onMastodon.json()).toMatchObject({ code: 'account_unknown' });
    const onLinkedin = await call('POST', '/posts', {
      text: 'Par le webhook',
      versions: [{ network: 'linkedin', text: null, accountIds: [hook.id] }],
    });
    expect(onLinkedin.statusCode).toBe(201);
  });
});

describe('a connection failing', () => {
  const failingNotices = async (user: TestUser) =>
    (
      (await as(world.app, user, { method: 'GET', url: '/api/me/notifications' })).json() as {
        items: { kind: string; workspaceId: string; subject: { network?: string; label?: string } }[];
      }
    ).items.filter((item) => item.kind === 'connection_failing');

  it('tells the editors once per failure streak: health checks and refused publishes alike', async () => {
    const account = await world.connectMastodon(workspaceId);
    const connections = world.cadence.modules.connections.services.connectionsService;
    expect((await connections.checkConnection(workspaceId, account.id))?.health.status).toBe('healthy');
    expect(await failingNotices(owner)).toHaveLength(0);

    world.mastodon.revokeAll();
    expect((await connections.checkConnection(workspaceId, account.id))?.health.status).toBe('revoked');
    await connections.checkConnection(workspaceId, account.id); // the next round: same streak
    const notices = await failingNotices(owner);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ workspaceId, subject: { network: 'mastodon' } });

    // Reconnected (healthy again), then a publish is refused: a new streak, told once.
    await world.connectMastodon(workspaceId);
    expect((await connections.checkConnection(workspaceId, account.id))?.health.status).toBe('healthy');
    await world.schedulePost(owner, workspaceId, 'Refusée une', ['mastodon']);
    await world.schedulePost(owner, workspaceId, 'Refusée deux', ['mastodon'], {
      date: '2026-03-20',
      time: '11:01',
    });
    world.mastodon.revokeAll();
    world.clock.set(new Date(dueAt.getTime() + 2 * minute));
    expect(await world.runDue()).toBe(2);
    const rows = await world.publicationsOf(workspaceId);
    expect(rows.map((row) => row.failureReason)).toEqual(['auth_expired', 'auth_expired']);
    expect((await connections.checkConnection(workspaceId, account.id))?.health.status).toBe('revoked');
    expect(await failingNotices(owner)).toHaveLength(2);

    // Another workspace's editors hear nothing of it.
    const other = await world.newWorkspace();
    expect(await failingNotices(other.owner)).toHaveLength(0);
  });
});

describe('the sweeper', () => {
  it('re-queues a publication whose job is gone, and takes back one whose worker died mid-call (looking up first)', async () => {
    await world.connectMastodon(workspaceId);
    await world.schedulePost(owner, workspaceId, 'Job perdu', ['mastodon']);
    const row = await onePublication();
    await world.database.db.execute(sql`delete from pgboss.job where id = ${row.jobId}::uuid`);
    world.clock.set(new Date(dueAt.getTime() + 2 * minute));
    expect(await world.services.sweepPublications()).toBe(1);
    expect(await world.services.sweepPublications()).toBe(0); // its new job is live
    const swept = await onePublication();
    const live = await world.cadence.platform.jobs.findLiveJobIds(publishQueue, [swept.jobId ?? '']);
    expect(live.size).toBe(1);

    // A worker sent it, then died before writing the outcome: the network has it, the row says publishing.
    world.mastodon.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 502 });
    await world.runDue();
    // (The job that carried it has finished: the process died, its heartbeat handed the job back,
    // and the new try found the lease still running.)
    await world.database.db
      .update(publications)
      .set({ status: 'publishing', leaseUntil: new Date(world.clock.now().getTime() + 30_000), jobId: null });
    await world.database.db.execute(
      sql`update publication_attempts set outcome = 'running', finished_at = null`,
    );
    await world.services.publishPublication({ version: 1, workspaceId, publicationId: row.id });
    expect((await onePublication()).status).toBe('publishing'); // its lease still runs: hands off
    world.clock.advance(31_000);
    expect(await world.services.sweepPublications()).toBe(1);
    await world.services.publishPublication({ version: 1, workspaceId, publicationId: row.id });
    expect((await onePublication()).status).toBe('published');
    expect(ours()).toHaveLength(1);
    expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'looked_up',
    ]);
  });
});

describe('daylight saving (Europe/Paris)', () => {
  it('02:30 on 29 March 2026 does not exist: it goes out at 03:30 (the routine rule); 02:30 on 25 October goes out once', async () => {
    await world.connectMastodon(workspaceId);
    world.clock.set(new Date('2026-03-28T12:00:00Z'));
    await world.schedulePost(owner, workspaceId, 'Heure sautée', ['mastodon'], {
      date: '2026-03-29',
      time: '02:30',
    });
    const [spring] = await world.publicationsOf(workspaceId);
    // The skipped half hour moves forward by the gap: 03:30 CEST = 01:30 UTC.
    expect(spring?.dueAt.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    world.clock.set(new Date('2026-03-29T01:30:00Z'));
    await world.runDue();

    world.clock.set(new Date('2026-10-24T12:00:00Z'));
    await world.schedulePost(owner, workspaceId, 'Heure doublée', ['mastodon'], {
      date: '2026-10-25',
      time: '02:30',
    });
    const autumn = (await world.publicationsOf(workspaceId)).find((row) => row.status === 'scheduled');
    // The repeated hour takes its first instant: 02:30 CEST = 00:30 UTC.
    expect(autumn?.dueAt.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    for (const instant of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      world.clock.set(new Date(instant));
      await world.runDue();
    }
    expect(ours().map((status) => status.text)).toEqual(['Heure sautée', 'Heure doublée']);
  });
});
