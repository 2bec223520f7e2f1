import type { Member, UpdateMemberBody } from '../../../contracts/workspaces.js';
import { canAssignRole, canEditMember, canRemoveMember } from '../../../core/access/index.js';
import type { CurrentMembership } from '../../platform/access.js';
import { conflict, forbidden, notFound } from '../../platform/problem.js';
import type { MembersRepository } from './members.repository.js';

/** Run when a person leaves or is removed, before their membership goes (their running timer stops). */
export type MemberRemovedHook = (event: { workspaceId: string; userId: string }) => Promise<void>;

export function createMembersService({
  membersRepository,
  onMemberRemoved = [],
}: {
  membersRepository: MembersRepository;
  onMemberRemoved?: MemberRemovedHook[];
}) {
  async function findTarget(workspaceId: string, userId: string): Promise<Member> {
    const member = await membersRepository.find(workspaceId, userId);
    if (!member) throw notFound();
    return member;
  }

  /** Demoting or removing an owner must leave the workspace with at least one. */
  async function assertOwnerRemains(workspaceId: string, target: Member) {
    if (target.role === 'owner' && (await membersRepository.countOwners(workspaceId)) <= 1)
      throw conflict('last_owner');
  }

  return {
    listMembers: (workspaceId: string) => membersRepository.list(workspaceId),

    async updateMember(
      actor: CurrentMembership,
      targetUserId: string,
      patch: UpdateMemberBody,
    ): Promise<Member> {
      const target = await findTarget(actor.workspaceId, targetUserId);
      const changesRole = patch.role !== undefined && patch.role !== target.role;
      // Only an owner changes anything of an owner, their hourly cost included.
      if (!changesRole && !canEditMember(actor.role, target.role)) throw forbidden();
      if (changesRole && patch.role !== undefined) {
        if (!canAssignRole(actor.role, target.role, patch.role)) {
          throw actor.role === 'manager' ? conflict('cannot_grant_owner') : forbidden();
        }
        await assertOwnerRemains(actor.workspaceId, target);
      }
      await membersRepository.update(actor.workspaceId, targetUserId, patch);
      return findTarget(actor.workspaceId, targetUserId);
    },

    async removeMember(actor: CurrentMembership, targetUserId: string) {
      const target = await findTarget(actor.workspaceId, targetUserId);
      if (!canRemoveMember(actor, target)) throw forbidden();
      await assertOwnerRemains(actor.workspaceId, target);
      for (const hook of onMemberRemoved)
        await hook({ workspaceId: actor.workspaceId, userId: targetUserId });
      await membersRepository.delete(actor.workspaceId, targetUserId);
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
