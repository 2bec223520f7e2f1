import { describe, expect, it } from 'vitest';
import { approvalAfterEdit, mayBeScheduled, maySendForApproval, statusAfterApproval } from './approval.js';

const now = new Date('2026-12-07T09:00:00Z');
const approved = new Date('2026-12-06T09:00:00Z');

describe('approval', () => {
  it('lets a post be scheduled only once approved when the workspace asks for it', () => {
    expect(mayBeScheduled({ approvedAt: null }, false)).toBe(true);
    expect(mayBeScheduled({ approvedAt: null }, true)).toBe(false);
    expect(mayBeScheduled({ approvedAt: approved }, true)).toBe(true);
  });

  it('sends drafts and ready posts for approval, nothing further along', () => {
    expect(maySendForApproval({ status: 'draft' })).toBe(true);
    expect(maySendForApproval({ status: 'ready' })).toBe(true);
    expect(maySendForApproval({ status: 'awaiting_approval' })).toBe(false);
    expect(maySendForApproval({ status: 'scheduled' })).toBe(false);
    expect(maySendForApproval({ status: 'published' })).toBe(false);
  });

  it('schedules an approved post at its proposed time if it is still to come', () => {
    expect(statusAfterApproval({ scheduledAt: new Date('2026-12-08T09:00:00Z') }, now)).toBe('scheduled');
    expect(statusAfterApproval({ scheduledAt: new Date('2026-12-06T09:00:00Z') }, now)).toBe('ready');
    expect(statusAfterApproval({ scheduledAt: now }, now)).toBe('ready');
    expect(statusAfterApproval({ scheduledAt: null }, now)).toBe('ready');
  });

  it('asks approval again when approved words change', () => {
    const scheduled = { status: 'scheduled' as const, approvedAt: approved, scheduledAt: now };
    expect(approvalAfterEdit(scheduled, true)).toEqual({ status: 'awaiting_approval', clearApproval: true });
    expect(approvalAfterEdit({ ...scheduled, status: 'ready' }, true)).toEqual({
      status: null,
      clearApproval: true,
    });
    expect(approvalAfterEdit(scheduled, false)).toBeNull();
    expect(approvalAfterEdit({ ...scheduled, approvedAt: null }, true)).toBeNull();
    expect(approvalAfterEdit({ ...scheduled, status: 'published' }, true)).toBeNull();
  });
});
