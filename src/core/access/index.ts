/**
 * Who may do what: the one set of access rules, pure, used by the server (which enforces them)
 * and by the web (which offers only what the server will accept).
 */
export { canManageConnections, canSeeConnections } from './connections.js';
export { assignableRoles, canAssignRole, canEditMember, canRemoveMember } from './members.js';
export { canCommentOnPost, canReviewPost, canSendForApproval } from './review.js';
export {
  canAccessWorkspace,
  canManageWorkspace,
  canSeeInAgencyTable,
  minimumWorkspacesForAgencyTable,
  type Role,
  roleAtLeast,
  roles,
  type WorkspaceAccess,
} from './roles.js';
export { canEditTimeOf, canMarkOccurrenceOf, canUndoImport, type WorkspaceActor } from './work.js';
