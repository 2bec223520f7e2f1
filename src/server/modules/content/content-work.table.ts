import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
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

export const postEffortSources = ['batch_session', 'post_timer'] as const;

/**
 * The work a post took, one row per session it was written or timed in: results compare these
 * minutes with what the post earned. `posts.effort_minutes` is their sum.
 */
export const postEfforts = pgTable(
  'post_efforts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => contentSessions.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    /** Where the minutes came from: a share of a batch session, or a timer on this post. */
    source: text('source', { enum: postEffortSources }).notNull(),
    /** 0 while the session runs. */
    minutes: integer('minutes').notNull().default(0),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('post_efforts_session_post_idx').on(table.sessionId, table.postId),
    index('post_efforts_post_idx').on(table.workspaceId, table.postId),
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
