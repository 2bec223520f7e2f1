import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from './content.table.js';
import { media } from './media.table.js';

export type MediaRow = typeof media.$inferSelect;
/** A media row without its bytes: what lists and views need. */
export type MediaSummary = Omit<MediaRow, 'bytes'>;
export type NewMedia = Omit<typeof media.$inferInsert, 'id' | 'createdAt'>;

const { bytes: _bytes, ...summaryColumns } = getTableColumns(media);

export function createMediaRepository(db: Queryable) {
  return {
    /** Stores an image; the same bytes already on the post are not stored twice. */
    async insert(values: NewMedia): Promise<MediaSummary> {
      const [inserted] = await db
        .insert(media)
        .values(values)
        .onConflictDoNothing({ target: [media.workspaceId, media.postId, media.contentHash] })
        .returning(summaryColumns);
      if (inserted) return inserted;
      const [existing] = await db
        .select(summaryColumns)
        .from(media)
        .where(
          and(
            eq(media.workspaceId, values.workspaceId),
            eq(media.postId, values.postId),
            eq(media.contentHash, values.contentHash),
          ),
        );
      if (!existing) throw new Error('media neither inserted nor found');
      return existing;
    },

    async listSummaries(workspaceId: string, postIds: readonly string[], tx: Queryable = db) {
      if (postIds.length === 0) return [];
      return tx
        .select(summaryColumns)
        .from(media)
        .where(and(eq(media.workspaceId, workspaceId), inArray(media.postId, [...postIds])))
        .orderBy(asc(media.createdAt), asc(media.id));
    },

    async find(workspaceId: string, mediaId: string): Promise<MediaRow | null> {
      const [row] = await db
        .select()
        .from(media)
        .where(and(eq(media.workspaceId, workspaceId), eq(media.id, mediaId)));
      return row ?? null;
    },

    async findMany(workspaceId: string, mediaIds: readonly string[], tx: Queryable = db) {
      if (mediaIds.length === 0) return [];
      return tx
        .select()
        .from(media)
        .where(and(eq(media.workspaceId, workspaceId), inArray(media.id, [...new Set(mediaIds)])));
    },

    async setAltText(workspaceId: string, mediaId: string, altText: string): Promise<MediaSummary | null> {
      const [row] = await db
        .update(media)
        .set({ altText })
        .where(and(eq(media.workspaceId, workspaceId), eq(media.id, mediaId)))
        .returning(summaryColumns);
      return row ?? null;
    },

    async delete(tx: Queryable, workspaceId: string, mediaId: string): Promise<{ postId: string } | null> {
      const [row] = await tx
        .delete(media)
        .where(and(eq(media.workspaceId, workspaceId), eq(media.id, mediaId)))
        .returning({ postId: media.postId });
      return row ?? null;
    },

    /** Takes an image out of every part of its post that showed it. */
    async forgetInPost(tx: Queryable, workspaceId: string, postId: string, mediaId: string) {
      // jsonb `-` removes a string element from an array.
      await tx
        .update(posts)
        .set({ mediaIds: sql`${posts.mediaIds} - ${mediaId}::text` })
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
      const versions = await tx
        .select({ id: postVersions.id, mediaIds: postVersions.mediaIds, thread: postVersions.thread })
        .from(postVersions)
        .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.postId, postId)));
      for (const version of versions)
        await tx
          .update(postVersions)
          .set({
            mediaIds: version.mediaIds?.filter((id) => id !== mediaId) ?? null,
            thread: version.thread.map((part) => ({
              ...part,
              mediaIds: part.mediaIds.filter((id) => id !== mediaId),
            })),
          })
          .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.id, version.id)));
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
