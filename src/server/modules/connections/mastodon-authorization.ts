import { z } from 'zod';
import { canManageConnections } from '../../../core/access/index.js';
import type { Role } from '../../../core/access/roles.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import type { SecretBox } from '../../platform/crypto.js';
import { unprocessable } from '../../platform/problem.js';
import type { ConnectionsService } from './connections.service.js';

/** The cookie that carries a Mastodon authorization between Cadence and the instance. */
export const pendingCookieName = 'cadence_mastodon_pending';
export const callbackPath = '/api/connections/mastodon/callback';
/** Long enough to sign in on the instance and approve; short enough to be worth nothing later. */
const pendingLifetimeSeconds = 10 * 60;

const pendingCookieSchema = z.object({
  workspaceId: z.string(),
  userId: z.string(),
  /** The connector's own pending state: client secret and PKCE verifier included. */
  pending: z.string(),
  expiresAt: z.number(),
});

export type CallbackOutcome =
  | { kind: 'connected'; workspaceId: string; accountName: string }
  | { kind: 'failed'; workspaceId: string | null; reason: string };

/**
 * Mastodon's authorization code + PKCE round trip. The pending state (client secret, PKCE
 * verifier, state, and who asked for which workspace) is sealed with CADENCE_SECRET into an
 * HttpOnly cookie scoped to the callback path: nothing is written to the database until the
 * person comes back, and only the browser that started can finish.
 */
export function createMastodonAuthorization(dependencies: {
  connectors: ConnectorRegistry;
  connectionsService: ConnectionsService;
  secretBox: SecretBox;
  clock: Clock;
  baseUrl: string;
  findRole: (workspaceId: string, userId: string) => Promise<Role | null>;
}) {
  const { connectors, connectionsService, secretBox, clock, baseUrl } = dependencies;
  const redirectUri = new URL(callbackPath, baseUrl).href;
  const secure = baseUrl.startsWith('https:');

  function cookie(value: string, maxAgeSeconds: number): string {
    return [
      `${pendingCookieName}=${value}`,
      `Path=${callbackPath}`,
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      // Lax: the instance sends the person back with a top-level GET, which Lax lets through.
      'SameSite=Lax',
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }

  function flow() {
    const connection = connectors.get('mastodon').connection;
    if (connection.kind !== 'oauth') throw new Error('Mastodon connects with OAuth');
    return connection;
  }

  return {
    /** Registers Cadence on the instance if needed; returns where to send the person and the cookie. */
    async start(workspaceId: string, userId: string, instance: string) {
      const started = await flow().start({ server: instance, redirectUri });
      if (started.status !== 'started')
        throw unprocessable('connection_refused', { reason: started.message });
      const sealed = secretBox.seal(
        JSON.stringify({
          workspaceId,
          userId,
          pending: started.pending,
          expiresAt: clock.now().getTime() + pendingLifetimeSeconds * 1000,
        }),
      );
      return {
        authorizationUrl: started.authorizationUrl,
        setCookie: cookie(sealed, pendingLifetimeSeconds),
      };
    },

    /** The person is back from the instance: finish, keep the account, say how it went. */
    async finish(input: {
      cookieHeader: string | undefined;
      userId: string;
      code?: string | undefined;
      state?: string | undefined;
      error?: string | undefined;
    }): Promise<{ outcome: CallbackOutcome; clearCookie: string }> {
      const clearCookie = cookie('', 0);
      const pending = readPendingCookie(input.cookieHeader, secretBox);
      if (!pending || pending.userId !== input.userId || pending.expiresAt < clock.now().getTime())
        return { outcome: { kind: 'failed', workspaceId: null, reason: 'expired' }, clearCookie };
      const { workspaceId } = pending;
      const role = await dependencies.findRole(workspaceId, input.userId);
      if (!role || !canManageConnections(role))
        return { outcome: { kind: 'failed', workspaceId: null, reason: 'forbidden' }, clearCookie };
      if (input.error || !input.code || !input.state)
        return { outcome: { kind: 'failed', workspaceId, reason: 'denied' }, clearCookie };
      const result = await flow().finish({
        pending: pending.pending,
        code: input.code,
        state: input.state,
        redirectUri,
      });
      if (result.status !== 'connected')
        return { outcome: { kind: 'failed', workspaceId, reason: result.message }, clearCookie };
      const account = await connectionsService.keepConnection(workspaceId, input.userId, result);
      return { outcome: { kind: 'connected', workspaceId, accountName: account.accountName }, clearCookie };
    },
  };
}
export type MastodonAuthorization = ReturnType<typeof createMastodonAuthorization>;

function readPendingCookie(header: string | undefined, secretBox: SecretBox) {
  const value = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${pendingCookieName}=`))
    ?.slice(pendingCookieName.length + 1);
  if (!value) return null;
  try {
    return pendingCookieSchema.parse(JSON.parse(secretBox.open(value)));
  } catch {
    // Tampered, sealed under another secret, or from an older Cadence: start again.
    return null;
  }
}

/** Where the callback sends the person: their connections page, with how it went. */
export function callbackRedirect(outcome: CallbackOutcome): string {
  if (outcome.kind === 'failed' && !outcome.workspaceId)
    return `/?connection=failed&reason=${encodeURIComponent(outcome.reason)}`;
  const page = `/w/${outcome.workspaceId}/connections`;
  const search = new URLSearchParams(
    outcome.kind === 'connected'
      ? { connection: 'connected', account: outcome.accountName }
      : { connection: 'failed', reason: outcome.reason.slice(0, 300) },
  );
  return `${page}?${search}`;
}
