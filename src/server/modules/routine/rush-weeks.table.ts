import { date, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

/**
 * The weeks a workspace runs in rush mode, keyed by their local Monday. Only the switch is stored:
 * the shrunk plan is worked out from the routine each time (src/core/routine/rush-week.ts), so
 * deleting the row gives back the exact plan that was there before.
 */
export const rushWeeks = pgTable(
  'rush_weeks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    turnedOnBy: text('turned_on_by').references(() => user.id, { onDelete: 'set null' }),
    turnedOnAt: timestamp('turned_on_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [uniqueIndex('rush_weeks_workspace_week_idx').on(table.workspaceId, table.weekStart)],
);
