import type {
  SetNetworksBody,
  SetPillarsBody,
  StrategyView,
  UpdateStrategyBody,
} from '../../../contracts/strategy.js';
import { computePostsPerPillarPerWeek, validatePillarShares } from '../../../core/strategy/editorial-line.js';
import { adviseNetworkFocus } from '../../../core/strategy/networks.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { NetworksRepository } from './networks.repository.js';
import type { StrategyRepository } from './strategy.repository.js';

export function createStrategyService({
  strategyRepository,
  networksRepository,
  runInTransaction,
}: {
  strategyRepository: StrategyRepository;
  networksRepository: NetworksRepository;
  runInTransaction: RunInTransaction;
}) {
  async function getStrategy(workspaceId: string): Promise<StrategyView> {
    const [profile, networkRows, pillarRows] = await Promise.all([
      strategyRepository.findProfile(workspaceId),
      networksRepository.listNetworks(workspaceId),
      strategyRepository.listPillars(workspaceId),
    ]);
    const networks = networkRows.map((row) => ({
      network: row.network as StrategyView['networks'][number]['network'],
      targetPostsPerWeek: row.targetPostsPerWeek,
      priority: row.priority,
    }));
    const pillars = pillarRows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      sharePercent: row.sharePercent,
    }));
    const frequencyTargets = networks.map((network) => ({
      network: network.network,
      postsPerWeek: network.targetPostsPerWeek ?? 0,
    }));
    const isBeginner = profile?.isBeginner ?? false;
    const advice = adviseNetworkFocus({ isBeginner, chosenNetworks: networks });
    const shares = validatePillarShares(pillars);
    return {
      isBeginner,
      tone: profile?.tone ?? null,
      formats: (profile?.formats ?? []) as StrategyView['formats'],
      summary: profile?.summary ?? null,
      networks,
      pillars,
      pillarShares: {
        isValid: shares.isValid,
        totalPercent: shares.totalPercent,
        gapPercent: shares.gapPercent,
      },
      postsPerPillar: computePostsPerPillarPerWeek({ pillars, frequencyTargets }).map(
        ({ pillarId, postsPerWeek }) => ({ pillarId, postsPerWeek }),
      ),
      targetPostsPerWeek: frequencyTargets.reduce((sum, target) => sum + target.postsPerWeek, 0),
      focusAdvice: advice
        ? { suggestedNetwork: advice.suggestedNetwork, laterNetworks: advice.laterNetworks }
        : null,
    };
  }

  return {
    getStrategy,

    async updateStrategy(workspaceId: string, patch: UpdateStrategyBody) {
      if (Object.keys(patch).length > 0) await strategyRepository.saveProfile(workspaceId, patch);
      return getStrategy(workspaceId);
    },

    /** Saves the networks whatever the advice says: the method advises focus, it never forbids. */
    async setNetworks(workspaceId: string, body: SetNetworksBody) {
      await runInTransaction((tx) => strategyRepository.replaceNetworks(tx, workspaceId, body.networks));
      return getStrategy(workspaceId);
    },

    /** A draft whose shares do not add up to 100 is kept; the view says how far off it is. */
    async setPillars(workspaceId: string, body: SetPillarsBody) {
      await runInTransaction((tx) => strategyRepository.replacePillars(tx, workspaceId, body.pillars));
      return getStrategy(workspaceId);
    },
  };
}

export type StrategyService = ReturnType<typeof createStrategyService>;
