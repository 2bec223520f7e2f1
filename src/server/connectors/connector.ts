import type {
  AccountLimits,
  ConnectorCredentials,
  ConnectorError,
  ConnectorNetwork,
  FollowersResult,
  HealthResult,
  LimitsResult,
  LookUpResult,
  MetricsResult,
  PublicationRequest,
  PublishedPart,
  PublishResult,
  VersionIssue,
} from '../../contracts/connectors.js';
import { createOneAtATime } from '../platform/one-at-a-time.js';

/** What a renewal decided: the credentials to keep (if it renewed them) and the caller's answer. */
export type Renewal<Credentials extends ConnectorCredentials, Result> = {
  keep?: Credentials;
  result: Result;
};

/**
 * One connected account as a connector sees it: its credentials (opened from the sealed column)
 * and the one way to renew them.
 */
export type ConnectorAccount<Credentials extends ConnectorCredentials = ConnectorCredentials> = {
  credentials: Credentials;
  /**
   * Runs `renew` while no other renewal of this account runs: none in this process, none in
   * another (on PostgreSQL, the account's row is locked meanwhile). `renew` gets the credentials
   * as stored NOW: another try may have renewed them while this one waited, and then it uses
   * those instead of renewing again (Bluesky rotates refresh tokens: two tries refreshing with
   * the same token at once may see the second refused). What it returns in `keep` is saved
   * before the next renewal reads it, so a renewed session is never lost to a crash;
   * `credentials` then holds what is current.
   */
  renewCredentials: <Result>(
    renew: (stored: Credentials) => Promise<Renewal<Credentials, Result>>,
  ) => Promise<Result>;
};

/**
 * An account held only in memory (one being connected, tests): renewals one at a time, what
 * they keep goes to `credentials` (and to `onKeep`, for a test to see it).
 */
export function accountInMemory<Credentials extends ConnectorCredentials>(
  credentials: Credentials,
  onKeep: (kept: Credentials) => void = () => {},
): ConnectorAccount<Credentials> {
  const oneAtATime = createOneAtATime();
  const account: ConnectorAccount<Credentials> = {
    credentials,
    renewCredentials: (renew) =>
      oneAtATime('account', async () => {
        const { keep, result } = await renew(account.credentials);
        if (keep) {
          account.credentials = keep;
          onKeep(keep);
        }
        return result;
      }),
  };
  return account;
}

export type PublishOptions = {
  /** Parts already out from earlier attempts (found by `lookUp` or returned with an error). */
  resumeFrom?: readonly PublishedPart[];
};

/**
 * How a person connects an account; the screens switch on `kind`, never on the network.
 * - `oauth`: Cadence registers itself on the server the person names, sends them there, and
 *   finishes with the code it gets back (Mastodon).
 * - `password`: an identifier and an app password (Bluesky).
 * - `endpoint`: a URL and a shared secret (webhook).
 */
export type ConnectionFlow<Credentials extends ConnectorCredentials> =
  | {
      kind: 'oauth';
      start: (input: {
        server: string;
        redirectUri: string;
      }) => Promise<OAuthStart | { status: 'refused'; message: string }>;
      finish: (input: OAuthFinish) => Promise<ConnectionResult<Credentials>>;
    }
  | {
      kind: 'password';
      connect: (input: { identifier: string; password: string }) => Promise<ConnectionResult<Credentials>>;
    }
  | {
      kind: 'endpoint';
      connect: (input: { url: string; secret: string }) => Promise<ConnectionResult<Credentials>>;
    };

/** What to keep (sealed, for a short while) between sending the person away and their return. */
export type OAuthStart = {
  status: 'started';
  authorizationUrl: string;
  state: string;
  /** Everything `finish` needs again: client id and secret, PKCE verifier, server. Secret. */
  pending: string;
};
export type OAuthFinish = { pending: string; code: string; state: string; redirectUri: string };

export type ConnectionResult<Credentials extends ConnectorCredentials> =
  | {
      status: 'connected';
      credentials: Credentials;
      accountName: string;
      /**
       * The network's stable id of the account (Mastodon: instance + account id; Bluesky: DID;
       * webhook: its URL): connecting the same account again renews it rather than doubling it.
       */
      remoteAccountId: string;
      limits: AccountLimits;
    }
  | { status: 'refused'; message: string };

/**
 * Everything the publishing pipeline, the health check and the results pull may ask a network.
 * No method throws for something the network did: every outcome is a typed result.
 */
export type Connector<Credentials extends ConnectorCredentials = ConnectorCredentials> = {
  network: ConnectorNetwork;
  connection: ConnectionFlow<Credentials>;
  /** The account's current limits (read from the network where they differ per server). */
  readLimits: (account: ConnectorAccount<Credentials>) => Promise<LimitsResult>;
  /** Pure: does a version fit these limits? Used when scheduling, not only when publishing. */
  checkVersion: (version: Pick<PublicationRequest, 'parts'>, limits: AccountLimits) => VersionIssue[];
  /**
   * Publishes the frozen request. The idempotency key makes a repeat of the same call harmless
   * where the network supports it; after an `unknown`, call `lookUp` first.
   */
  publish: (
    account: ConnectorAccount<Credentials>,
    request: Readonly<PublicationRequest>,
    options?: PublishOptions,
  ) => Promise<PublishResult>;
  /** Did an earlier attempt of this request reach the network? Each part found, or null. */
  lookUp: (
    account: ConnectorAccount<Credentials>,
    request: Readonly<PublicationRequest>,
  ) => Promise<LookUpResult>;
  /** Engagement counts of published posts, as many per call as the network allows. */
  readMetrics: (
    account: ConnectorAccount<Credentials>,
    remoteIds: readonly string[],
  ) => Promise<MetricsResult>;
  checkHealth: (account: ConnectorAccount<Credentials>) => Promise<HealthResult>;
  /** How many accounts follow this one (read daily for the results' follower counts). */
  readFollowers: (account: ConnectorAccount<Credentials>) => Promise<FollowersResult>;
};

/**
 * A network that answers something unreadable (a proxy's HTML page, a missing field) must not
 * crash the caller: the publishing call becomes `unknown` (it may have taken effect), any other
 * call `transient`.
 */
async function guardAnswer<Result>(
  call: () => Promise<Result>,
  status: 'unknown' | 'transient',
): Promise<Result | ConnectorError> {
  try {
    return await call();
  } catch (error) {
    const message = `Unreadable answer from the server: ${error instanceof Error ? error.message : String(error)}`;
    return { status, message, publishedParts: [] };
  }
}

/** The connector with every network call guarded (see `guardAnswer`). */
export function guardConnector<Credentials extends ConnectorCredentials>(
  connector: Connector<Credentials>,
): Connector<Credentials> {
  return {
    ...connector,
    readLimits: (account) => guardAnswer(() => connector.readLimits(account), 'transient'),
    publish: (account, request, options) =>
      guardAnswer(() => connector.publish(account, request, options), 'unknown'),
    lookUp: (account, request) => guardAnswer(() => connector.lookUp(account, request), 'transient'),
    readMetrics: (account, remoteIds) =>
      guardAnswer(() => connector.readMetrics(account, remoteIds), 'transient'),
    checkHealth: (account) => guardAnswer(() => connector.checkHealth(account), 'transient'),
    readFollowers: (account) => guardAnswer(() => connector.readFollowers(account), 'transient'),
  };
}
