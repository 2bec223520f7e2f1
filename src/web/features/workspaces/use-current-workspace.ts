import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Role, Workspace } from '../../../contracts/workspaces.js';
import { workspaceQueryOptions } from './workspaces-queries.js';

const rank: Record<Role, number> = { viewer: 0, member: 1, manager: 2, owner: 3 };

/** What the interface may offer; the API enforces the same rules (workspaces.policy.ts). */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** The workspace named in the address, already loaded by its route. */
export function useCurrentWorkspace(): Workspace & { canManage: boolean; isOwner: boolean } {
  const { workspaceId } = useParams({ from: '/authed/w/$workspaceId' });
  const { data: workspace } = useSuspenseQuery(workspaceQueryOptions(workspaceId));
  return {
    ...workspace,
    canManage: roleAtLeast(workspace.role, 'manager'),
    isOwner: workspace.role === 'owner',
  };
}
