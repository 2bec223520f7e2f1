import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { taskCategories } from '../budget/budget.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * No entry lasts longer than this (checked by the table). It bounds how far before a period an
 * overlapping entry can start, so reports use the (workspace_id, started_at) index on both ends.
 * Manual entries are capped far lower (24 h); this catches timers left running for weeks and
 * absurd imported rows.
 */
export const maxEntryDays = 31;

/** One file imported from another tracker: listed so it can be undone as a whole. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Who imported it; the entries belong to `time_entries.user_id`. */
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    format: text('format', { enum: ['toggl', 'clockify', 'cadence'] }).notNull(),
    fileName: text('file_name').notNull(),
    totalRows: integer('total_rows').notNull(),
    importedRows: integer('imported_rows').notNull(),
    duplicateRows: integer('duplicate_rows').notNull(),
    skippedRows: integer('skipped_rows').notNull(),
    errorRows: integer('error_rows').notNull(),
    status: text('status', { enum: ['completed', 'undone'] })
      .notNull()
      .default('completed'),
    undoneAt: instant('undone_at'),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [index('import_batches_workspace_id_idx').on(table.workspaceId, table.createdAt)],
);

/**
 * Tracked time. Instants are whole UTC seconds; `ended_at` is null while the timer runs.
 * Invariants held by the database itself:
 * - ONE running timer per person, across all their workspaces (a person does one task at a time:
 *   starting a timer for client B stops the one running for client A);
 * - a row of a given tracker export is imported once per workspace (`source_hash`);
 * - an entry ends after it starts, at most `maxEntryDays` later.
 */
export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** The member whose time it is. Not tied to the membership: history outlives a departure. */
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => taskCategories.id),
    networkKey: text('network_key'),
    note: text('note').notNull().default(''),
    startedAt: instant('started_at').notNull(),
    endedAt: instant('ended_at'),
    origin: text('origin', { enum: ['timer', 'manual', 'grid', 'import'] }).notNull(),
    // A routine occurrence, without a foreign key: routine blocks may be deleted while the time
    // spent on them stays true.
    routineBlockId: uuid('routine_block_id'),
    occurrenceDate: date('occurrence_date'),
    importBatchId: uuid('import_batch_id').references(() => importBatches.id, { onDelete: 'cascade' }),
    /** The tracker row's content hash (see src/core/imports); null for entries made in Cadence. */
    sourceHash: text('source_hash'),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [
    index('time_entries_workspace_started_idx').on(table.workspaceId, table.startedAt),
    index('time_entries_import_batch_idx').on(table.importBatchId),
    uniqueIndex('time_entries_running_idx').on(table.userId).where(sql`${table.endedAt} is null`),
    // Not partial: `on conflict (workspace_id, source_hash)` needs a plain unique index, and
    // nulls are distinct, so entries made in Cadence never collide.
    uniqueIndex('time_entries_source_hash_idx').on(table.workspaceId, table.sourceHash),
    check(
      'time_entries_interval_check',
      sql`${table.endedAt} is null or (${table.endedAt} > ${table.startedAt} and ${table.endedAt} <= ${table.startedAt} + ${sql.raw(`interval '${maxEntryDays} days'`)})`,
    ),
  ],
);

/** Per-workspace tracking settings; a missing row means the defaults. */
export const trackingSettings = pgTable('tracking_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** A timer running this long is flagged as probably forgotten. */
  forgottenTimerMinutes: integer('forgotten_timer_minutes').notNull().default(240),
});
