import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Workspace } from '../../../contracts/workspaces.js';
import { canManageWorkspace } from '../../../core/access/index.js';
import { workspaceQueryOptions } from './workspaces-queries.js';

/** The workspace named in the address, already loaded by its route. */
export function useCurrentWorkspace(): Workspace & { canManage: boolean; isOwner: boolean } {
  const { workspaceId } = useParams({ from: '/authed/w/$workspaceId' });
  const { data: workspace } = useSuspenseQuery(workspaceQueryOptions(workspaceId));
  return {
    ...workspace,
    canManage: canManageWorkspace(workspace.role),
    isOwner: workspace.role === 'owner',
  };
}
