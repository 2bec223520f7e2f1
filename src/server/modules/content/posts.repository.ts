import { and, asc, eq, gte, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions, type ThreadPart } from './content.table.js';
import { createMediaRepository, type MediaSummary } from './media.repository.js';

export type PostRow = typeof posts.$inferSelect;
export type VersionRow = typeof postVersions.$inferSelect;
export type PostWithVersions = PostRow & { versions: VersionRow[]; media: MediaSummary[] };
/** A version as a post's body gives it; images and thread default to none. */
export type VersionValues = {
  network: NetworkKey;
  text: string | null;
  mediaIds?: string[] | null;
  thread?: ThreadPart[];
  accountIds?: string[] | null;
};

export type PostFilter = {
  from?: Date;
  before?: Date;
  unscheduled?: boolean;
  pillarId?: string;
  authorUserId?: string;
  network?: NetworkKey;
};

export type PostValues = Partial<
  Pick<
    PostRow,
    | 'text'
    | 'link'
    | 'pillarId'
    | 'personaId'
    | 'ideaId'
    | 'status'
    | 'scheduledAt'
    | 'mediaIds'
    | 'approvedAt'
    | 'approvedByUserId'
  >
>;

export function createPostsRepository(db: Queryable) {
  const mediaRepository = createMediaRepository(db);

  async function attachVersions(tx: Queryable, rows: PostRow[]): Promise<PostWithVersions[]> {
    if (rows.length === 0) return [];
    const workspaceId = rows[0]?.workspaceId ?? '';
    const mediaByPost = new Map<string, MediaSummary[]>();
    const summaries = await mediaRepository.listSummaries(
      workspaceId,
      rows.map((row) => row.id),
      tx,
    );
    for (const item of summaries)
      mediaByPost.set(item.postId, [...(mediaByPost.get(item.postId) ?? []), item]);
    const versions = await tx
      .select()
      .from(postVersions)
      .where(
        and(
          eq(postVersions.workspaceId, rows[0]?.workspaceId ?? ''),
          inArray(
            postVersions.postId,
            rows.map((row) => row.id),
          ),
        ),
      )
      .orderBy(asc(postVersions.sortOrder));
    const byPost = new Map<string, VersionRow[]>();
    for (const version of versions)
      byPost.set(version.postId, [...(byPost.get(version.postId) ?? []), version]);
    return rows.map((row) => ({
      ...row,
      versions: byPost.get(row.id) ?? [],
      media: mediaByPost.get(row.id) ?? [],
    }));
  }

  return {
    async list(workspaceId: string, filter: PostFilter, tx: Queryable = db): Promise<PostWithVersions[]> {
      const rows = await tx
        .select()
        .from(posts)
        .where(
          and(
            eq(posts.workspaceId, workspaceId),
            filter.from ? gte(posts.scheduledAt, filter.from) : undefined,
            filter.before ? lt(posts.scheduledAt, filter.before) : undefined,
            filter.unscheduled ? isNull(posts.scheduledAt) : undefined,
            filter.pillarId ? eq(posts.pillarId, filter.pillarId) : undefined,
            filter.authorUserId ? eq(posts.authorUserId, filter.authorUserId) : undefined,
            filter.network
              ? sql`exists (select 1 from ${postVersions} where ${postVersions.postId} = ${posts.id} and ${postVersions.network} = ${filter.network})`
              : undefined,
          ),
        )
        .orderBy(sql`${posts.scheduledAt} asc nulls last`, asc(posts.createdAt))
        .limit(5000);
      return attachVersions(tx, rows);
    },

    async find(workspaceId: string, postId: string, tx: Queryable = db): Promise<PostWithVersions | null> {
      const rows = await tx
        .select()
        .from(posts)
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
      const [found] = await attachVersions(tx, rows);
      return found ?? null;
    },

    async insert(
      tx: Queryable,
      workspaceId: string,
      values: PostValues & { text: string; authorUserId: string },
    ): Promise<PostRow> {
      const [row] = await tx
        .insert(posts)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** An imported row; null when the same row was already imported (its key is taken). */
    async insertImported(
      tx: Queryable,
      workspaceId: string,
      values: PostValues & { text: string; authorUserId: string; importKey: string },
    ): Promise<PostRow | null> {
      const [row] = await tx
        .insert(posts)
        .values({ workspaceId, ...values })
        .onConflictDoNothing({ target: [posts.workspaceId, posts.importKey] })
        .returning();
      return row ?? null;
    },

    async findImportKeys(workspaceId: string, keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .select({ importKey: posts.importKey })
        .from(posts)
        .where(and(eq(posts.workspaceId, workspaceId), inArray(posts.importKey, [...new Set(keys)])));
      return new Set(rows.flatMap((row) => (row.importKey ? [row.importKey] : [])));
    },

    async update(tx: Queryable, workspaceId: string, postId: string, values: PostValues, now: Date) {
      await tx
        .update(posts)
        .set({ ...values, updatedAt: now })
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
    },

    /** Replaces the versions of a post, keeping the publication state of the networks it keeps. */
    async replaceVersions(
      tx: Queryable,
      workspaceId: string,
      postId: string,
      versions: readonly VersionValues[],
      initialStatus: VersionRow['status'],
    ) {
      const networks = versions.map((version) => version.network);
      await tx
        .delete(postVersions)
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(postVersions.postId, postId),
            networks.length > 0 ? notInArray(postVersions.network, networks) : undefined,
          ),
        );
      for (const [index, version] of versions.entries()) {
        const content = {
          text: version.text,
          mediaIds: version.mediaIds ?? null,
          thread: version.thread ?? [],
          accountIds: version.accountIds ? [...new Set(version.accountIds)] : null,
        };
        await tx
          .insert(postVersions)
          .values({
            workspaceId,
            postId,
            network: version.network,
            ...content,
            status: initialStatus,
            sortOrder: index,
          })
          .onConflictDoUpdate({
            target: [postVersions.postId, postVersions.network],
            set: { ...content, sortOrder: index },
          });
      }
    },

    /**
     * Whether a person publishes some scheduled version of the post by hand. Read after the
     * publications are planned: planning is what decides each version's mode.
     */
    async hasScheduledVersionByHand(tx: Queryable, workspaceId: string, postId: string) {
      const [row] = await tx
        .select({ id: postVersions.id })
        .from(postVersions)
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(postVersions.postId, postId),
            eq(postVersions.status, 'scheduled'),
            eq(postVersions.publishMode, 'by_hand'),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    /** Moves every version not yet out of Cadence's hands to `status`. */
    async setPendingVersionsStatus(
      tx: Queryable,
      workspaceId: string,
      postId: string,
      status: 'pending' | 'scheduled',
    ) {
      await tx
        .update(postVersions)
        .set({ status })
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(postVersions.postId, postId),
            inArray(postVersions.status, ['pending', 'scheduled', 'missed']),
          ),
        );
    },

    async markVersionPublished(
      tx: Queryable,
      workspaceId: string,
      postId: string,
      network: NetworkKey,
      published: { url: string; at: Date; userId: string },
    ): Promise<boolean> {
      const rows = await tx
        .update(postVersions)
        .set({
          status: 'published',
          publishedUrl: published.url,
          publishedAt: published.at,
          publishedByUserId: published.userId,
        })
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(postVersions.postId, postId),
            eq(postVersions.network, network),
          ),
        )
        .returning({ id: postVersions.id });
      return rows.length > 0;
    },

    async delete(workspaceId: string, postId: string): Promise<boolean> {
      const rows = await db
        .delete(posts)
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)))
        .returning({ id: posts.id });
      return rows.length > 0;
    },

    /** Instants already holding a scheduled or published version, per network, from `from` on. */
    async listTakenInstants(workspaceId: string, from: Date, excludePostId: string) {
      const rows = await db
        .select({ network: postVersions.network, scheduledAt: posts.scheduledAt })
        .from(postVersions)
        .innerJoin(posts, eq(posts.id, postVersions.postId))
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(posts.workspaceId, workspaceId),
            gte(posts.scheduledAt, from),
            sql`${posts.id} <> ${excludePostId}`,
            inArray(posts.status, ['scheduled', 'published', 'awaiting_approval']),
          ),
        );
      return rows.flatMap((row) =>
        row.scheduledAt
          ? [{ network: row.network as NetworkKey, instant: row.scheduledAt.toISOString() }]
          : [],
      );
    },

    /** Versions a person must publish by hand now: scheduled, by hand, due at or before `now`. */
    /** The versions due by hand by `now`: the workspace's, or one post's (its reminder job). */
    async listDueByHand(workspaceId: string, now: Date, postId?: string) {
      return db
        .select({
          postId: posts.id,
          network: postVersions.network,
          versionText: postVersions.text,
          text: posts.text,
          link: posts.link,
          scheduledAt: posts.scheduledAt,
        })
        .from(postVersions)
        .innerJoin(posts, eq(posts.id, postVersions.postId))
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(posts.workspaceId, workspaceId),
            eq(postVersions.status, 'scheduled'),
            eq(postVersions.publishMode, 'by_hand'),
            sql`${posts.scheduledAt} <= ${now.toISOString()}`,
            postId === undefined ? undefined : eq(posts.id, postId),
          ),
        )
        .orderBy(asc(posts.scheduledAt));
    },
  };
}

export type PostsRepository = ReturnType<typeof createPostsRepository>;
