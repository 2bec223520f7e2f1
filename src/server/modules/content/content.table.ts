import { sql } from 'drizzle-orm';
import {
  check,
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
import { editorialPillars, personas } from '../strategy/strategy.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** One part of a thread after the first: its own text and images. */
export type ThreadPart = { text: string; mediaIds: string[] };

export const ideaStatuses = ['new', 'planned', 'used', 'archived'] as const;

/** The idea notebook: caught in seconds, used in the batch session. */
export const ideas = pgTable(
  'ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    text: text('text').notNull(),
    link: text('link'),
    pillarId: uuid('pillar_id').references(() => editorialPillars.id, { onDelete: 'set null' }),
    network: text('network'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    status: text('status', { enum: ideaStatuses }).notNull().default('new'),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [index('ideas_workspace_id_idx').on(table.workspaceId, table.createdAt)],
);

/**
 * The editorial states a person moves a post through. What happens per network once it is due
 * lives on its versions (`post_versions.status`).
 */
export const postStatuses = ['draft', 'ready', 'awaiting_approval', 'scheduled', 'published'] as const;

/**
 * A post: the main text and its editorial frame. `scheduled_at` is the instant (UTC) every
 * version is due; the web shows and edits it in the workspace's zone.
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    text: text('text').notNull(),
    link: text('link'),
    pillarId: uuid('pillar_id').references(() => editorialPillars.id, { onDelete: 'set null' }),
    personaId: uuid('persona_id').references(() => personas.id, { onDelete: 'set null' }),
    ideaId: uuid('idea_id').references(() => ideas.id, { onDelete: 'set null' }),
    status: text('status', { enum: postStatuses }).notNull().default('draft'),
    scheduledAt: instant('scheduled_at'),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    /**
     * Minutes of work the post took: the sum of its `post_efforts` (its share of batch sessions
     * and the timers started on it). Kept here so results read it without a join.
     */
    effortMinutes: integer('effort_minutes').notNull().default(0),
    /** Set when the client approved it (workspaces whose posts need approval); an edit clears it. */
    approvedAt: instant('approved_at'),
    approvedByUserId: text('approved_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** A row of an imported CSV (hash of its cells): the same file imported twice adds nothing. */
    importKey: text('import_key'),
    /** The post's images (ids of `media`), in order: used by every version that names none. */
    mediaIds: jsonb('media_ids').$type<string[]>().notNull().default([]),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [
    index('posts_workspace_scheduled_idx').on(table.workspaceId, table.scheduledAt),
    uniqueIndex('posts_import_key_idx').on(table.workspaceId, table.importKey),
    check(
      'posts_scheduled_has_instant',
      sql`${table.status} not in ('scheduled') or ${table.scheduledAt} is not null`,
    ),
  ],
);

/**
 * A post target's states (shared architecture, publishing model): `pending` follows the post's
 * editorial state; `scheduled -> publishing -> published | failed | unknown | missed` once due.
 * "To publish by hand" is not stored: it is a `scheduled` version whose `publish_mode` is
 * `by_hand` and whose time has come (derived from the clock, see find-due-by-hand.ts).
 */
export const versionStatuses = [
  'pending',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'unknown',
  'missed',
] as const;

/**
 * One version of a post per network. `text` null = the post's main text. Publishing (a later
 * module) adds one attempt row per version with its idempotency key, referencing `post_versions.id`.
 */
export const postVersions = pgTable(
  'post_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    text: text('text'),
    /** No connector publishes to this network yet: a person does, reminded at the time. */
    publishMode: text('publish_mode', { enum: ['by_hand', 'connector'] })
      .notNull()
      .default('by_hand'),
    status: text('status', { enum: versionStatuses }).notNull().default('pending'),
    publishedAt: instant('published_at'),
    publishedUrl: text('published_url'),
    publishedByUserId: text('published_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
    /** The first part's images on this network; null = the post's own images. */
    mediaIds: jsonb('media_ids').$type<string[] | null>(),
    /** The connected accounts it goes to; null: every account of its network (the default). */
    accountIds: jsonb('account_ids').$type<string[] | null>(),
    /** A thread: the parts after the first, in order (Mastodon, Bluesky and X only). */
    thread: jsonb('thread').$type<ThreadPart[]>().notNull().default([]),
  },
  (table) => [
    uniqueIndex('post_versions_post_network_idx').on(table.postId, table.network),
    index('post_versions_workspace_idx').on(table.workspaceId, table.status),
  ],
);

/** Weekly posting times per network, wall-clock in the workspace's zone. */
export const postingSlots = pgTable(
  'posting_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    network: text('network').notNull(),
    weekday: integer('weekday').notNull(),
    time: text('time').notNull(),
  },
  (table) => [
    uniqueIndex('posting_slots_unique_idx').on(table.workspaceId, table.network, table.weekday, table.time),
    check('posting_slots_weekday', sql`${table.weekday} between 1 and 7`),
  ],
);
