import { asc, eq } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { Queryable } from '../../platform/db.js';
import { workspaceNetworks } from './networks.table.js';

export function createNetworksRepository(db: Queryable) {
  return {
    /** Adds the networks not chosen yet, in the given order of priority. */
    async addNetworks(
      tx: Queryable,
      workspaceId: string,
      networks: NetworkKey[],
      targetPostsPerWeek: number | null = null,
    ) {
      if (networks.length === 0) return;
      await tx
        .insert(workspaceNetworks)
        .values(
          networks.map((network, index) => ({
            workspaceId,
            network,
            priority: index + 1,
            targetPostsPerWeek,
          })),
        )
        .onConflictDoNothing();
    },

    listNetworks: (workspaceId: string) =>
      db
        .select()
        .from(workspaceNetworks)
        .where(eq(workspaceNetworks.workspaceId, workspaceId))
        .orderBy(asc(workspaceNetworks.priority)),
  };
}

export type NetworksRepository = ReturnType<typeof createNetworksRepository>;
