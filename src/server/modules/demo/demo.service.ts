import type { CurrentUser } from '../../platform/access.js';
import { user } from '../auth/auth.table.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { RunInTransaction, WorkspacesService } from '../workspaces/workspaces.service.js';

type DemoTeammate = {
  name: string;
  email: string;
  role: 'manager' | 'member' | 'viewer';
  hourlyCostCents: number | null;
};

/**
 * A workspace that looks lived-in, so a newcomer sees what Cadence does before entering their own
 * data: a small bakery's social presence. Each feature adds its part of the story here.
 */
export function createDemoService({
  workspacesService,
  networksRepository,
  membersRepository,
  runInTransaction,
}: {
  workspacesService: WorkspacesService;
  networksRepository: NetworksRepository;
  membersRepository: MembersRepository;
  runInTransaction: RunInTransaction;
}) {
  return {
    async createDemoWorkspace(
      owner: CurrentUser,
      options: { locale: 'fr' | 'en'; timeZone: string },
    ): Promise<{ workspaceId: string }> {
      const isFrench = options.locale === 'fr';
      const workspaceId = await runInTransaction(async (tx) => {
        const id = await workspacesService.createWorkspace(
          owner.id,
          {
            name: isFrench ? 'Boulangerie Martin (démo)' : 'Martin Bakery (demo)',
            timeZone: options.timeZone,
            currency: 'EUR',
            locale: options.locale,
            isDemo: true,
          },
          { ownerHourlyCostCents: 4500, tx },
        );
        await networksRepository.addNetworks(tx, id, ['instagram', 'facebook', 'linkedin'], 3);
        const teammates: DemoTeammate[] = [
          { name: 'Léa Martin', email: 'lea', role: 'manager', hourlyCostCents: 2800 },
          { name: 'Hugo Bernard', email: 'hugo', role: 'member', hourlyCostCents: 1400 },
          { name: 'Agence Pixel', email: 'client', role: 'viewer', hourlyCostCents: null },
        ];
        for (const teammate of teammates) {
          // Teammates are accounts without a password: they exist to be seen, not to sign in.
          const teammateId = crypto.randomUUID();
          await tx.insert(user).values({
            id: teammateId,
            name: teammate.name,
            email: `${teammate.email}+${id.slice(0, 8)}@demo.cadence.invalid`,
            emailVerified: false,
          });
          await membersRepository.insert(tx, id, teammateId, teammate.role, teammate.hourlyCostCents);
        }
        return id;
      });
      return { workspaceId };
    },
  };
}

export type DemoService = ReturnType<typeof createDemoService>;
