import {
  date,
  index,
  integer,
  jsonb,
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
const localDate = (name: string) => date(name, { mode: 'string' });
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/**
 * Recurring weekly time blocks: wall-clock start + IANA zone, never instants, so 09:00 stays 09:00
 * across DST. `time_zone` is copied from the workspace when the block is created: a later change of
 * the workspace's zone moves blocks only when someone adopts it explicitly.
 */
export const routineBlocks = pgTable(
  'routine_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** Whose block; null = the workspace's (shown in every member's calendar). */
    memberUserId: text('member_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** ISO weekdays (1 = Monday), sorted, distinct. */
    weekdays: jsonb('weekdays').$type<number[]>().notNull(),
    /** `HH:MM` on the local wall clock. */
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => taskCategories.id, { onDelete: 'cascade' }),
    networkKey: text('network_key'),
    note: text('note'),
    /** What to do in this block ("Réponses aux commentaires"); null = the template's, else the category's. */
    title: text('title'),
    /** How to do it, in a few lines. */
    description: text('description'),
    intervalWeeks: integer('interval_weeks').notNull().default(1),
    startsOn: localDate('starts_on').notNull(),
    endsOn: localDate('ends_on'),
    templateKey: text('template_key'),
    timeZone: text('time_zone').notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [index('routine_blocks_workspace_id_idx').on(table.workspaceId)],
);

/** One occurrence moved or cancelled without touching the series, keyed by its original date. */
export const routineExceptions = pgTable(
  'routine_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => routineBlocks.id, { onDelete: 'cascade' }),
    originalDate: localDate('original_date').notNull(),
    kind: text('kind', { enum: ['cancelled', 'moved'] }).notNull(),
    newDate: localDate('new_date'),
    newStartTime: text('new_start_time'),
    newDurationMinutes: integer('new_duration_minutes'),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('routine_exceptions_block_date_idx').on(table.blockId, table.originalDate),
    index('routine_exceptions_workspace_id_idx').on(table.workspaceId),
  ],
);

/** What someone recorded about one occurrence (started, done, skipped); missed is computed, never stored. */
export const routineOccurrenceMarks = pgTable(
  'routine_occurrence_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => routineBlocks.id, { onDelete: 'cascade' }),
    /** The occurrence's original date (the series' key), also after a move. */
    occurrenceDate: localDate('occurrence_date').notNull(),
    status: text('status', { enum: ['started', 'done', 'skipped'] }).notNull(),
    markedBy: text('marked_by').references(() => user.id, { onDelete: 'set null' }),
    markedAt: instant('marked_at').notNull(),
  },
  (table) => [
    uniqueIndex('routine_occurrence_marks_block_date_idx').on(table.blockId, table.occurrenceDate),
    index('routine_occurrence_marks_workspace_date_idx').on(table.workspaceId, table.occurrenceDate),
  ],
);

/** Secret ICS feed URLs; only the token's SHA-256 is kept, so a leaked database leaks no feed. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** The member whose calendar this is; null = the whole workspace's routine. */
    userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
    revokedAt: instant('revoked_at'),
  },
  (table) => [
    uniqueIndex('calendar_feeds_token_hash_idx').on(table.tokenHash),
    index('calendar_feeds_workspace_id_idx').on(table.workspaceId),
  ],
);
