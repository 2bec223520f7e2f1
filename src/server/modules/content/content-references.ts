import type { NetworkKey } from '../../../contracts/networks.js';
import { unprocessable } from '../../platform/problem.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { PersonasRepository } from '../strategy/personas.repository.js';
import type { StrategyRepository } from '../strategy/strategy.repository.js';
import type { IdeasRepository } from './ideas.repository.js';

export type ContentReferenceDependencies = {
  strategyRepository: Pick<StrategyRepository, 'listPillars'>;
  personasRepository: Pick<PersonasRepository, 'list'>;
  networksRepository: Pick<NetworksRepository, 'listNetworks'>;
  ideasRepository: Pick<IdeasRepository, 'find'>;
  /** The workspace's connected accounts (connections'), for the accounts a version names. */
  listConnectedAccounts?: (workspaceId: string) => Promise<readonly { id: string; network: string }[]>;
  /**
   * The network of the accounts that publish a post's network (publishing's rule): its own when a
   * connector serves it, else webhooks. Without it, any webhook is accepted.
   */
  accountNetworkFor?: (postNetwork: string) => string | null;
};

/**
 * Ids a body points at must belong to the same workspace: a foreign-key constraint alone would
 * accept another workspace's pillar. Each refusal names its field.
 */
export function createContentReferences(dependencies: ContentReferenceDependencies) {
  return {
    async assertPillar(workspaceId: string, pillarId: string | null | undefined) {
      if (!pillarId) return;
      const pillars = await dependencies.strategyRepository.listPillars(workspaceId);
      if (!pillars.some((pillar) => pillar.id === pillarId))
        throw unprocessable('pillar_unknown', {}, ['pillarId']);
    },

    async assertPersona(workspaceId: string, personaId: string | null | undefined) {
      if (!personaId) return;
      const personas = await dependencies.personasRepository.list(workspaceId);
      if (!personas.some((persona) => persona.id === personaId))
        throw unprocessable('persona_unknown', {}, ['personaId']);
    },

    /**
     * The accounts a version names are connected accounts of this workspace that publish its
     * network: the network's own, or webhooks for a network no connector serves (a webhook named
     * on a Mastodon version would never be used). Another workspace's id is refused.
     */
    async assertAccounts(
      workspaceId: string,
      versions: readonly { network: string; accountIds?: string[] | null }[],
    ) {
      if (!versions.some((version) => version.accountIds && version.accountIds.length > 0)) return;
      const accounts = (await dependencies.listConnectedAccounts?.(workspaceId)) ?? [];
      const publishes = (accountNetwork: string, postNetwork: string) =>
        dependencies.accountNetworkFor
          ? dependencies.accountNetworkFor(postNetwork) === accountNetwork
          : accountNetwork === postNetwork || accountNetwork === 'webhook';
      for (const [index, version] of versions.entries())
        for (const id of version.accountIds ?? []) {
          const account = accounts.find((item) => item.id === id);
          if (!account || !publishes(account.network, version.network))
            throw unprocessable('account_unknown', {}, ['versions', String(index), 'accountIds']);
        }
    },

    async assertIdea(workspaceId: string, ideaId: string | null | undefined) {
      if (!ideaId) return null;
      const idea = await dependencies.ideasRepository.find(workspaceId, ideaId);
      if (!idea) throw unprocessable('idea_unknown', {}, ['ideaId']);
      return idea;
    },

    /** The networks the strategy chose, by priority. */
    async listStrategyNetworks(workspaceId: string) {
      const rows = await dependencies.networksRepository.listNetworks(workspaceId);
      return rows.map((row) => ({
        network: row.network as NetworkKey,
        targetPostsPerWeek: row.targetPostsPerWeek,
      }));
    },

    /** A post has one version per network of the strategy, no other. */
    async assertStrategyNetworks(workspaceId: string, networks: readonly NetworkKey[]) {
      if (networks.length === 0) return;
      const chosen = new Set((await this.listStrategyNetworks(workspaceId)).map((item) => item.network));
      const outside = networks.find((network) => !chosen.has(network));
      if (outside)
        throw unprocessable('network_not_in_strategy', { network: networkLabel(outside) }, ['versions']);
    },
  };
}

export type ContentReferences = ReturnType<typeof createContentReferences>;

const labels: Partial<Record<NetworkKey, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
};

/** Networks are proper names in every language; the three other channels keep their key. */
export const networkLabel = (network: NetworkKey) => labels[network] ?? network;
