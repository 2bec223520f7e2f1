import type { Role } from '../../../core/access/roles.js';
import type { IdentityOptions } from '../../connectors/bluesky/identity.js';
import { createConnectors } from '../../connectors/create-connectors.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import { createSecretBox } from '../../platform/crypto.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import {
  createSafeFetch,
  type SafeFetch,
  safeFetchOptionsFromEnvironment,
} from '../../platform/safe-fetch.js';
import { type ConnectedAccountsStore, createConnectedAccountsStore } from './connected-accounts.store.js';
import { connectionHealthJobHandlers } from './connection-health.jobs.js';
import { type ConnectionsRepository, createConnectionsRepository } from './connections.repository.js';
import { connectionsRoutes } from './connections.routes.js';
import {
  type ConnectionsService,
  type ConnectionsServiceDependencies,
  createConnectionsService,
} from './connections.service.js';
import { createMastodonAppsRepository } from './mastodon-apps.repository.js';
import { createMastodonAuthorization } from './mastodon-authorization.js';

export type ConnectionsServices = {
  connectors: ConnectorRegistry;
  connectedAccountsStore: ConnectedAccountsStore;
  connectionsRepository: ConnectionsRepository;
  /** Listing, connecting, checking; `connectionWarnings(workspaceId)` for the overview and editor. */
  connectionsService: ConnectionsService;
};

export type ConnectionsNeeds = {
  /** The caller's role, read again when the person comes back from their Mastodon instance. */
  findRole: (workspaceId: string, userId: string) => Promise<Role | null>;
  /** Tests pass a fetch that reaches their local peers; production the SSRF-safe one. */
  fetch?: SafeFetch;
  /** Where Bluesky handles are resolved (tests: their local PDS). */
  blueskyIdentity?: Partial<IdentityOptions>;
  /** An account's first failed check (or refused publish) of a streak: the editors are told. */
  onConnectionFailing?: ConnectionsServiceDependencies['onConnectionFailing'];
};

/** The network accounts each workspace publishes to, and the connectors that reach them. */
export function createConnectionsModule(
  { database, clock, secret, settings, jobs, logger }: Platform,
  needs: ConnectionsNeeds,
): CadenceModule<ConnectionsServices> {
  const secretBox = createSecretBox(secret);
  const connectors = createConnectors({
    fetch: needs.fetch ?? createSafeFetch(safeFetchOptionsFromEnvironment()),
    clock,
    mastodonApps: createMastodonAppsRepository(database.db, secretBox),
    baseUrl: settings.baseUrl,
    ...(needs.blueskyIdentity ? { blueskyIdentity: needs.blueskyIdentity } : {}),
  });
  const connectedAccountsStore = createConnectedAccountsStore(database.db, secretBox, {
    lockAcrossProcesses: database.kind === 'postgres',
  });
  const connectionsRepository = createConnectionsRepository(database.db);
  const connectionsService = createConnectionsService({
    connectors,
    connectedAccountsStore,
    connectionsRepository,
    clock,
    ...(needs.onConnectionFailing ? { onConnectionFailing: needs.onConnectionFailing } : {}),
  });
  const mastodonAuthorization = createMastodonAuthorization({
    connectors,
    connectionsService,
    secretBox,
    clock,
    baseUrl: settings.baseUrl,
    findRole: needs.findRole,
  });
  return {
    services: { connectors, connectedAccountsStore, connectionsRepository, connectionsService },
    registerRoutes: (app) => app.register(connectionsRoutes, { connectionsService, mastodonAuthorization }),
    jobHandlers: connectionHealthJobHandlers({
      jobs,
      clock,
      logger,
      timeZone: settings.timeZone,
      connectionsRepository,
      connectionsService,
    }),
  };
}
