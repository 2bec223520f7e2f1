import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  canAccessWorkspace,
  canAssignRole,
  canEditMember,
  canEditTimeOf,
  canManageConnections,
  canMarkOccurrenceOf,
  canRemoveMember,
  canSeeConnections,
  canSeeInAgencyTable,
  canUndoImport,
  type Role,
  roles,
} from './index.js';

const actor = (userId: string, role: Role) => ({ userId, role });

describe('access rules', () => {
  it('lets owners and managers connect, test and disconnect accounts; everyone see them', () => {
    expect(roles.filter(canManageConnections)).toEqual(['owner', 'manager']);
    expect(roles.filter(canSeeConnections)).toEqual(roles);
  });

  it('ranks roles: each access level lets in its role and the stronger ones', () => {
    expect(roles.filter((role) => canAccessWorkspace(role, 'read'))).toEqual(roles);
    expect(roles.filter((role) => canAccessWorkspace(role, 'write'))).toEqual(['owner', 'manager', 'member']);
    expect(roles.filter((role) => canAccessWorkspace(role, 'manage'))).toEqual(['owner', 'manager']);
    expect(roles.filter((role) => canAccessWorkspace(role, 'own'))).toEqual(['owner']);
  });

  it('lets managers edit and assign everyone but owners, and owners everyone', () => {
    expect(canEditMember('manager', 'member')).toBe(true);
    expect(canEditMember('manager', 'owner')).toBe(false);
    expect(canEditMember('owner', 'owner')).toBe(true);
    expect(canEditMember('member', 'viewer')).toBe(false);
    expect(canAssignRole('manager', 'member', 'owner')).toBe(false);
    expect(canAssignRole('owner', 'member', 'owner')).toBe(true);
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('manager')).not.toContain('owner');
    expect(assignableRoles('member')).toEqual([]);
  });

  it('lets anyone leave, managers remove others, and only owners remove owners', () => {
    expect(canRemoveMember(actor('me', 'viewer'), actor('me', 'viewer'))).toBe(true);
    expect(canRemoveMember(actor('me', 'manager'), actor('other', 'viewer'))).toBe(true);
    expect(canRemoveMember(actor('me', 'manager'), actor('other', 'owner'))).toBe(false);
    expect(canRemoveMember(actor('me', 'member'), actor('other', 'viewer'))).toBe(false);
  });

  it('lets members edit their own time only, managers and owners anyone’s, viewers nothing', () => {
    expect(canEditTimeOf(actor('a', 'member'), 'a')).toBe(true);
    expect(canEditTimeOf(actor('a', 'member'), 'b')).toBe(false);
    expect(canEditTimeOf(actor('a', 'manager'), 'b')).toBe(true);
    expect(canEditTimeOf(actor('a', 'viewer'), 'a')).toBe(false);
    expect(canUndoImport(actor('a', 'member'), 'a')).toBe(true);
    expect(canUndoImport(actor('a', 'member'), 'b')).toBe(false);
  });

  it('lets a member mark their own and shared blocks, and only a manager someone else’s', () => {
    expect(canMarkOccurrenceOf(actor('a', 'member'), 'a')).toBe(true);
    expect(canMarkOccurrenceOf(actor('a', 'member'), null)).toBe(true);
    expect(canMarkOccurrenceOf(actor('a', 'member'), 'b')).toBe(false);
    expect(canMarkOccurrenceOf(actor('a', 'manager'), 'b')).toBe(true);
    expect(canMarkOccurrenceOf(actor('a', 'viewer'), null)).toBe(false);
  });

  it('puts in the agency table only the workspaces one runs', () => {
    expect(roles.filter(canSeeInAgencyTable)).toEqual(['owner', 'manager']);
  });
});
