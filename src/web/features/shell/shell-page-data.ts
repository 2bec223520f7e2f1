import { meQueryOptions } from '../../app/me-queries.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { categoriesQueryOptions } from '../routine/routine-queries.js';
import { lastEntryQueryOptions, timerQueryOptions } from '../tracking/tracking-queries.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';

/**
 * What the frame of every workspace page shows: the header's timer, its "resume" button (the
 * person's last entry: drawn later, it pushed the header's buttons aside), the workspace switcher.
 */
export const shellQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  // The signed-in area's guard has asked already (authedRoute): the cache answers.
  const me = await queryClient.ensureQueryData(meQueryOptions);
  return [
    timerQueryOptions(workspaceId),
    categoriesQueryOptions(workspaceId),
    workspacesQueryOptions,
    ...(me ? [lastEntryQueryOptions(workspaceId, me.user.id)] : []),
  ];
};
