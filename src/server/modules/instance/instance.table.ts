import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';

/**
 * Who administers this Cadence instance (its jobs, its administrators). The first account ever
 * created is one, marked `is_founder`: the partial unique index lets only one sign-up win that
 * race, however many arrive at once.
 */
export const instanceAdministrators = pgTable(
  'instance_administrators',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    isFounder: boolean('is_founder').notNull().default(false),
    grantedBy: text('granted_by').references(() => user.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [uniqueIndex('instance_administrators_one_founder').on(table.isFounder).where(sql`is_founder`)],
);
