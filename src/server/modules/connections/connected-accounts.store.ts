import { and, eq, or } from 'drizzle-orm';
import {
  type AccountLimits,
  type ConnectorCredentials,
  type ConnectorNetwork,
  connectorCredentialsSchema,
} from '../../../contracts/connectors.js';
import type { ConnectorAccount } from '../../connectors/connector.js';
import type { SecretBox } from '../../platform/crypto.js';
import type { Queryable } from '../../platform/db.js';
import { connectedAccounts } from './connections.table.js';

export type NewConnectedAccount = {
  workspaceId: string;
  network: ConnectorNetwork;
  accountName: string;
  remoteAccountId: string;
  credentials: ConnectorCredentials;
  limits: AccountLimits;
  connectedByUserId: string | null;
};

/**
 * The only code that seals and opens connected accounts' credentials. Every read names the
 * workspace: an account of workspace A cannot be opened on behalf of workspace B.
 */
export function createConnectedAccountsStore(db: Queryable, secretBox: SecretBox) {
  const seal = (credentials: ConnectorCredentials) => secretBox.seal(JSON.stringify(credentials));
  const unseal = (sealed: string) => connectorCredentialsSchema.parse(JSON.parse(secretBox.open(sealed)));

  return {
    /** Connects an account, or renews the same remote account's credentials if already there. */
    async save(account: NewConnectedAccount, tx: Queryable = db): Promise<{ id: string }> {
      const values = {
        workspaceId: account.workspaceId,
        network: account.network,
        accountName: account.accountName,
        remoteAccountId: account.remoteAccountId,
        credentialsSealed: seal(account.credentials),
        limits: account.limits,
        connectedByUserId: account.connectedByUserId,
      };
      const [row] = await tx
        .insert(connectedAccounts)
        .values(values)
        .onConflictDoUpdate({
          target: [
            connectedAccounts.workspaceId,
            connectedAccounts.network,
            connectedAccounts.remoteAccountId,
          ],
          set: {
            ...values,
            limitsReadAt: new Date(),
            healthStatus: 'unchecked',
            healthMessage: null,
            updatedAt: new Date(),
          },
        })
        .returning({ id: connectedAccounts.id });
      if (!row) throw new Error('connected account not saved');
      return row;
    },

    /**
     * The account as a connector sees it, or null if it is not this workspace's. A refreshed
     * session is written back at once (Bluesky rotates refresh tokens).
     */
    async open(workspaceId: string, accountId: string): Promise<ConnectorAccount | null> {
      const opened = await openMany([{ workspaceId, accountId }]);
      return opened.get(accountId) ?? null;
    },

    /** Several accounts in one query (a batch of publications); each only in the workspace named. */
    openMany,
  };

  async function openMany(
    references: readonly { workspaceId: string; accountId: string }[],
  ): Promise<Map<string, ConnectorAccount>> {
    const opened = new Map<string, ConnectorAccount>();
    if (references.length === 0) return opened;
    const rows = await db
      .select({
        id: connectedAccounts.id,
        workspaceId: connectedAccounts.workspaceId,
        sealed: connectedAccounts.credentialsSealed,
      })
      .from(connectedAccounts)
      .where(
        or(
          ...references.map((reference) =>
            and(
              eq(connectedAccounts.workspaceId, reference.workspaceId),
              eq(connectedAccounts.id, reference.accountId),
            ),
          ),
        ),
      );
    for (const row of rows)
      opened.set(row.id, {
        credentials: unseal(row.sealed),
        saveCredentials: async (credentials) => {
          await db
            .update(connectedAccounts)
            .set({ credentialsSealed: seal(credentials), updatedAt: new Date() })
            .where(and(eq(connectedAccounts.workspaceId, row.workspaceId), eq(connectedAccounts.id, row.id)));
        },
      });
    return opened;
  }
}
export type ConnectedAccountsStore = ReturnType<typeof createConnectedAccountsStore>;
