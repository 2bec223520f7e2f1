import { canAccessWorkspace, type Role } from './roles.js';

/**
 * Connecting, testing and disconnecting a network account is running the workspace: it decides
 * where the workspace's name is posted. Owners and managers do it; members and viewers see the
 * accounts and their health, never a credential.
 */
export function canManageConnections(role: Role): boolean {
  return canAccessWorkspace(role, 'manage');
}

/** Who sees the accounts, their health and limits: everyone in the workspace. */
export function canSeeConnections(role: Role): boolean {
  return canAccessWorkspace(role, 'read');
}
