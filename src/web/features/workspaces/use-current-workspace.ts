import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { Workspace } from '../../../contracts/workspaces.js';
import { canManageWorkspace } from '../../../core/access/index.js';
import { workspaceQueryOptions } from './workspaces-queries.js';

/**
 * The workspace named in the address, already loaded by its route. The same object until the
 * workspace's data changes, so that the header's memoised parts given it are not drawn again.
 */
export function useCurrentWorkspace(): Workspace & { canManage: boolean; isOwner: boolean } {
  const { workspaceId } = useParams({ from: '/authed/w/$workspaceId' });
  const { data: workspace } = useSuspenseQuery(workspaceQueryOptions(workspaceId));
  return useMemo(
    () => ({
      ...workspace,
      canManage: canManageWorkspace(workspace.role),
      isOwner: workspace.role === 'owner',
    }),
    [workspace],
  );
}
