import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../platform/access.js';
import { createExpiringCache, type ExpiringCacheOptions } from '../../platform/expiring-cache.js';

export type LoadedSession = { user: CurrentUser; expiresAt: Date };

/** better-auth's session cookie; `__Secure-` when Cadence is served over HTTPS. */
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/;

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? sessionCookie.exec(cookieHeader)?.[1] : undefined;
}

/**
 * Who holds a session cookie, remembered for a few seconds: every authenticated request asks, and
 * asking better-auth costs two queries (session, user). Keyed by the signed cookie value that
 * better-auth verified, never past the session's own expiry. This process forgets at once what it
 * changes (sign-out, revocation, rename); another process's change reaches it within the TTL.
 */
export function createSessionCache(
  loadSession: (request: FastifyRequest) => Promise<LoadedSession | null>,
  options: ExpiringCacheOptions,
) {
  const sessions = createExpiringCache<string, LoadedSession>(options);
  return {
    async findUserBySession(request: FastifyRequest): Promise<CurrentUser | null> {
      const token = readSessionToken(request.headers.cookie);
      if (token === undefined) return (await loadSession(request))?.user ?? null;
      const session = await sessions.getOrLoad(
        token,
        async () => {
          const loaded = await loadSession(request);
          return loaded && { user: Object.freeze(loaded.user), expiresAt: loaded.expiresAt };
        },
        (loaded) => loaded.expiresAt.getTime(),
      );
      return session?.user ?? null;
    },
    forgetUser(userId: string) {
      sessions.deleteWhere((_, session) => session.user.id === userId);
    },
    forgetAll() {
      sessions.clear();
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
