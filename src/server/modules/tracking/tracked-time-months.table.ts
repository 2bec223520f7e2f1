/**
 * The rollup of tracked time that the ROI views read instead of every entry: seconds and entry
 * count per workspace, member, task category, network and LOCAL month (in the workspace's zone) of
 * the entry's start. An entry crossing a month's end counts in the month it started, as the
 * reports always did; a running timer (no end yet) is not counted.
 *
 * Kept by the database itself, never by application code (migration 0020): statement-level
 * triggers on `time_entries` add what each insert, update and delete changes, and a trigger on
 * `workspaces.time_zone` rebuilds that workspace's rows. Every writer (timer, manual entries,
 * tracker imports and their undo, seeding, workspace import, restore) is therefore covered
 * without knowing the table exists. Invariant: each row equals the aggregate of its entries; a
 * key with no entry left has no row.
 */
import { date, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/workspaces.table.js';

export const trackedTimeMonths = pgTable(
  'tracked_time_months',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** First day of the local month. */
    month: date('month').notNull(),
    // No foreign keys below: the rows follow the entries, which the triggers already track.
    userId: text('user_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    networkKey: text('network_key'),
    /** Exact (numeric): sums of whole seconds never drift, whatever the order of the writes. */
    seconds: numeric('seconds').notNull(),
    entries: integer('entries').notNull(),
  },
  (table) => [
    // The key, and the index of every read (a workspace's months, or many workspaces' months).
    unique('tracked_time_months_key')
      .on(table.workspaceId, table.month, table.userId, table.categoryId, table.networkKey)
      .nullsNotDistinct(),
  ],
);
