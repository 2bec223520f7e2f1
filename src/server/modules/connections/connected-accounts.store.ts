import { and, eq } from 'drizzle-orm';
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
      const [row] = await db
        .select({ sealed: connectedAccounts.credentialsSealed })
        .from(connectedAccounts)
        .where(and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.id, accountId)));
      if (!row) return null;
      return {
        credentials: unseal(row.sealed),
        saveCredentials: async (credentials) => {
          await db
            .update(connectedAccounts)
            .set({ credentialsSealed: seal(credentials), updatedAt: new Date() })
            .where(and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.id, accountId)));
        },
      };
    },
  };
}
export type ConnectedAccountsStore = ReturnType<typeof createConnectedAccountsStore>;
