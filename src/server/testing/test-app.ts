import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { type AppOptions, buildApp } from '../app.js';
import {
  type Cadence,
  type CadenceDependencies,
  createCadence,
  defaultAccessCacheTtlMilliseconds,
} from '../cadence.js';
import { createFixedClock } from '../platform/clock.js';
import type { DatabaseHandle } from '../platform/db.js';
import type { Mailer, MailMessage } from '../platform/mail.js';
import { startWorker } from '../worker.js';
import { createTestDatabase, truncateAll } from './test-database.js';

export type TestContext = {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: ReturnType<typeof createFixedClock>;
  sentMail: MailMessage[];
  reset: () => Promise<void>;
  close: () => Promise<void>;
};

export const testBaseUrl = 'http://localhost:3000';
/** CADENCE_SECRET of test apps (tests that check what is sealed open it with this). */
export const testSecret = 'test-secret-that-is-long-enough-for-better-auth-0123456789';

const cadences = new WeakMap<FastifyInstance, Cadence>();

/** The container behind a test app: its services and its jobs. */
export function cadenceOf(app: FastifyInstance): Cadence {
  const cadence = cadences.get(app);
  if (!cadence) throw new Error('Not an app built by buildTestApp');
  return cadence;
}

/**
 * The app as tests configure it, on a given database: a second one on the same database stands
 * for another process of the same deployment.
 */
export async function buildTestApp({
  webRoot = '/nonexistent',
  accessCacheTtlMilliseconds = defaultAccessCacheTtlMilliseconds,
  trustProxy,
  logger = pino({ level: 'silent' }),
  worker = false,
  backups,
  responseCache,
  ...parts
}: Pick<CadenceDependencies, 'database' | 'clock' | 'mailer' | 'publishingTuning'> & {
  logger?: CadenceDependencies['logger'];
  /** Reaches local test peers (fake Mastodon, the PDS, webhook receivers). */
  fetch?: CadenceDependencies['fetch'];
  blueskyIdentity?: CadenceDependencies['blueskyIdentity'];
  webRoot?: string;
  accessCacheTtlMilliseconds?: number;
  trustProxy?: string[];
  /** Also works the job queues in this process (polling every half second). */
  worker?: boolean;
  backups?: CadenceDependencies['settings']['backups'];
  /** The response cache's bounds, or false for none (the default's when not given). */
  responseCache?: AppOptions['responseCache'];
}): Promise<FastifyInstance> {
  const cadence = createCadence({
    logger,
    secret: testSecret,
    settings: {
      baseUrl: testBaseUrl,
      trustedOrigins: [testBaseUrl],
      loginAttemptsPerMinute: 5,
      accessCacheTtlMilliseconds,
      timeZone: 'Europe/Paris',
      ...(backups ? { backups } : {}),
    },
    jobPollingIntervalSeconds: 0.5,
    ...parts,
  });
  const app = await buildApp(cadence, {
    webRoot,
    ...(trustProxy ? { trustProxy } : {}),
    ...(responseCache === undefined ? {} : { responseCache }),
  });
  app.addHook('onClose', () => cadence.stop(1000));
  cadences.set(app, cadence);
  // As the process does before serving: a job sent inside a transaction cannot start pg-boss
  // on PGlite's one connection.
  await cadence.platform.jobs.start();
  if (worker) await startWorker(cadence);
  await app.ready();
  return app;
}

/** The real app on a real (embedded or PostgreSQL) database, with a pinned clock and a mail outbox. */
export async function createTestContext(
  options: {
    smtp?: boolean;
    webRoot?: string;
    worker?: boolean;
    mailer?: Mailer;
    /** Reaches local test peers; `blueskyIdentity` resolves handles on a local PDS. */
    peers?: Pick<CadenceDependencies, 'fetch' | 'blueskyIdentity'>;
  } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const clock = createFixedClock(new Date('2026-11-23T09:00:00Z'));
  const sentMail: MailMessage[] = [];
  const mailer: Mailer = options.mailer ?? {
    isConfigured: options.smtp ?? false,
    async send(message) {
      sentMail.push(message);
    },
  };
  const app = await buildTestApp({
    database,
    clock,
    mailer,
    webRoot: options.webRoot ?? '/nonexistent',
    worker: options.worker ?? false,
    ...options.peers,
  });
  return {
    app,
    database,
    clock,
    sentMail,
    async reset() {
      sentMail.length = 0;
      await truncateAll(database);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type TestUser = { id: string; email: string; name: string; cookie: string };

let userCounter = 0;

/** Signs a new person up through better-auth's real endpoint and returns their session cookie. */
export async function signUp(
  app: FastifyInstance,
  overrides: Partial<{ email: string; name: string; password: string }> = {},
): Promise<TestUser> {
  userCounter += 1;
  const email = overrides.email ?? `person${userCounter}-${Date.now()}@example.com`;
  const name = overrides.name ?? `Person ${userCounter}`;
  const password = overrides.password ?? 'correct horse battery';
  const headers = { origin: testBaseUrl };
  // Each person from their own address, so the sign-up and sign-in limits never bite a test.
  const remoteAddress = `10.0.${Math.floor(userCounter / 250) % 250}.${(userCounter % 250) + 1}`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers,
    remoteAddress,
    payload: { email, name, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  // Sign-up does not sign in (it answers alike for an address already registered): sign in next.
  const signedIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers,
    remoteAddress,
    payload: { email, password },
  });
  if (signedIn.statusCode !== 200) throw new Error(`sign-in failed: ${signedIn.statusCode} ${signedIn.body}`);
  const body = signedIn.json() as { user: { id: string } };
  return { id: body.user.id, email, name, cookie: cookieFrom(signedIn) };
}

export function cookieFrom(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** app.inject as a signed-in user. */
export function as(
  app: FastifyInstance,
  user: TestUser | null,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({
    ...options,
    headers: { ...(options.headers ?? {}), ...(user ? { cookie: user.cookie } : {}) },
  }) as Promise<LightMyRequestResponse>;
}

export async function createWorkspaceFor(
  app: FastifyInstance,
  user: TestUser,
  name = 'Atelier',
): Promise<string> {
  const response = await as(app, user, {
    method: 'POST',
    url: '/api/workspaces',
    payload: { name, timeZone: 'Europe/Paris' },
  });
  if (response.statusCode !== 201) throw new Error(`workspace creation failed: ${response.body}`);
  return (response.json() as { id: string }).id;
}
