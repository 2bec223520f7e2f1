import type { Clock } from '../platform/clock.js';
import type { SafeFetch } from '../platform/safe-fetch.js';
import { createBlueskyConnector } from './bluesky/bluesky-connector.js';
import type { IdentityOptions } from './bluesky/identity.js';
import { createMastodonConnector } from './mastodon/mastodon-connector.js';
import type { MastodonAppStore } from './mastodon/mastodon-oauth.js';
import { type ConnectorRegistry, createConnectorRegistry } from './registry.js';
import { createWebhookConnector } from './webhook/webhook-connector.js';

export type ConnectorsDependencies = {
  /** The SSRF-safe fetch (platform/safe-fetch.ts): every connector calls out through it. */
  fetch: SafeFetch;
  clock: Clock;
  /** Mastodon app registrations, one per instance, kept by the server. */
  mastodonApps: MastodonAppStore;
  /** Cadence's public address, shown as the app's website on Mastodon. */
  baseUrl?: string;
  /** Where Bluesky handles and DIDs are resolved (tests: their local PDS and PLC directory). */
  blueskyIdentity?: Partial<IdentityOptions>;
};

/** The one place that knows every network; everything else goes through the registry. */
export function createConnectors(dependencies: ConnectorsDependencies): ConnectorRegistry {
  const { fetch, clock } = dependencies;
  return createConnectorRegistry({
    mastodon: createMastodonConnector({
      fetch,
      clock,
      apps: dependencies.mastodonApps,
      ...(dependencies.baseUrl ? { website: dependencies.baseUrl } : {}),
    }),
    bluesky: createBlueskyConnector({
      fetch,
      clock,
      ...(dependencies.blueskyIdentity ? { identity: dependencies.blueskyIdentity } : {}),
    }),
    webhook: createWebhookConnector({ fetch, clock }),
  });
}
