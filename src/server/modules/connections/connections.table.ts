import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AccountLimits } from '../../../contracts/connectors.js';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

export const connectionHealthStates = ['unchecked', 'healthy', 'failing', 'revoked'] as const;

/**
 * A network account a workspace publishes to (several per network allowed). The credentials are
 * sealed with CADENCE_SECRET (platform/crypto.ts) and opened only by the connector store: they
 * never reach a log, an API answer or the web.
 */
export const connectedAccounts = pgTable(
  'connected_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** A connector network (contracts/connectors.ts): mastodon, bluesky, webhook. */
    network: text('network').notNull(),
    /** What the person recognises: "@lea@piaille.fr", "lea.bsky.social", the webhook's host. */
    accountName: text('account_name').notNull(),
    /** The network's own stable id of the account (Mastodon account id, Bluesky DID, webhook URL). */
    remoteAccountId: text('remote_account_id').notNull(),
    credentialsSealed: text('credentials_sealed').notNull(),
    /** The account's limits as last read from the network (feeds the editor's counters). */
    limits: jsonb('limits').$type<AccountLimits>().notNull(),
    limitsReadAt: instant('limits_read_at').defaultNow().notNull(),
    healthStatus: text('health_status', { enum: connectionHealthStates }).notNull().default('unchecked'),
    healthMessage: text('health_message'),
    healthCheckedAt: instant('health_checked_at'),
    connectedByUserId: text('connected_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [
    index('connected_accounts_workspace_idx').on(table.workspaceId, table.network),
    // Connecting the same account twice in a workspace renews it rather than doubling it.
    uniqueIndex('connected_accounts_remote_idx').on(table.workspaceId, table.network, table.remoteAccountId),
  ],
);

/**
 * Cadence's app registration on each Mastodon instance (`POST /api/v1/apps`), made once per
 * instance and redirect URI and reused by every workspace. The client secret is sealed.
 */
export const mastodonApps = pgTable(
  'mastodon_apps',
  {
    instanceUrl: text('instance_url').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    clientId: text('client_id').notNull(),
    clientSecretSealed: text('client_secret_sealed').notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [primaryKey({ columns: [table.instanceUrl, table.redirectUri] })],
);
