import type { ConnectorCredentials, ConnectorNetwork } from '../../contracts/connectors.js';
import type { Connector } from './connector.js';

type ConnectorFor<Network extends ConnectorNetwork> = Connector<
  Extract<ConnectorCredentials, { network: Network }>
>;

/** Every network's connector, built once at start-up with its dependencies. */
export type ConnectorSet = { [Network in ConnectorNetwork]: ConnectorFor<Network> };

export type ConnectorRegistry = {
  /** The connector for a network; generic code never branches on the network's name. */
  get: <Network extends ConnectorNetwork>(network: Network) => ConnectorFor<Network>;
  /** The connector for stored credentials, typed so the two cannot be mismatched. */
  forCredentials: (credentials: ConnectorCredentials) => Connector;
  networks: readonly ConnectorNetwork[];
};

export function createConnectorRegistry(connectors: ConnectorSet): ConnectorRegistry {
  for (const [network, connector] of Object.entries(connectors))
    if (connector.network !== network)
      throw new Error(`Connector for ${connector.network} registered as ${network}`);
  return {
    get: (network) => connectors[network],
    // One cast at the one place that pairs a credentials union member with its connector.
    forCredentials: (credentials) => connectors[credentials.network] as unknown as Connector,
    networks: Object.keys(connectors) as ConnectorNetwork[],
  };
}
