import type { Role } from '../../../contracts/workspaces.js';
import { canAccessWorkspace } from '../workspaces/workspaces.policy.js';

export type TrackingActor = { userId: string; role: Role };

/**
 * Members track and fix their own time; managers (and owners) may also fix a teammate's, e.g.
 * an intern's forgotten timer. Viewers track nothing.
 */
export function canEditTimeOf(actor: TrackingActor, memberUserId: string): boolean {
  return canAccessWorkspace(actor.role, actor.userId === memberUserId ? 'write' : 'manage');
}

/** An import batch is undone by whoever imported it, or by a manager. */
export function canUndoImport(actor: TrackingActor, importedBy: string): boolean {
  return canEditTimeOf(actor, importedBy);
}
