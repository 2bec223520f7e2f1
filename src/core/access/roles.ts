/**
 * Roles in a workspace, weakest last: viewer (reads: an agency's client) < member (does the work)
 * < manager (runs the workspace, invites) < owner (deletes, names owners).
 */
export const roles = ['owner', 'manager', 'member', 'viewer'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, member: 1, manager: 2, owner: 3 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** What a route needs from the caller's role in the workspace named by its path. */
export type WorkspaceAccess = 'read' | 'write' | 'manage' | 'own';

const minimumRole: Record<WorkspaceAccess, Role> = {
  read: 'viewer',
  write: 'member',
  manage: 'manager',
  own: 'owner',
};

/** Viewers read; members work; managers run the workspace; owners own it. */
export function canAccessWorkspace(role: Role, access: WorkspaceAccess): boolean {
  return roleAtLeast(role, minimumRole[access]);
}

/** Managers and owners run a workspace: its settings, budget, members and invitations. */
export function canManageWorkspace(role: Role): boolean {
  return canAccessWorkspace(role, 'manage');
}

/**
 * The agency table puts side by side the budgets of the workspaces a person runs: a workspace
 * appears in it when the person manages it, and the table shows when there are two or more.
 */
export function canSeeInAgencyTable(role: Role): boolean {
  return canManageWorkspace(role);
}
export const minimumWorkspacesForAgencyTable = 2;
