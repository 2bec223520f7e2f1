import { resolveRangePreset } from '../../../core/results/months.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import { todayIn } from '../tracking/workspace-dates.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import {
  agencyResultsQueryOptions,
  costsQueryOptions,
  effortQueryOptions,
  effortWeeks,
  followersQueryOptions,
  openingView,
  outcomesQueryOptions,
  postRankingsQueryOptions,
  resultsQueryOptions,
  resultsSettingsQueryOptions,
} from './results-queries.js';

/**
 * Every section of the results page as it opens (the last twelve months of the workspace's
 * calendar, by network and month): drawn once, complete. Drawn section by section as answers came,
 * the ROI table pushed the sections under it down the screen.
 */
export const resultsPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  const range = resolveRangePreset(openingView.preset, todayIn(workspace.timeZone));
  const { dimension, granularity } = openingView;
  return [
    resultsQueryOptions(workspaceId, { ...range, dimension, granularity }),
    outcomesQueryOptions(workspaceId, range),
    costsQueryOptions(workspaceId, range),
    followersQueryOptions(workspaceId),
    postRankingsQueryOptions(workspaceId, range),
    effortQueryOptions(workspaceId, effortWeeks),
    resultsSettingsQueryOptions(workspaceId),
    // The ranking names each post's pillar.
    strategyQueryOptions(workspaceId),
  ];
};

/** The agency's table opens on the last twelve months of the workspace's calendar. */
export const agencyResultsPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  return [agencyResultsQueryOptions(resolveRangePreset('last12', todayIn(workspace.timeZone)))];
};
