import { canAccessWorkspace, type Role } from './roles.js';

/**
 * Approval of posts, for agencies. The client (viewer) reads everything and writes only here:
 * approving, asking for changes and commenting. Managers and owners may approve too (a client
 * who said yes on the phone); members, who write the posts, do not approve their own work.
 */
export function canReviewPost(role: Role): boolean {
  return role === 'viewer' || canAccessWorkspace(role, 'manage');
}

/** Everyone in the workspace may take part in a post's comment thread. */
export function canCommentOnPost(role: Role): boolean {
  return canAccessWorkspace(role, 'read');
}

/** Sending a post for approval is part of writing it. */
export function canSendForApproval(role: Role): boolean {
  return canAccessWorkspace(role, 'write');
}
