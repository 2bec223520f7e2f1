import type {
  ConnectBlueskyBody,
  ConnectedAccount,
  ConnectionsView,
  ConnectionWarning,
  ConnectWebhookBody,
  NetworkTextLimits,
} from '../../../contracts/connections.js';
import type { ConnectorCredentials } from '../../../contracts/connectors.js';
import {
  healthOf,
  isInTrouble,
  strictestTextLimits,
  warnBeforeScheduledPosts,
} from '../../../core/publishing/connection-health.js';
import { isNetworkKey } from '../../../core/strategy/networks.js';
import type { ConnectionResult } from '../../connectors/connector.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import { HttpProblem, notFound, unprocessable } from '../../platform/problem.js';
import type { ConnectedAccountsStore } from './connected-accounts.store.js';
import type { ConnectionsRepository } from './connections.repository.js';

/** An account whose health just turned bad (the first check or publish of a failure streak). */
export type ConnectionFailingEvent = {
  workspaceId: string;
  connectionId: string;
  network: string;
  accountName: string;
  status: 'failing' | 'revoked';
};

export type ConnectionsServiceDependencies = {
  connectors: ConnectorRegistry;
  connectedAccountsStore: ConnectedAccountsStore;
  connectionsRepository: ConnectionsRepository;
  clock: Clock;
  /** Told once per failure streak (the notification centre connects there, in cadence.ts). */
  onConnectionFailing?: (event: ConnectionFailingEvent) => Promise<void>;
};

