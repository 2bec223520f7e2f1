import { describe, expect, it } from 'vitest';
import type { ConnectorCredentials } from '../../contracts/connectors.js';
import { systemClock } from '../platform/clock.js';
import { createSafeFetch } from '../platform/safe-fetch.js';
import { createConnectors } from './create-connectors.js';
import { createMemoryAppStore } from './mastodon/mastodon-oauth.js';
import { createConnectorRegistry } from './registry.js';

const registry = createConnectors({
  fetch: createSafeFetch(),
  clock: systemClock,
  mastodonApps: createMemoryAppStore(),
});

describe('connector registry', () => {
  it('has one connector per network, each with its connection flow', () => {
    expect(registry.networks).toEqual(['mastodon', 'bluesky', 'webhook']);
    expect(registry.networks.map((network) => [network, registry.get(network).connection.kind])).toEqual([
      ['mastodon', 'oauth'],
      ['bluesky', 'password'],
      ['webhook', 'endpoint'],
    ]);
  });

  it('pairs stored credentials with their network’s connector', () => {
    const credentials: ConnectorCredentials = {
      network: 'webhook',
      url: 'https://hooks.example.org/x',
      secret: 'a'.repeat(24),
    };
    expect(registry.forCredentials(credentials).network).toBe('webhook');
  });

  it('refuses a connector registered under another network’s name', () => {
    const webhook = registry.get('webhook');
    expect(() =>
      createConnectorRegistry({ mastodon: registry.get('mastodon'), bluesky: webhook as never, webhook }),
    ).toThrow(/webhook registered as bluesky/);
  });
});
