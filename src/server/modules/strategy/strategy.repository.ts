import { and, asc, eq, notInArray } from 'drizzle-orm';
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

    /**
     * The pillars are edited as one list (shares must add up together): pillars left out are
     * deleted, listed ones with an id of this workspace are updated in place (posts and ideas keep
     * pointing at them), the others are created.
     */
    async replacePillars(tx: Queryable, workspaceId: string, pillars: SetPillarsBody['pillars']) {
      const existing = await tx
        .select({ id: editorialPillars.id })
        .from(editorialPillars)
        .where(eq(editorialPillars.workspaceId, workspaceId));
      const existingIds = new Set(existing.map((row) => row.id));
      const keptIds = pillars.flatMap((pillar) =>
        pillar.id && existingIds.has(pillar.id) ? [pillar.id] : [],
      );
      await tx
        .delete(editorialPillars)
        .where(
          and(
            eq(editorialPillars.workspaceId, workspaceId),
            keptIds.length > 0 ? notInArray(editorialPillars.id, keptIds) : undefined,
          ),
        );
      for (const [index, { id, ...pillar }] of pillars.entries()) {
        const values = { ...pillar, sortOrder: index + 1 };
        if (id && existingIds.has(id))
          await tx
            .update(editorialPillars)
            .set(values)
            .where(and(eq(editorialPillars.workspaceId, workspaceId), eq(editorialPillars.id, id)));
        else await tx.insert(editorialPillars).values({ workspaceId, ...values });
      }
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
