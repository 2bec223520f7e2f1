import { canManageWorkspace } from '../../../core/access/index.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { budgetQueryOptions } from './budget-queries.js';

/** The budget, and for a manager the members the cost section's performer is chosen from. */
export const budgetPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  return [
    budgetQueryOptions(workspaceId),
    ...(canManageWorkspace(workspace.role) ? [membersQueryOptions(workspaceId)] : []),
  ];
};
