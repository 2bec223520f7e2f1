import { and, asc, count, eq, gte, inArray, min, notInArray } from 'drizzle-orm';
import type { ConnectedAccount, ConnectionHealthStatus } from '../../../contracts/connections.js';
import type { AccountLimits, ConnectorNetwork } from '../../../contracts/connectors.js';
import { isInTrouble } from '../../../core/publishing/connection-health.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from '../content/content.table.js';
import { connectedAccounts } from './connections.table.js';

/** What every list shows: never `credentials_sealed` (only the store opens that column). */
const shownColumns = {
  id: connectedAccounts.id,
  network: connectedAccounts.network,
  accountName: connectedAccounts.accountName,
  healthStatus: connectedAccounts.healthStatus,
  healthMessage: connectedAccounts.healthMessage,
  healthCheckedAt: connectedAccounts.healthCheckedAt,
  limits: connectedAccounts.limits,
  limitsReadAt: connectedAccounts.limitsReadAt,
  createdAt: connectedAccounts.createdAt,
};
type ShownRow = {
  id: string;
  network: string;
  accountName: string;
  healthStatus: ConnectionHealthStatus;
  healthMessage: string | null;
  healthCheckedAt: Date | null;
  limits: AccountLimits;
  limitsReadAt: Date;
  createdAt: Date;
};

function toConnectedAccount(row: ShownRow): ConnectedAccount {
  return {
    id: row.id,
    network: row.network as ConnectorNetwork,
    accountName: row.accountName,
    health: {
      status: row.healthStatus,
      message: row.healthMessage,
      checkedAt: row.healthCheckedAt?.toISOString() ?? null,
    },
    limits: row.limits,
    limitsReadAt: row.limitsReadAt.toISOString(),
    connectedAt: row.createdAt.toISOString(),
  };
}

export type HealthRecord = {
  status: ConnectionHealthStatus;
  message: string | null;
  checkedAt: Date;
  /** The name the network gave back (a handle can change); kept as it was when absent. */
  accountName?: string;
  /** Fresh limits, when they could be read. */
  limits?: AccountLimits;
};

/** Connected accounts as people see them; every query names the workspace. */
export function createConnectionsRepository(db: Queryable) {
  const ofWorkspace = (workspaceId: string, id: string) =>
    and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.id, id));

  return {
    async list(workspaceId: string): Promise<ConnectedAccount[]> {
      const rows = await db
        .select(shownColumns)
        .from(connectedAccounts)
        .where(eq(connectedAccounts.workspaceId, workspaceId))
        .orderBy(asc(connectedAccounts.network), asc(connectedAccounts.accountName));
      return rows.map(toConnectedAccount);
    },

    async find(workspaceId: string, id: string): Promise<ConnectedAccount | null> {
      const [row] = await db.select(shownColumns).from(connectedAccounts).where(ofWorkspace(workspaceId, id));
      return row ? toConnectedAccount(row) : null;
    },

    /**
     * Records a check's outcome. Answers whether it began a failure streak (the account was not
     * failing or revoked before): decided by one conditional UPDATE, so two checks at once cannot
     * both begin the same streak, and the editors are told once per streak, not every round.
     */
    async recordHealth(
      workspaceId: string,
      id: string,
      health: HealthRecord,
    ): Promise<{ beganTrouble: boolean }> {
      const values = {
        healthStatus: health.status,
        healthMessage: health.message,
        healthCheckedAt: health.checkedAt,
        ...(health.accountName ? { accountName: health.accountName } : {}),
        ...(health.limits ? { limits: health.limits, limitsReadAt: health.checkedAt } : {}),
        updatedAt: health.checkedAt,
      };
      if (isInTrouble(health.status)) {
        const began = await db
          .update(connectedAccounts)
          .set(values)
          .where(
            and(
              ofWorkspace(workspaceId, id),
              notInArray(connectedAccounts.healthStatus, ['failing', 'revoked']),
            ),
          )
          .returning({ id: connectedAccounts.id });
        if (began.length > 0) return { beganTrouble: true };
      }
      await db.update(connectedAccounts).set(values).where(ofWorkspace(workspaceId, id));
      return { beganTrouble: false };
    },

    /** Deletes the account and its sealed credentials; publications keep its name (set null). */
    async delete(workspaceId: string, id: string): Promise<boolean> {
      const deleted = await db
        .delete(connectedAccounts)
        .where(ofWorkspace(workspaceId, id))
        .returning({ id: connectedAccounts.id });
      return deleted.length > 0;
    },

    /** Every account of the instance, for the daily health round (one job each). */
    async listAllForHealthRound(): Promise<{ workspaceId: string; id: string }[]> {
      return db
        .select({ workspaceId: connectedAccounts.workspaceId, id: connectedAccounts.id })
        .from(connectedAccounts);
    },

    /**
     * Versions still to go out per network, from `now` on. Until the publishing pipeline writes a
     * publication per account, a post is "scheduled to" every account of its version's network.
     */
    async scheduledVersionsByNetwork(
      workspaceId: string,
      networks: readonly string[],
      now: Date,
    ): Promise<{ network: string; versions: number; nextAt: Date }[]> {
      if (networks.length === 0) return [];
      const rows = await db
        .select({
          network: postVersions.network,
          versions: count(),
          nextAt: min(posts.scheduledAt),
        })
        .from(postVersions)
        .innerJoin(posts, eq(posts.id, postVersions.postId))
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(posts.workspaceId, workspaceId),
            eq(postVersions.status, 'scheduled'),
            inArray(postVersions.network, [...networks]),
            gte(posts.scheduledAt, now),
          ),
        )
        .groupBy(postVersions.network);
      return rows.flatMap((row) =>
        row.nextAt
          ? [{ network: row.network, versions: Number(row.versions), nextAt: new Date(row.nextAt) }]
          : [],
      );
    },
  };
}
export type ConnectionsRepository = ReturnType<typeof createConnectionsRepository>;
