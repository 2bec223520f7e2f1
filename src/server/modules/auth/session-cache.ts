import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../platform/access.js';
import { createExpiringCache, type ExpiringCacheOptions } from '../../platform/expiring-cache.js';
import { hasUnreadableSessionCookie } from './auth-request-rules.js';

export type LoadedSession = {
  user: CurrentUser;
  expiresAt: Date;
  /** Set-Cookie lines to pass on: better-auth renews an active session's cookie once a day. */
  setCookies: string[];
};

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
    async findUserBySession(request: FastifyRequest, reply: FastifyReply): Promise<CurrentUser | null> {
      if (hasUnreadableSessionCookie(request.headers.cookie)) return null;
      const load = async () => {
        const loaded = await loadSession(request);
        if (loaded && loaded.setCookies.length > 0) reply.header('set-cookie', loaded.setCookies);
        return loaded && { ...loaded, user: Object.freeze(loaded.user), setCookies: [] };
      };
      const token = readSessionToken(request.headers.cookie);
      if (token === undefined) return (await load())?.user ?? null;
      const session = await sessions.getOrLoad(token, load, (loaded) => loaded.expiresAt.getTime());
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
