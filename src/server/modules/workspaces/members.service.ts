import type { Member, UpdateMemberBody } from '../../../contracts/workspaces.js';
import type { CurrentMembership } from '../../platform/access.js';
import { conflict, forbidden, notFound } from '../../platform/problem.js';
import type { MembersRepository } from './members.repository.js';
import { canAssignRole, canRemoveMember } from './workspaces.policy.js';

export function createMembersService({ membersRepository }: { membersRepository: MembersRepository }) {
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
      if (patch.role !== undefined && patch.role !== target.role) {
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
      if (!canRemoveMember(actor.role, actor.userId, target.role, target.userId)) throw forbidden();
      await assertOwnerRemains(actor.workspaceId, target);
      await membersRepository.delete(actor.workspaceId, targetUserId);
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
