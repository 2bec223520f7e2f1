import { doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/workspaces.table.js';

/** Networks a workspace invests in: chosen at onboarding, given targets in the strategy. */
export const workspaceNetworks = pgTable(
  'workspace_networks',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    /** Posting-frequency target; fractional so "every other week" is 0.5. */
    targetPostsPerWeek: doublePrecision('target_posts_per_week'),
    /** 1 is the most important network. */
    priority: integer('priority').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.network] })],
);
