import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { posts } from './content.table.js';

/** Raw bytes (PostgreSQL `bytea`), read and written as a Node Buffer by both drivers. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * An image of a post, kept in the database so that every Cadence process (web, worker) reads the
 * same bytes. Stored already cleaned: turned upright, metadata (EXIF, GPS) removed, long edge
 * capped; each network's copy is made from these bytes when it is needed. Which part of which
 * version shows it is said by the post (`posts.media_ids`, `post_versions.media_ids`, `thread`).
 */
export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    mimeType: text('mime_type', { enum: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] }).notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    isAnimated: boolean('is_animated').notNull().default(false),
    hasAlpha: boolean('has_alpha').notNull().default(false),
    /** SHA-256 of the stored bytes (hex): the same image uploaded twice to a post is kept once. */
    contentHash: text('content_hash').notNull(),
    /** As the person named the file, for the download; never used as a path. */
    fileName: text('file_name').notNull(),
    altText: text('alt_text').notNull().default(''),
    bytes: bytea('bytes').notNull(),
    uploadedByUserId: text('uploaded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('media_post_hash_idx').on(table.workspaceId, table.postId, table.contentHash),
    check('media_byte_size', sql`${table.byteSize} > 0`),
  ],
);
