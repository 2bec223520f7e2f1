import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { timeEntries } from '../tracking/tracking.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { posts } from './content.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/**
 * A stretch of content work timed by the person's timer: a batch session (posts written one
 * after another) or a timer on one post (`post_id`). When it ends, the minutes of its time entry
 * are shared out over its posts (`post_efforts`).
 */
export const contentSessions = pgTable(
  'content_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** Set for a timer on one post; null for a batch session. */
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    /** The time entry its timer wrote (no foreign key: an entry may be deleted, the effort stays). */
    timeEntryId: uuid('time_entry_id'),
    startedAt: instant('started_at').notNull(),
    endedAt: instant('ended_at'),
    /** Minutes shared out when it ended. */
    minutes: integer('minutes'),
  },
  (table) => [
    index('content_sessions_user_idx').on(table.workspaceId, table.userId, table.startedAt),
    // One open session per person and workspace: starting another ends it first.
    uniqueIndex('content_sessions_open_idx')
      .on(table.workspaceId, table.userId)
      .where(sql`${table.endedAt} is null`),
  ],
);

export const postEffortSources = ['batch_session', 'post_timer', 'linked_entry'] as const;

/**
 * The work a post took, one row per session it was written or timed in, or per time entry linked
 * to it by hand: results compare these minutes with what the post earned.
 * Kept by the DATABASE (migration 0023, hand-written triggers), whoever writes:
 * - `posts.effort_minutes` is the exact sum of the post's rows;
 * - a linked entry's rows follow it: deleted with it (foreign key), and refitted when its minutes
 *   change (see ARCHITECTURE.md, Content: links that took the whole entry keep taking it, links
 *   that no longer fit are scaled down to fit, in proportion; a link scaled to 0 is removed).
 */
export const postEfforts = pgTable(
  'post_efforts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** The session it was written or timed in; null for a linked entry. */
    sessionId: uuid('session_id').references(() => contentSessions.id, { onDelete: 'cascade' }),
    /** The time entry linked by hand; null for a session's share. */
    timeEntryId: uuid('time_entry_id').references(() => timeEntries.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    /** Where the minutes came from: a batch session's share, a timer on this post, a linked entry. */
    source: text('source', { enum: postEffortSources }).notNull(),
    /** 0 while the session runs. */
    minutes: integer('minutes').notNull().default(0),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('post_efforts_session_post_idx').on(table.sessionId, table.postId),
    // One link per entry and post: linking again answers 409.
    uniqueIndex('post_efforts_entry_post_idx').on(table.timeEntryId, table.postId),
    index('post_efforts_post_idx').on(table.workspaceId, table.postId),
    // A session's share names its session, a linked entry its entry, never both.
    check(
      'post_efforts_source_check',
      sql`(${table.source} = 'linked_entry') = (${table.timeEntryId} is not null) and (${table.source} = 'linked_entry') = (${table.sessionId} is null)`,
    ),
    check('post_efforts_minutes_check', sql`${table.minutes} >= 0`),
  ],
);

export const postEventKinds = [
  'created',
  'edited',
  'sent_for_approval',
  'approved',
  'changes_requested',
  'commented',
  'scheduled',
  'unscheduled',
  'published',
] as const;

/**
 * Who did what to a post, and when: its history and, through `comment`, its comment thread
 * (a comment, or the changes a client asked for).
 */
export const postEvents = pgTable(
  'post_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: postEventKinds }).notNull(),
    comment: text('comment'),
    createdAt: instant('created_at').defaultNow().notNull(),
    /** Insertion order: events of one transaction share their instant. */
    sequence: integer('sequence').generatedAlwaysAsIdentity(),
  },
  (table) => [index('post_events_post_idx').on(table.workspaceId, table.postId, table.createdAt)],
);
