import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app.js';
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
  worker = false,
  ...parts
}: Pick<CadenceDependencies, 'database' | 'clock' | 'mailer'> & {
  webRoot?: string;
  accessCacheTtlMilliseconds?: number;
  /** Also works the job queues in this process (polling every half second). */
  worker?: boolean;
}): Promise<FastifyInstance> {
  const cadence = createCadence({
    logger: pino({ level: 'silent' }),
    secret: 'test-secret-that-is-long-enough-for-better-auth-0123456789',
    settings: {
      baseUrl: testBaseUrl,
      trustedOrigins: [testBaseUrl],
      loginAttemptsPerMinute: 5,
      accessCacheTtlMilliseconds,
      timeZone: 'Europe/Paris',
    },
    jobPollingIntervalSeconds: 0.5,
    ...parts,
  });
  const app = await buildApp(cadence, { webRoot });
  app.addHook('onClose', () => cadence.stop(1000));
  cadences.set(app, cadence);
  if (worker) await startWorker(cadence);
  await app.ready();
  return app;
}

/** The real app on a real (embedded or PostgreSQL) database, with a pinned clock and a mail outbox. */
export async function createTestContext(
  options: { smtp?: boolean; webRoot?: string; worker?: boolean; mailer?: Mailer } = {},
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
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin: testBaseUrl, 'x-forwarded-for': `10.0.${userCounter % 250}.1` },
    payload: { email, name, password: overrides.password ?? 'correct horse battery' },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const cookie = cookieFrom(response);
  const body = response.json() as { user: { id: string } };
  return { id: body.user.id, email, name, cookie };
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