/** Connecting, listing, checking and disconnecting a workspace's network accounts. */
export function createConnectionsService({
  connectors,
  connectedAccountsStore,
  connectionsRepository,
  clock,
  onConnectionFailing,
}: ConnectionsServiceDependencies) {
  /** Records a health outcome; the first bad one of a streak is told to the editors. */
  async function recordHealth(
    workspaceId: string,
    connectionId: string,
    health: Parameters<ConnectionsRepository['recordHealth']>[2],
  ): Promise<ConnectedAccount | null> {
    const { beganTrouble } = await connectionsRepository.recordHealth(workspaceId, connectionId, health);
    const account = await connectionsRepository.find(workspaceId, connectionId);
    if (beganTrouble && account && isInTrouble(account.health.status))
      await onConnectionFailing?.({
        workspaceId,
        connectionId,
        network: account.network,
        accountName: account.accountName,
        status: account.health.status,
      });
    return account;
  }

  /**
   * The limits a post must fit per network (the strictest account of each). Webhooks are left
   * out: they carry posts to networks of the person's choosing, and take anything.
   */
  function textLimitsOf(accounts: readonly ConnectedAccount[]): NetworkTextLimits[] {
    const perNetwork = accounts.flatMap((account) =>
      isNetworkKey(account.network) ? [{ network: account.network, limits: account.limits }] : [],
    );
    return strictestTextLimits(perNetwork);
  }

  async function connectionWarnings(workspaceId: string, accounts?: ConnectedAccount[]) {
    const listed = accounts ?? (await connectionsRepository.list(workspaceId));
    const inTrouble = listed.filter((account) => isInTrouble(account.health.status));
    const scheduled = await connectionsRepository.scheduledVersionsByNetwork(
      workspaceId,
      [...new Set(inTrouble.map((account) => account.network))],
      clock.now(),
    );
    const warnings = warnBeforeScheduledPosts(
      inTrouble.map((account) => ({ ...account, status: account.health.status })),
      scheduled.map((item) => ({ ...item, nextAt: item.nextAt.toISOString() })),
    );
    return warnings.map(
      (warning): ConnectionWarning => ({
        accountId: warning.id,
        accountName: warning.accountName,
        network: warning.network,
        status: warning.status,
        message: warning.health.message,
        scheduledVersions: warning.versions,
        nextScheduledAt: warning.nextAt,
      }),
    );
  }

  /** Keeps what a connection flow gave back: sealed credentials, limits, healthy as of now. */
  async function keepConnection(
    workspaceId: string,
    userId: string,
    result: ConnectionResult<ConnectorCredentials>,
  ): Promise<ConnectedAccount> {
    if (result.status !== 'connected') throw unprocessable('connection_refused', { reason: result.message });
    const { id } = await connectedAccountsStore.save({
      workspaceId,
      network: result.credentials.network,
      accountName: result.accountName,
      remoteAccountId: result.remoteAccountId,
      credentials: result.credentials,
      limits: result.limits,
      connectedByUserId: userId,
    });
    // Connecting proved the credentials: the account is healthy as of now.
    await connectionsRepository.recordHealth(workspaceId, id, {
      status: 'healthy',
      message: null,
      checkedAt: clock.now(),
    });
    const account = await connectionsRepository.find(workspaceId, id);
    if (!account) throw notFound();
    return account;
  }

  /**
   * Asks the network now: health (are the credentials still good?) and limits (has the instance
   * changed them?). Used by the daily job and the "Test" button alike.
   */
  async function checkConnection(
    workspaceId: string,
    connectionId: string,
  ): Promise<ConnectedAccount | null> {
    const opened = await connectedAccountsStore.open(workspaceId, connectionId);
    if (!opened) return null;
    const connector = connectors.forCredentials(opened.credentials);
    const outcome = await connector.checkHealth(opened);
    const health = healthOf(outcome);
    const limits = health.status === 'healthy' ? await connector.readLimits(opened) : null;
    return recordHealth(workspaceId, connectionId, {
      ...health,
      checkedAt: clock.now(),
      ...(outcome.status === 'healthy' ? { accountName: outcome.accountName } : {}),
      ...(limits?.status === 'read' ? { limits: limits.limits } : {}),
    });
  }

  return {
    async listConnections(workspaceId: string): Promise<ConnectionsView> {
      const accounts = await connectionsRepository.list(workspaceId);
      return {
        accounts,
        textLimits: textLimitsOf(accounts),
        warnings: await connectionWarnings(workspaceId, accounts),
      };
    },

    /** Per network, the strictest limits of the connected accounts (scheduling checks with them). */
    textLimits: async (workspaceId: string) => textLimitsOf(await connectionsRepository.list(workspaceId)),

    /** For the overview and the post editor: failing accounts with posts scheduled to them. */
    connectionWarnings: (workspaceId: string) => connectionWarnings(workspaceId),

    async connectBluesky(workspaceId: string, userId: string, body: ConnectBlueskyBody) {
      const flow = connectors.get('bluesky').connection;
      if (flow.kind !== 'password') throw new Error('Bluesky connects with an app password');
      const result = await flow.connect({ identifier: body.handle, password: body.appPassword });
      return keepConnection(workspaceId, userId, result);
    },

    async connectWebhook(workspaceId: string, userId: string, body: ConnectWebhookBody) {
      const flow = connectors.get('webhook').connection;
      if (flow.kind !== 'endpoint') throw new Error('A webhook connects with an endpoint');
      return keepConnection(workspaceId, userId, await flow.connect(body));
    },

    keepConnection,
    checkConnection,

    /**
     * A publish was refused for the account's credentials (`auth_expired`): the account is
     * revoked until reconnected, and the editors are told if this begins the streak.
     */
    async markRevoked(workspaceId: string, connectionId: string, message: string | null): Promise<void> {
      await recordHealth(workspaceId, connectionId, { status: 'revoked', message, checkedAt: clock.now() });
    },

    /** The "Test" button: a check now; 422 with the network's words when it fails. */
    async testConnection(workspaceId: string, connectionId: string): Promise<ConnectedAccount> {
      const account = await checkConnection(workspaceId, connectionId);
      if (!account) throw notFound();
      if (isInTrouble(account.health.status))
        throw new HttpProblem(
          422,
          'connection_check_failed',
          { reason: account.health.message ?? '' },
          {
            account,
          },
        );
      return account;
    },

    async disconnect(workspaceId: string, connectionId: string): Promise<void> {
      if (!(await connectionsRepository.delete(workspaceId, connectionId))) throw notFound();
    },
  };
}
export type ConnectionsService = ReturnType<typeof createConnectionsService>;
