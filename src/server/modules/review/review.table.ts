import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

/**
 * The conclusions written at the Friday review, one text per workspace and local week (the
 * Monday), shared by the people who run the workspace and printed in the review's PDF.
 */
export const weeklyReviewNotes = pgTable(
  'weekly_review_notes',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    updatedByUserId: text('updated_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.weekStart] })],
);
