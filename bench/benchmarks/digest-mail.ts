import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { user } from '../../src/server/modules/auth/auth.table.js';
import { memberships } from '../../src/server/modules/workspaces/workspaces.table.js';
import { createFixedClock } from '../../src/server/platform/clock.js';
import { createDb } from '../../src/server/platform/db.js';
import { createMailer } from '../../src/server/platform/mail.js';
import { buildTestApp, cadenceOf, createWorkspaceFor, signUp } from '../../src/server/testing/test-app.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';

/** Friday 27 November 2026, 17:05 in Paris: every digest of that week is due. */
const fridayEvening = new Date('2026-11-27T16:05:00Z');

/**
 * Benchmark 12 (#16): the Friday digest for `people` people, from the check that finds them due
 * to the last mail accepted by a local SMTP server, through the app's own worker and mail jobs
 * (one workspace they all belong to, on the embedded database). The limit is the same server
 * receiving as many ready-made mails of the same size, sent one after another, in the same run.
 */
export async function benchmarkDigestMail(options: { people: number }): Promise<BenchmarkResult[]> {
  let received = 0;
  let bytes = 0;
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'Cadence <cadence@example.com>',
    logger: pino({ level: 'silent' }),
  });
  const database = await createDb({ dataDir: 'memory://' });
  const clock = createFixedClock(new Date('2026-11-23T08:00:00Z'));
  const app = await buildTestApp({ database, clock, mailer, worker: true });
  try {
    const owner = await signUp(app, { name: 'Agence' });
    const workspaceId = await createWorkspaceFor(app, owner, 'Agence de la semaine');
    // The team: people written straight into the tables (signing 500 people up would time
    // password hashing, not the digest).
    const team = Array.from({ length: options.people - 1 }, (_, index) => ({
      id: `bench-digest-${index}`,
      name: `Personne ${index}`,
      email: `personne-${index}@digest.bench.invalid`,
      emailVerified: true,
    }));
    if (team.length > 0) {
      await database.db.insert(user).values(team);
      await database.db
        .insert(memberships)
        .values(team.map((person) => ({ workspaceId, userId: person.id, role: 'member' as const })));
    }

    clock.set(fridayEvening);
    const started = performance.now();
    const queued = await cadenceOf(app).modules.notifications.services.weeklyDigest.queueDueDigests();
    while (received < queued) await new Promise((resolve) => setTimeout(resolve, 20));
    const digestMs = performance.now() - started;
    const averageBytes = Math.round(bytes / Math.max(1, received));

    // The limit: as many mails of that size, ready-made, sent one after another.
    received = 0;
    const text = 'x'.repeat(Math.max(1, averageBytes - 400));
    const floorStarted = performance.now();
    for (let index = 0; index < queued; index += 1)
      await mailer.send({ to: `personne-${index}@digest.bench.invalid`, subject: 'Votre semaine', text });
    const floorMs = performance.now() - floorStarted;

    const ratio = digestMs / floorMs;
    return [
      {
        id: '12',
        name: `Friday digest to ${queued} people through a local SMTP server`,
        database: 'pglite',
        measured: `all ${queued} mailed in ${milliseconds(digestMs)} (about ${Math.round(averageBytes / 1024)} KB each)`,
        baseline: `${queued} ready-made mails of that size, one after another: ${milliseconds(floorMs)}`,
        ratio,
        target: 'all within 60 s',
        met: queued === options.people && digestMs < 60_000,
      },
    ];
  } finally {
    await app.close();
    await database.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
}
