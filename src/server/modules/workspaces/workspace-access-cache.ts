import type { Role } from '../../../contracts/workspaces.js';
import { createExpiringCache, type ExpiringCacheOptions } from '../../platform/expiring-cache.js';
import type { MembersRepository } from './members.repository.js';
import type { WorkspacesRepository } from './workspaces.repository.js';

type WorkspaceSettings = { currency: string; timeZone: string; postsNeedApproval: boolean };

/**
 * Every workspace request checks the caller's role and most read the workspace's zone and
 * currency: both are remembered for a few seconds. The repositories returned here forget an
 * entry as soon as this process changes it (role changed, member removed, settings edited,
 * workspace deleted); another process's change reaches this one within the TTL. A missing role
 * is never remembered, so an accepted invitation opens the workspace at once.
 */
export function cacheWorkspaceAccess(
  repositories: { workspacesRepository: WorkspacesRepository; membersRepository: MembersRepository },
  options: ExpiringCacheOptions,
) {
  const { workspacesRepository, membersRepository } = repositories;
  const roles = createExpiringCache<string, Role>(options);
  const settings = createExpiringCache<string, Readonly<WorkspaceSettings>>(options);
  const roleKey = (workspaceId: string, userId: string) => `${workspaceId}:${userId}`;
  const forgetWorkspace = (workspaceId: string) => {
    settings.delete(workspaceId);
    roles.deleteWhere((key) => key.startsWith(`${workspaceId}:`));
  };

  return {
    workspacesRepository: {
      ...workspacesRepository,
      async findRole(workspaceId: string, userId: string): Promise<Role | null> {
        return roles.getOrLoad(roleKey(workspaceId, userId), () =>
          workspacesRepository.findRole(workspaceId, userId),
        );
      },
      async findSettings(workspaceId: string): Promise<WorkspaceSettings | null> {
        return settings.getOrLoad(workspaceId, async () => {
          const found = await workspacesRepository.findSettings(workspaceId);
          return found && Object.freeze(found);
        });
      },
      async update(...args: Parameters<WorkspacesRepository['update']>) {
        await workspacesRepository.update(...args);
        settings.delete(args[0]);
      },
      async delete(workspaceId: string) {
        await workspacesRepository.delete(workspaceId);
        forgetWorkspace(workspaceId);
      },
    } satisfies WorkspacesRepository,
    membersRepository: {
      ...membersRepository,
      async update(...args: Parameters<MembersRepository['update']>) {
        await membersRepository.update(...args);
        roles.delete(roleKey(args[0], args[1]));
      },
      async delete(workspaceId: string, userId: string) {
        await membersRepository.delete(workspaceId, userId);
        roles.delete(roleKey(workspaceId, userId));
      },
    } satisfies MembersRepository,
  };
}
