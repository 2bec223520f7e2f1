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

/**
 * Runs calls with the account's session, never logging in per post (logins are limited to 30
 * per 5 minutes and 300 a day). Order: the kept access token; if expired (or about to be), the
 * refresh token; only if that is refused, one login with the app password. Each renewed
 * session is saved at once: refresh tokens rotate, so a lost one would log the account out.
 */
export function createSessionKeeper(xrpc: Xrpc, clock: Clock) {
  async function login(account: ConnectorAccount<BlueskyCredentials>): Promise<string | ConnectorError> {
    const { credentials } = account;
    const answer = await xrpc({
      service: credentials.pdsUrl,
      nsid: 'com.atproto.server.createSession',
      json: { identifier: credentials.did, password: credentials.appPassword },
    });
    if (!answer.ok)
      return answer.error.status === 'rejected' || answer.xrpcError === 'AuthenticationRequired'
        ? {
            status: 'auth_expired',
            message: 'Bluesky refused the app password: connect the account again.',
            publishedParts: [],
          }
        : answer.error;
    const session = readSession(answer.body);
    account.credentials = { ...credentials, session };
    await account.saveCredentials(account.credentials);
    return session.accessJwt;
  }

  async function refresh(account: ConnectorAccount<BlueskyCredentials>): Promise<string | ConnectorError> {
    const { credentials } = account;
    if (!credentials.session) return login(account);
    const answer = await xrpc({
      service: credentials.pdsUrl,
      nsid: 'com.atproto.server.refreshSession',
      method: 'POST',
      bearer: credentials.session.refreshJwt,
    });
    if (!answer.ok)
      return answer.error.status === 'auth_expired' || answer.error.status === 'rejected'
        ? login(account)
        : answer.error;
    const session = readSession(answer.body);
    account.credentials = { ...credentials, session };
    await account.saveCredentials(account.credentials);
    return session.accessJwt;
  }

  async function accessToken(
    account: ConnectorAccount<BlueskyCredentials>,
  ): Promise<string | ConnectorError> {
    const session = account.credentials.session;
    if (!session) return login(account);
    const expiry = expiresAt(session.accessJwt);
    if (expiry !== null && expiry - renewMarginSeconds < clock.now().getTime() / 1000)
      return refresh(account);
    return session.accessJwt;
  }

  /** Runs `call` with a valid access token, renewing it once if the server says it expired. */
  return async function withSession(
    account: ConnectorAccount<BlueskyCredentials>,
    call: (accessJwt: string) => Promise<XrpcAnswer>,
  ): Promise<XrpcAnswer> {
    const token = await accessToken(account);
    if (typeof token !== 'string') return { ok: false, error: token, xrpcError: null, httpStatus: null };
    const answer = await call(token);
    if (answer.ok || answer.xrpcError === null || !expiredTokenErrors.has(answer.xrpcError)) return answer;
    const renewed = await refresh(account);
    if (typeof renewed !== 'string') return { ok: false, error: renewed, xrpcError: null, httpStatus: null };
    return call(renewed);
  };
}
export type SessionKeeper = ReturnType<typeof createSessionKeeper>;
