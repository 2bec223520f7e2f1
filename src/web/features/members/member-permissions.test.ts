import { describe, expect, it } from 'vitest';
import type { Member } from '../../../contracts/workspaces.js';
import { assignableRoles, canEditMember, canRemoveMember } from './member-permissions.js';

const member = (userId: string, role: Member['role']): Member => ({
  userId,
  name: userId,
  email: `${userId}@example.com`,
  role,
  hourlyCostCents: null,
  joinedAt: '2026-01-01T00:00:00.000Z',
});

describe('member permissions in the interface', () => {
  it('lets managers edit everyone but owners, and owners edit everyone', () => {
    expect(canEditMember('manager', member('a', 'member'))).toBe(true);
    expect(canEditMember('manager', member('a', 'owner'))).toBe(false);
    expect(canEditMember('owner', member('a', 'owner'))).toBe(true);
    expect(canEditMember('member', member('a', 'viewer'))).toBe(false);
    expect(canEditMember('viewer', member('a', 'viewer'))).toBe(false);
  });

  it('never offers to remove oneself (that is "leave")', () => {
    expect(canRemoveMember('owner', 'me', member('me', 'owner'))).toBe(false);
    expect(canRemoveMember('manager', 'me', member('other', 'viewer'))).toBe(true);
    expect(canRemoveMember('manager', 'me', member('other', 'owner'))).toBe(false);
    expect(canRemoveMember('viewer', 'me', member('other', 'viewer'))).toBe(false);
  });

  it('offers the owner role to owners only', () => {
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('manager')).not.toContain('owner');
  });
});
