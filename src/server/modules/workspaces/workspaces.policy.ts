import type { Role } from '../../../contracts/workspaces.js';

const rank: Record<Role, number> = { viewer: 0, member: 1, manager: 2, owner: 3 };

/** What a route needs from the caller's role in the workspace named by its path. */
export type WorkspaceAccess = 'read' | 'write' | 'manage' | 'own';

const minimumRole: Record<WorkspaceAccess, Role> = {
  read: 'viewer',
  write: 'member',
  manage: 'manager',
  own: 'owner',
};

/** Viewers (an agency's client, say) read; members work; managers run the workspace; owners own it. */
export function canAccessWorkspace(role: Role, access: WorkspaceAccess): boolean {
  return rank[role] >= rank[minimumRole[access]];
}

/** Managers invite and change roles up to manager; only an owner touches owners. */
export function canAssignRole(actorRole: Role, currentRole: Role | null, newRole: Role): boolean {
  if (!canAccessWorkspace(actorRole, 'manage')) return false;
  if (newRole === 'owner' || currentRole === 'owner') return actorRole === 'owner';
  return true;
}

export function canRemoveMember(
  actorRole: Role,
  actorUserId: string,
  targetRole: Role,
  targetUserId: string,
): boolean {
  if (actorUserId === targetUserId) return true; // anyone may leave (the last-owner rule still applies)
  if (targetRole === 'owner') return actorRole === 'owner';
  return canAccessWorkspace(actorRole, 'manage');
}
