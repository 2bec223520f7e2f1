import { asc, eq } from 'drizzle-orm';
import type { SetNetworksBody, SetPillarsBody, UpdateStrategyBody } from '../../../contracts/strategy.js';
import type { Queryable } from '../../platform/db.js';
import { workspaceNetworks } from './networks.table.js';
import { editorialPillars, strategyProfiles } from './strategy.table.js';

export function createStrategyRepository(db: Queryable) {
  return {
    async findProfile(workspaceId: string) {
      const [row] = await db
        .select()
        .from(strategyProfiles)
        .where(eq(strategyProfiles.workspaceId, workspaceId));
      return row ?? null;
    },

    async saveProfile(workspaceId: string, patch: UpdateStrategyBody) {
      await db
        .insert(strategyProfiles)
        .values({ workspaceId, ...patch })
        .onConflictDoUpdate({ target: strategyProfiles.workspaceId, set: patch });
    },

    listPillars: (workspaceId: string) =>
      db
        .select()
        .from(editorialPillars)
        .where(eq(editorialPillars.workspaceId, workspaceId))
        .orderBy(asc(editorialPillars.sortOrder)),

    /** The pillars are edited as one list (shares must add up together), so they are replaced whole. */
    async replacePillars(tx: Queryable, workspaceId: string, pillars: SetPillarsBody['pillars']) {
      await tx.delete(editorialPillars).where(eq(editorialPillars.workspaceId, workspaceId));
      if (pillars.length === 0) return;
      await tx
        .insert(editorialPillars)
        .values(pillars.map((pillar, index) => ({ workspaceId, ...pillar, sortOrder: index + 1 })));
    },

    /** The chosen networks are edited as one list (priorities are relative), so they are replaced whole. */
    async replaceNetworks(tx: Queryable, workspaceId: string, networks: SetNetworksBody['networks']) {
      await tx.delete(workspaceNetworks).where(eq(workspaceNetworks.workspaceId, workspaceId));
      if (networks.length === 0) return;
      await tx.insert(workspaceNetworks).values(networks.map((network) => ({ workspaceId, ...network })));
    },
  };
}

export type StrategyRepository = ReturnType<typeof createStrategyRepository>;
