import { canManageWorkspace, type Role } from './roles.js';

/** Managers change roles up to manager; only an owner touches owners or makes one. */
export function canAssignRole(actorRole: Role, currentRole: Role | null, newRole: Role): boolean {
  if (!canManageWorkspace(actorRole)) return false;
  if (newRole === 'owner' || currentRole === 'owner') return actorRole === 'owner';
  return true;
}

/** Whether the actor may change anything of a member (role, hourly cost). */
export function canEditMember(actorRole: Role, targetRole: Role): boolean {
  return canAssignRole(actorRole, targetRole, targetRole);
}

/** The roles an actor may give: only an owner makes owners. */
export function assignableRoles(actorRole: Role): Role[] {
  if (!canManageWorkspace(actorRole)) return [];
  return actorRole === 'owner' ? ['owner', 'manager', 'member', 'viewer'] : ['manager', 'member', 'viewer'];
}

/**
 * Anyone may leave (the last-owner rule still applies); managers remove others, and only an
 * owner removes an owner.
 */
export function canRemoveMember(
  actor: { userId: string; role: Role },
  target: { userId: string; role: Role },
): boolean {
  if (actor.userId === target.userId) return true;
  if (target.role === 'owner') return actor.role === 'owner';
  return canManageWorkspace(actor.role);
}
