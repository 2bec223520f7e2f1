import { canAccessWorkspace, type Role } from './roles.js';

export type WorkspaceActor = { userId: string; role: Role };

/**
 * Members track and fix their own time; managers (and owners) may also fix a teammate's, e.g.
 * an intern's forgotten timer. Viewers track nothing.
 */
export function canEditTimeOf(actor: WorkspaceActor, memberUserId: string): boolean {
  return canAccessWorkspace(actor.role, actor.userId === memberUserId ? 'write' : 'manage');
}

/** An import batch is undone by whoever imported it, or by a manager. */
export function canUndoImport(actor: WorkspaceActor, importedBy: string): boolean {
  return canEditTimeOf(actor, importedBy);
}

/**
 * Marking an occurrence started, done or skipped (or clearing the mark) says what someone did:
 * a member marks their own blocks and the workspace's shared ones (no assignee); another
 * member's block is marked by a manager only.
 */
export function canMarkOccurrenceOf(actor: WorkspaceActor, blockMemberUserId: string | null): boolean {
  if (blockMemberUserId === null) return canAccessWorkspace(actor.role, 'write');
  return canEditTimeOf(actor, blockMemberUserId);
}
