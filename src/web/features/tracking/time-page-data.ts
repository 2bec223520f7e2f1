import { canManageWorkspace } from '../../../core/access/index.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { categoriesQueryOptions } from '../routine/routine-queries.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { importsQueryOptions, plannedVsActualQueryOptions, trendQueryOptions } from './tracking-queries.js';
import { todayIn, weekStartOf } from './workspace-dates.js';

/** The time page opens on this week's planned vs actual and its 12-week trend. */
export const timePageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  const weekStart = weekStartOf(todayIn(workspace.timeZone));
  return [
    plannedVsActualQueryOptions(workspaceId, weekStart),
    trendQueryOptions(workspaceId, weekStart),
    categoriesQueryOptions(workspaceId),
    ...(canManageWorkspace(workspace.role) ? [membersQueryOptions(workspaceId)] : []),
  ];
};

/** The import page: the past imports, and the members an import's people are matched to. */
export const importPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const { role } = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  return [
    importsQueryOptions(workspaceId),
    ...(canManageWorkspace(role) ? [membersQueryOptions(workspaceId)] : []),
  ];
};
