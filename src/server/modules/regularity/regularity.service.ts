import type { NetworkKey } from '../../../contracts/networks.js';
import type { RegularityView } from '../../../contracts/regularity.js';
import {
  computeNetworkRegularity,
  defaultHistoryWeeks,
  defaultLookAheadDays,
} from '../../../core/regularity/index.js';
import { addDaysToDate, getLocalDate, weekBounds, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { RegularityRepository } from './regularity.repository.js';

/** Weeks read before this one: the history shown, and enough for targets as low as one a month. */
const weeksRead = defaultHistoryWeeks + 4;
/** Planned posts further ahead cannot change a warning given `defaultLookAheadDays` ahead. */
const daysReadAhead = 120;

export function createRegularityService(deps: {
  regularityRepository: RegularityRepository;
  networksRepository: NetworksRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
}) {
  return {
    /** Per network of the strategy, on the workspace's local week containing now. */
    async findRegularity(workspaceId: string): Promise<RegularityView> {
      const settings = await deps.workspacesRepository.findSettings(workspaceId);
      if (!settings) throw notFound();
      const zone = settings.timeZone;
      const now = deps.clock.now().toISOString();
      const today = getLocalDate(now, zone);
      const weekStart = zonedWeekStart(today, zone);
      const from = weekBounds(addDaysToDate(weekStart, -7 * weeksRead), zone).start;
      const to = weekBounds(addDaysToDate(today, daysReadAhead), zone).start;
      const [networks, posts, lastPublishedAt, rushWeeks] = await Promise.all([
        deps.networksRepository.listNetworks(workspaceId),
        deps.regularityRepository.listPosts(workspaceId, { from: new Date(from), to: new Date(to) }),
        deps.regularityRepository.findLastPublished(workspaceId),
        deps.regularityRepository.listRushWeekStarts(workspaceId, addDaysToDate(weekStart, -7 * weeksRead)),
      ]);
      const lines = computeNetworkRegularity({
        now,
        zone,
        targets: networks.map((row) => ({
          network: row.network as NetworkKey,
          targetPostsPerWeek: row.targetPostsPerWeek,
        })),
        posts,
        lastPublishedAt,
        rushWeeks,
      });
      return { timeZone: zone, today, weekStart, lookAheadDays: defaultLookAheadDays, networks: lines };
    },
  };
}

export type RegularityService = ReturnType<typeof createRegularityService>;
