/**
 * How a connected account is doing, and what that means for the posts scheduled to it. Pure:
 * the server feeds it what the connector answered and what the database holds.
 */

export type HealthStatus = 'unchecked' | 'healthy' | 'failing' | 'revoked';

/** What a connector's health check (or limits read) answered, as far as health goes. */
export type HealthCheckOutcome =
  | { status: 'healthy'; accountName: string }
  | { status: 'auth_expired'; message: string }
  | { status: 'rate_limited'; message: string }
  | { status: 'rejected'; reason: string }
  | { status: 'transient' | 'unknown'; message: string };

/**
 * - revoked: the network refused the credentials (revoked app, changed app password, a webhook
 *   endpoint gone): only reconnecting helps;
 * - failing: the network could not be reached or answered an error: posts may fail;
 * - healthy: it answered as the account, or said "too many calls" (which proves the credentials work).
 */
export function healthOf(outcome: HealthCheckOutcome): { status: HealthStatus; message: string | null } {
  switch (outcome.status) {
    case 'healthy':
      return { status: 'healthy', message: null };
    case 'rate_limited':
      return { status: 'healthy', message: outcome.message };
    case 'auth_expired':
      return { status: 'revoked', message: outcome.message };
    case 'rejected':
      return { status: 'failing', message: outcome.reason };
    default:
      return { status: 'failing', message: outcome.message };
  }
}

export const isInTrouble = (status: HealthStatus): status is 'failing' | 'revoked' =>
  status === 'failing' || status === 'revoked';

export type TextLimits = {
  maxCharacters: number;
  lengthUnit: 'code_points' | 'graphemes';
  urlLength: number | null;
};

/**
 * Per network, the limits a post must fit to go out on EVERY connected account of that network:
 * the smallest maximum, counted the way of the account that has it.
 */
export function strictestTextLimits<Network extends string>(
  accounts: readonly { network: Network; limits: TextLimits }[],
): {
  network: Network;
  maxCharacters: number;
  lengthUnit: TextLimits['lengthUnit'];
  urlLength: number | null;
}[] {
  const strictest = new Map<Network, TextLimits>();
  for (const { network, limits } of accounts) {
    const known = strictest.get(network);
    if (!known || limits.maxCharacters < known.maxCharacters) strictest.set(network, limits);
  }
  return [...strictest].map(([network, limits]) => ({
    network,
    maxCharacters: limits.maxCharacters,
    lengthUnit: limits.lengthUnit,
    urlLength: limits.urlLength,
  }));
}

export type ScheduledOnNetwork = { network: string; versions: number; nextAt: string };

/** The accounts in trouble whose network has posts to come, soonest first. */
export function warnBeforeScheduledPosts<Account extends { network: string; status: HealthStatus }>(
  accounts: readonly Account[],
  scheduled: readonly ScheduledOnNetwork[],
): (Account & { status: 'failing' | 'revoked'; versions: number; nextAt: string })[] {
  const byNetwork = new Map(scheduled.map((item) => [item.network, item]));
  return accounts
    .flatMap((account) => {
      const upcoming = byNetwork.get(account.network);
      const { status } = account;
      if (!upcoming || !isInTrouble(status)) return [];
      return [{ ...account, status, versions: upcoming.versions, nextAt: upcoming.nextAt }];
    })
    .sort((a, b) => a.nextAt.localeCompare(b.nextAt));
}
