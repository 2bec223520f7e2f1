/**
 * Approval, for agencies: when a workspace's posts need approval, a post is scheduled only once
 * its client approved it, and an approval holds for the text the client read.
 */
export interface ApprovalState {
  status: 'draft' | 'ready' | 'awaiting_approval' | 'scheduled' | 'published';
  approvedAt: Date | null;
  scheduledAt: Date | null;
}

/** A post may be given a time when the workspace asks nothing, or once it is approved. */
export function mayBeScheduled(post: Pick<ApprovalState, 'approvedAt'>, needsApproval: boolean): boolean {
  return !needsApproval || post.approvedAt !== null;
}

/** Sent for approval from the drafting states only: a scheduled or published post is past it. */
export function maySendForApproval(post: Pick<ApprovalState, 'status'>): boolean {
  return post.status === 'draft' || post.status === 'ready';
}

/**
 * Once approved, a post that carries a proposed time still to come is scheduled at it; otherwise
 * it is ready, waiting for a time.
 */
export function statusAfterApproval(
  post: Pick<ApprovalState, 'scheduledAt'>,
  now: Date,
): 'scheduled' | 'ready' {
  return post.scheduledAt !== null && post.scheduledAt.getTime() > now.getTime() ? 'scheduled' : 'ready';
}

/**
 * What an edit of the text, link or versions does to an approval: the client approved the words
 * they read, so changed words need approving again. A scheduled post goes back to awaiting
 * approval (keeping its time); any other loses its approval. Null: nothing changes.
 */
export function approvalAfterEdit(
  post: ApprovalState,
  needsApproval: boolean,
): { status: 'awaiting_approval' | null; clearApproval: true } | null {
  if (!needsApproval || post.approvedAt === null || post.status === 'published') return null;
  return { status: post.status === 'scheduled' ? 'awaiting_approval' : null, clearApproval: true };
}
