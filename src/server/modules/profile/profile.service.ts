import type { Me, OnboardingBody, UpdateMeBody } from '../../../contracts/me.js';
import type { CurrentUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { ProfileRepository } from './profile.repository.js';

export function createProfileService({
  profileRepository,
  networksRepository,
  workspacesService,
  runInTransaction,
  clock,
  onUserRenamed,
}: {
  profileRepository: ProfileRepository;
  networksRepository: NetworksRepository;
  workspacesService: WorkspacesService;
  runInTransaction: RunInTransaction;
  clock: Clock;
  /** The signed-in person's name is remembered with their session. */
  onUserRenamed?: (userId: string) => void;
}) {
  return {
    async getMe(user: CurrentUser): Promise<Me> {
      const [profile, workspaces] = await Promise.all([
        profileRepository.findProfile(user.id),
        workspacesService.listWorkspaces(user.id),
      ]);
      return {
        user: { id: user.id, name: user.name, email: user.email },
        profile: {
          locale: profile?.locale === 'fr' || profile?.locale === 'en' ? profile.locale : null,
          kind: profile?.kind ?? null,
          defaultHourlyRateCents: profile?.defaultHourlyRateCents ?? null,
          // Someone invited into a workspace has nothing left to set up.
          onboarded: profile?.onboardedAt != null || workspaces.length > 0,
          lastWorkspaceId: profile?.lastWorkspaceId ?? null,
        },
        workspaces,
      };
    },

    async updateMe(user: CurrentUser, patch: UpdateMeBody): Promise<Me> {
      const { name, ...profilePatch } = patch;
      if (name !== undefined) {
        await profileRepository.renameUser(user.id, name);
        onUserRenamed?.(user.id);
      }
      if (Object.keys(profilePatch).length > 0)
        await runInTransaction((tx) => profileRepository.upsertProfile(tx, user.id, profilePatch));
      return this.getMe({ ...user, name: name ?? user.name });
    },

    /**
     * The first-run answers in one transaction: who the person is, their first workspace (with
     * their hourly rate as the owner's cost) and the networks they care about.
     */
    async completeOnboarding(user: CurrentUser, body: OnboardingBody): Promise<{ workspaceId: string }> {
      const workspaceId = await runInTransaction(async (tx) => {
        const createdId = await workspacesService.createWorkspace(user.id, body.workspace, {
          ownerHourlyCostCents: body.hourlyRateCents,
          tx,
        });
        await networksRepository.addNetworks(tx, createdId, body.networks);
        await profileRepository.upsertProfile(tx, user.id, {
          kind: body.kind,
          defaultHourlyRateCents: body.hourlyRateCents,
          onboardedAt: clock.now(),
          lastWorkspaceId: createdId,
        });
        return createdId;
      });
      return { workspaceId };
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
