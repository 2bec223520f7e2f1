import { and, eq, or } from 'drizzle-orm';
import {
  type AccountLimits,
  type ConnectorCredentials,
  type ConnectorNetwork,
  connectorCredentialsSchema,
} from '../../../contracts/connectors.js';
import type { ConnectorAccount, Renewal } from '../../connectors/connector.js';
import type { SecretBox } from '../../platform/crypto.js';
import type { Db, Queryable } from '../../platform/db.js';
import { createOneAtATime } from '../../platform/one-at-a-time.js';
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
 *
 * Renewals of one account run one at a time: in this process by a queue per account; across
 * processes (`lockAcrossProcesses`, PostgreSQL) also under a lock on the account's row, held in
 * a transaction for the length of the renewal — the one network call made inside a transaction,
 * rare (a Bluesky session lasts ~2 h) and short. PGlite is one process by construction (the
 * data dir's lock file), so there the queue suffices, and PGlite's single connection is never
 * held across a network call.
 */
export function createConnectedAccountsStore(
  db: Db,
  secretBox: SecretBox,
  options: { lockAcrossProcesses: boolean },
) {
  const seal = (credentials: ConnectorCredentials) => secretBox.seal(JSON.stringify(credentials));
  const unseal = (sealed: string) => connectorCredentialsSchema.parse(JSON.parse(secretBox.open(sealed)));
  const oneAtATime = createOneAtATime();

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
    for (const row of rows) opened.set(row.id, openedAccount(row.workspaceId, row.id, unseal(row.sealed)));
    return opened;
  }

  function openedAccount(workspaceId: string, accountId: string, credentials: ConnectorCredentials) {
    const thisAccount = and(
      eq(connectedAccounts.workspaceId, workspaceId),
      eq(connectedAccounts.id, accountId),
    );
    const account: ConnectorAccount = {
      credentials,
      renewCredentials: (renew) =>
        oneAtATime(accountId, () =>
          options.lockAcrossProcesses
            ? db.transaction((tx) => renewOn(tx, renew, true))
            : renewOn(db, renew, false),
        ),
    };
    /** The credentials read again once this renewal's turn has come (and the row is locked). */
    async function renewOn<Result>(
      queryable: Queryable,
      renew: (stored: ConnectorCredentials) => Promise<Renewal<ConnectorCredentials, Result>>,
      lockRow: boolean,
    ): Promise<Result> {
      const reading = queryable
        .select({ sealed: connectedAccounts.credentialsSealed })
        .from(connectedAccounts)
        .where(thisAccount);
      const [row] = lockRow ? await reading.for('update') : await reading;
      // Disconnected meanwhile: what is held is renewed, and nothing is written back.
      const stored = row ? unseal(row.sealed) : account.credentials;
      const { keep, result } = await renew(stored);
      account.credentials = keep ?? stored;
      if (keep && row)
        await queryable
          .update(connectedAccounts)
          .set({ credentialsSealed: seal(keep), updatedAt: new Date() })
          .where(thisAccount);
      return result;
    }
    return account;
  }
}
export type ConnectedAccountsStore = ReturnType<typeof createConnectedAccountsStore>;
