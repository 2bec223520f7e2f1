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
import { createMastodonAppsRepository } from './mastodon-apps.repository.js';

export type ConnectionsServices = {
  connectors: ConnectorRegistry;
  connectedAccountsStore: ConnectedAccountsStore;
};

export type ConnectionsNeeds = {
  /** Tests pass a fetch that reaches their local peers; production the SSRF-safe one. */
  fetch?: SafeFetch;
};

/** The network accounts each workspace publishes to, and the connectors that reach them. */
export function createConnectionsModule(
  { database, clock, secret, settings }: Platform,
  needs: ConnectionsNeeds = {},
): CadenceModule<ConnectionsServices> {
  const secretBox = createSecretBox(secret);
  const connectors = createConnectors({
    fetch: needs.fetch ?? createSafeFetch(safeFetchOptionsFromEnvironment()),
    clock,
    mastodonApps: createMastodonAppsRepository(database.db, secretBox),
    baseUrl: settings.baseUrl,
  });
  return {
    services: { connectors, connectedAccountsStore: createConnectedAccountsStore(database.db, secretBox) },
  };
}
