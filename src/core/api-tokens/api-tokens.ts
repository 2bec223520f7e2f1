/**
 * Personal API tokens: `cad_` + 43 base64url characters (32 random bytes). The prefix makes a
 * leaked token recognisable (secret scanners, logs); only its SHA-256 is stored.
 */
export const apiTokenPrefix = 'cad_';
const apiTokenPattern = /^cad_[A-Za-z0-9_-]{43}$/;

/** What people see of a token after its creation: enough to recognise it, never to use it. */
export function apiTokenHint(token: string): string {
  return `${token.slice(0, apiTokenPrefix.length + 4)}…`;
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none that fits. */
export function readBearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  const token = match?.[1] ?? '';
  return apiTokenPattern.test(token) ? token : null;
}

/** "Last used" is written at most once a minute per token: an API client in a loop costs no writes. */
export const lastUseResolutionMs = 60_000;

export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= lastUseResolutionMs;
}

export type RateWindow = { startedAt: number; count: number };
export type RatePolicy = { limit: number; windowMs: number };

/** The token API's limit: enough for a CRM syncing in bursts, not for hammering the server. */
export const apiTokenRatePolicy: RatePolicy = { limit: 120, windowMs: 60_000 };

/**
 * One request against a fixed window: allowed while the window has room; refused ones do not
 * count, and say in how many seconds the window opens again.
 */
export function takeRequest(
  window: RateWindow | undefined,
  now: number,
  policy: RatePolicy,
): { window: RateWindow; allowed: boolean; retryAfterSeconds: number } {
  const current = window && now - window.startedAt < policy.windowMs ? window : { startedAt: now, count: 0 };
  if (current.count >= policy.limit)
    return {
      window: current,
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((current.startedAt + policy.windowMs - now) / 1000)),
    };
  return {
    window: { startedAt: current.startedAt, count: current.count + 1 },
    allowed: true,
    retryAfterSeconds: 0,
  };
}
