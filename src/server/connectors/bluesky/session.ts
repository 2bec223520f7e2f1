import type { BlueskyCredentials, ConnectorError } from '../../../contracts/connectors.js';
import type { Clock } from '../../platform/clock.js';
import type { ConnectorAccount } from '../connector.js';
import { expiredTokenErrors, type Xrpc, type XrpcAnswer } from './xrpc.js';

/** Seconds before its expiry an access token is renewed rather than used. */
const renewMarginSeconds = 60;

function expiresAt(jwt: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
}

function readSession(body: Record<string, unknown>) {
  const { accessJwt, refreshJwt } = body;
  if (typeof accessJwt !== 'string' || typeof refreshJwt !== 'string')
    throw new Error('The server gave no session');
  return { accessJwt, refreshJwt };
}

type Session = NonNullable<BlueskyCredentials['session']>;
type Account = ConnectorAccount<BlueskyCredentials>;

/**
 * Runs calls with the account's session, never logging in per post (logins are limited to 30
 * per 5 minutes and 300 a day). Order: the kept access token; if expired (or about to be), the
 * refresh token; only if that is refused, one login with the app password. Renewals go through
 * `renewCredentials`: one at a time per account, across processes, so the tries of a batch
 * whose token expired refresh it once and the others take the session it gave (refresh tokens
 * rotate); each renewed session is saved at once, since a lost one would log the account out.
 */
export function createSessionKeeper(xrpc: Xrpc, clock: Clock) {
  const isExpiring = (accessJwt: string) => {
    const expiry = expiresAt(accessJwt);
    return expiry !== null && expiry - renewMarginSeconds < clock.now().getTime() / 1000;
  };

  async function login(credentials: BlueskyCredentials): Promise<Session | ConnectorError> {
    const answer = await xrpc({
      service: credentials.pdsUrl,
      nsid: 'com.atproto.server.createSession',
      json: { identifier: credentials.did, password: credentials.appPassword },
    });
    if (answer.ok) return readSession(answer.body);
    return answer.error.status === 'rejected' || answer.xrpcError === 'AuthenticationRequired'
      ? {
          status: 'auth_expired',
          message: 'Bluesky refused the app password: connect the account again.',
          publishedParts: [],
        }
      : answer.error;
  }

  async function refresh(
    credentials: BlueskyCredentials,
    session: Session,
  ): Promise<Session | ConnectorError> {
    const answer = await xrpc({
      service: credentials.pdsUrl,
      nsid: 'com.atproto.server.refreshSession',
      method: 'POST',
      bearer: session.refreshJwt,
    });
    if (answer.ok) return readSession(answer.body);
    return answer.error.status === 'auth_expired' || answer.error.status === 'rejected'
      ? login(credentials)
      : answer.error;
  }

  /** A fresh access token in place of `held` (null: no session yet), renewed at most once. */
  function renew(account: Account, held: Session | null): Promise<string | ConnectorError> {
    return account.renewCredentials<string | ConnectorError>(async (stored) => {
      const current = stored.session;
      // Another try renewed it while this one waited for its turn: use theirs.
      if (current && current.refreshJwt !== held?.refreshJwt && !isExpiring(current.accessJwt))
        return { result: current.accessJwt };
      const renewed = current ? await refresh(stored, current) : await login(stored);
      if (!('accessJwt' in renewed)) return { result: renewed };
      return { keep: { ...stored, session: renewed }, result: renewed.accessJwt };
    });
  }

  function accessToken(account: Account): Promise<string | ConnectorError> | string {
    const session = account.credentials.session;
    if (!session || isExpiring(session.accessJwt)) return renew(account, session);
    return session.accessJwt;
  }

  /** Runs `call` with a valid access token, renewing it once if the server says it expired. */
  return async function withSession(
    account: Account,
    call: (accessJwt: string) => Promise<XrpcAnswer>,
  ): Promise<XrpcAnswer> {
    const token = await accessToken(account);
    if (typeof token !== 'string') return { ok: false, error: token, xrpcError: null, httpStatus: null };
    const answer = await call(token);
    if (answer.ok || answer.xrpcError === null || !expiredTokenErrors.has(answer.xrpcError)) return answer;
    // Refused: the session this call used (the one now held) is the one to replace.
    const renewed = await renew(account, account.credentials.session);
    if (typeof renewed !== 'string') return { ok: false, error: renewed, xrpcError: null, httpStatus: null };
    return call(renewed);
  };
}
export type SessionKeeper = ReturnType<typeof createSessionKeeper>;
