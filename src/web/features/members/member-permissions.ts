import type { Member, Role } from '../../../contracts/workspaces.js';
import { roleAtLeast } from '../workspaces/use-current-workspace.js';

/** Mirrors workspaces.policy.ts, to offer only what the API will accept. */
export function canEditMember(actorRole: Role, member: Member): boolean {
  if (!roleAtLeast(actorRole, 'manager')) return false;
  return member.role !== 'owner' || actorRole === 'owner';
}

export function canRemoveMember(actorRole: Role, actorUserId: string, member: Member): boolean {
  if (member.userId === actorUserId) return false; // one leaves with "Leave this workspace"
  if (member.role === 'owner') return actorRole === 'owner';
  return roleAtLeast(actorRole, 'manager');
}

/** The roles an actor may give: only an owner makes owners. */
export function assignableRoles(actorRole: Role): Role[] {
  return actorRole === 'owner' ? ['owner', 'manager', 'member', 'viewer'] : ['manager', 'member', 'viewer'];
}
