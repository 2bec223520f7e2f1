import { and, asc, eq, gte, ne } from 'drizzle-orm';
import type { FollowersReadJob } from '../../../contracts/jobs.js';
import type { FollowersView } from '../../../contracts/results-imports.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import type { ConnectorRegistry } from '../../connectors/registry.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { ConnectedAccountsStore } from '../connections/connected-accounts.store.js';
import { connectedAccounts } from '../connections/connections.table.js';
import { followerSnapshots } from './results.table.js';

/** Days of history the results page draws. */
const HISTORY_DAYS = 30;

/**
 * Follower counts of connected accounts: a daily round queues one reading per account (keyed on
 * the account and the UTC day, so a round run twice reads once), each reading asks the network
 * through its connector and keeps one row per account and day (a second reading the same day
 * replaces the first). Webhook accounts have no followers and are left out.
 */
export function createFollowers({
  db,
  jobs,
  connectors,
  connectedAccountsStore,
  clock,
}: {
  db: Queryable;
  jobs: Pick<CadenceJobs, 'send'>;
  connectors: Pick<ConnectorRegistry, 'forCredentials'>;
  connectedAccountsStore: Pick<ConnectedAccountsStore, 'open'>;
  clock: Clock;
}) {
  async function latestPerAccount(workspaceId: string) {
    const since = addDaysToDate(clock.now().toISOString().slice(0, 10), -HISTORY_DAYS);
    const accounts = await db
      .select({
        id: connectedAccounts.id,
        network: connectedAccounts.network,
        accountName: connectedAccounts.accountName,
      })
      .from(connectedAccounts)
      .where(and(eq(connectedAccounts.workspaceId, workspaceId), ne(connectedAccounts.network, 'webhook')))
      .orderBy(asc(connectedAccounts.network), asc(connectedAccounts.accountName));
    const readings = await db
      .select({
        accountId: followerSnapshots.connectedAccountId,
        day: followerSnapshots.day,
        followers: followerSnapshots.followers,
        takenAt: followerSnapshots.takenAt,
      })
      .from(followerSnapshots)
      .where(and(eq(followerSnapshots.workspaceId, workspaceId), gte(followerSnapshots.day, since)))
      .orderBy(asc(followerSnapshots.day));
    return accounts.map((account) => {
      const history = readings.filter((reading) => reading.accountId === account.id);
      const latest = history[history.length - 1];
      const weekBefore = latest
        ? [...history].reverse().find((reading) => reading.day <= addDaysToDate(latest.day, -7))
        : undefined;
      return {
        connectionId: account.id,
        network: account.network,
        accountName: account.accountName,
        followers: latest?.followers ?? null,
        weekChange: latest && weekBefore ? latest.followers - weekBefore.followers : null,
        readAt: latest ? latest.takenAt.toISOString() : null,
        history: history.map((reading) => ({ day: reading.day, followers: reading.followers })),
      };
    });
  }

  return {
    /** The daily round: one reading job per account that has followers. */
    async queueRound(): Promise<number> {
      const day = clock.now().toISOString().slice(0, 10);
      const accounts = await db
        .select({ id: connectedAccounts.id, workspaceId: connectedAccounts.workspaceId })
        .from(connectedAccounts)
        .where(ne(connectedAccounts.network, 'webhook'));
      for (const account of accounts)
        await jobs.send(
          'followers-read',
          { version: 1, workspaceId: account.workspaceId, connectionId: account.id, day },
          { idempotencyKey: `${account.id}:${day}` },
        );
      return accounts.length;
    },

    /**
     * One reading. A disconnected account or refused credentials end it quietly (the health check
     * reports those); a transient failure throws so the queue tries again.
     */
    async readFollowers(job: FollowersReadJob): Promise<'read' | 'ended'> {
      const account = await connectedAccountsStore.open(job.workspaceId, job.connectionId);
      if (!account) return 'ended';
      const network = account.credentials.network;
      const result = await connectors.forCredentials(account.credentials).readFollowers(account);
      if (result.status === 'auth_expired' || result.status === 'rejected') return 'ended';
      if (result.status !== 'read')
        throw new Error(
          `Followers not read (${result.status}): ${'message' in result ? result.message : ''}`,
        );
      if (result.followers === null) return 'ended';
      const takenAt = clock.now();
      await db
        .insert(followerSnapshots)
        .values({
          workspaceId: job.workspaceId,
          connectedAccountId: job.connectionId,
          network,
          day: job.day,
          takenAt,
          followers: result.followers,
        })
        .onConflictDoUpdate({
          target: [followerSnapshots.connectedAccountId, followerSnapshots.day],
          set: { followers: result.followers, takenAt },
        });
      return 'read';
    },

    /** Each account's latest count, its change over a week, and a month of history. */
    async getView(workspaceId: string): Promise<FollowersView> {
      const accounts = await latestPerAccount(workspaceId);
      const counted = accounts.filter((account) => account.followers !== null);
      const withChange = counted.filter((account) => account.weekChange !== null);
      return {
        accounts,
        total:
          counted.length > 0 ? counted.reduce((sum, account) => sum + (account.followers ?? 0), 0) : null,
        totalWeekChange:
          withChange.length > 0
            ? withChange.reduce((sum, account) => sum + (account.weekChange ?? 0), 0)
            : null,
      };
    },

    /**
     * The followers KPI's actual value: the latest count of every connected account, added up
     * (a count is a level, not a sum over the KPI's period). Null before any reading.
     */
    async currentTotal(workspaceId: string): Promise<number | null> {
      const accounts = await latestPerAccount(workspaceId);
      const counted = accounts.filter((account) => account.followers !== null);
      return counted.length > 0 ? counted.reduce((sum, account) => sum + (account.followers ?? 0), 0) : null;
    },
  };
}

export type Followers = ReturnType<typeof createFollowers>;
