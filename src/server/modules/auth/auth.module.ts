import type { CadenceModule, Platform } from '../../platform/module.js';
import { accountRoutes } from '../account/account.routes.js';
import { createAccountDeletion } from '../account/account-deletion.js';
import { type Auth, createAuth } from './auth.js';
import { registerAuthRoutes, toFetchHeaders } from './auth.routes.js';
import { createSessionCache, type SessionCache } from './session-cache.js';

export type AuthServices = { auth: Auth; sessionCache: SessionCache };

/** Accounts and sessions (better-auth), and what a process remembers of who holds a cookie. */
export function createAuthModule(
  { database, secret, settings, mailer, logger }: Platform,
  { onUserCreated }: { onUserCreated: (userId: string) => Promise<void> },
): CadenceModule<AuthServices> {
  const accountDeletion = createAccountDeletion(database.db);
  const auth = createAuth({
    onUserCreated,
    mailer,
    accountDeletion,
    db: database.db,
    secret,
    baseUrl: settings.baseUrl,
    trustedOrigins: settings.trustedOrigins,
    loginAttemptsPerMinute: settings.loginAttemptsPerMinute,
    log: (level, message, details) => logger[level]({ details }, `better-auth: ${message}`),
  });
  // Sessions are asked for on every request and rarely change.
  const sessionCache = createSessionCache(
    async (request) => {
      const { headers, response: found } = await auth.api.getSession({
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
    services: { auth, sessionCache },
    registerRoutes: async (app) => {
      await registerAuthRoutes(app, { auth, onSessionsChanged: sessionCache.forgetAll });
      await app.register(accountRoutes, { accountDeletion, isMailConfigured: mailer.isConfigured });
    },
  };
}
