import { describe, expect, it } from 'vitest';
import { canCommentOnPost, canReviewPost, canSendForApproval, roles } from './index.js';

describe('post review rules', () => {
  it('lets the client, managers and owners approve, not the members who write', () => {
    expect(roles.filter(canReviewPost)).toEqual(['owner', 'manager', 'viewer']);
  });

  it('lets everyone comment, and writers send for approval', () => {
    expect(roles.filter(canCommentOnPost)).toEqual(roles);
    expect(roles.filter(canSendForApproval)).toEqual(['owner', 'manager', 'member']);
  });
});
