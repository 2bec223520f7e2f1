import { canManageWorkspace } from '../../../core/access/index.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { invitationsQueryOptions, membersQueryOptions } from './members-queries.js';

/** The members, and for those who manage the workspace the invitations still open. */
export const membersPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const { role } = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  return [
    membersQueryOptions(workspaceId),
    ...(canManageWorkspace(role) ? [invitationsQueryOptions(workspaceId)] : []),
  ];
};
