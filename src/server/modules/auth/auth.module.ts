import type { AccountMailJob } from '../../../contracts/jobs.js';
import { createSecretBox } from '../../platform/crypto.js';
import type { Mailer, MailMessage } from '../../platform/mail.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import { accountRoutes } from '../account/account.routes.js';
import { createAccountDeletion } from '../account/account-deletion.js';
import type { Auth } from './auth.js';
import { registerAuthRoutes, toFetchHeaders } from './auth.routes.js';
import { createSessionCache, type SessionCache } from './session-cache.js';

export type AuthServices = { loadAuth: () => Promise<Auth>; sessionCache: SessionCache };

/** Accounts and sessions (better-auth), and what a process remembers of who holds a cookie. */
export function createAuthModule(
  { database, secret, settings, mailer, jobs, logger }: Platform,
  { onUserCreated }: { onUserCreated: (userId: string) => Promise<void> },
): CadenceModule<AuthServices> {
  const accountDeletion = createAccountDeletion(database.db);
  const box = createSecretBox(secret);
  // Account mails leave through a job: see the 'account-mail' queue.
  const mailLater: Mailer = {
    isConfigured: mailer.isConfigured,
    send: async ({ to, subject, text }) => {
      const sealedMessage = box.seal(JSON.stringify({ subject, text }));
      await jobs.send('account-mail', { version: 1, to, sealedMessage });
    },
  };
  const sendAccountMail = async (job: AccountMailJob) => {
    const { subject, text } = JSON.parse(box.open(job.sealedMessage)) as Omit<MailMessage, 'to'>;
    await mailer.send({ to: job.to, subject, text });
  };
  // better-auth (with its core and jose, ~230 modules and ~10 MB of heap) is loaded by the first
  // request that needs it, a session to read or an /api/auth call: a start and /api/health do
  // without it (bench/README.md, benchmark 4).
  let auth: Promise<Auth> | undefined;
  const loadAuth = (): Promise<Auth> => {
    auth ??= import('./auth.js')
      .then(({ createAuth }) =>
        createAuth({
          onUserCreated,
          mailer: mailLater,
          accountDeletion,
          db: database.db,
          secret,
          baseUrl: settings.baseUrl,
          trustedOrigins: settings.trustedOrigins,
          loginAttemptsPerMinute: settings.loginAttemptsPerMinute,
          log: (level, message, details) => logger[level]({ details }, `better-auth: ${message}`),
        }),
      )
      .catch((error: unknown) => {
        // The next request tries again.
        auth = undefined;
        throw error;
      });
    return auth;
  };
  // Sessions are asked for on every request and rarely change.
  const sessionCache = createSessionCache(
    async (request) => {
      const { headers, response: found } = await (await loadAuth()).api.getSession({
        headers: toFetchHeaders(request.headers),
        returnHeaders: true,
      });
      if (!found) return null;
      const { id, name, email } = found.user;
      return {
        user: { id, name, email },
        expiresAt: found.session.expiresAt,
        setCookies: headers.getSetCookie(),
      };
    },
    { ttlMilliseconds: settings.accessCacheTtlMilliseconds, maxEntries: 10_000 },
  );
  return {
    services: { loadAuth, sessionCache },
    jobHandlers: [{ queue: 'account-mail', handle: sendAccountMail }],
    registerRoutes: async (app) => {
      await registerAuthRoutes(app, { loadAuth, onSessionsChanged: sessionCache.forgetAll });
      await app.register(accountRoutes, { accountDeletion, isMailConfigured: mailer.isConfigured });
    },
  };
}
