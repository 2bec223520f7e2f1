import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from './content.table.js';
import { contentSessions, postEfforts } from './content-work.table.js';

export type ContentSessionRow = typeof contentSessions.$inferSelect;

/** Work sessions on content and the share of their minutes each post received. */
export function createContentSessionsRepository(db: Queryable) {
  return {
    async findOpen(workspaceId: string, userId: string): Promise<ContentSessionRow | null> {
      const [row] = await db
        .select()
        .from(contentSessions)
        .where(
          and(
            eq(contentSessions.workspaceId, workspaceId),
            eq(contentSessions.userId, userId),
            isNull(contentSessions.endedAt),
          ),
        );
      return row ?? null;
    },

    /** A person's own session: another person's answers null, like one that does not exist. */
    async findOwn(workspaceId: string, userId: string, sessionId: string): Promise<ContentSessionRow | null> {
      const [row] = await db
        .select()
        .from(contentSessions)
        .where(
          and(
            eq(contentSessions.workspaceId, workspaceId),
            eq(contentSessions.userId, userId),
            eq(contentSessions.id, sessionId),
          ),
        );
      return row ?? null;
    },

    async insert(
      tx: Queryable,
      values: Pick<ContentSessionRow, 'workspaceId' | 'userId' | 'postId' | 'timeEntryId' | 'startedAt'>,
    ): Promise<ContentSessionRow> {
      const [row] = await tx.insert(contentSessions).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Counts a post among the session's (once, however often it is touched). */
    async enrolPost(
      tx: Queryable,
      values: {
        workspaceId: string;
        sessionId: string;
        postId: string;
        userId: string;
        source: 'batch_session' | 'post_timer';
      },
    ) {
      await tx
        .insert(postEfforts)
        .values(values)
        .onConflictDoNothing({ target: [postEfforts.sessionId, postEfforts.postId] });
    },

    /** The session's posts in the order they were written, with their share and networks. */
    async listPosts(workspaceId: string, sessionId: string) {
      const rows = await db
        .select({
          postId: posts.id,
          text: posts.text,
          status: posts.status,
          scheduledAt: posts.scheduledAt,
          minutes: postEfforts.minutes,
        })
        .from(postEfforts)
        .innerJoin(posts, eq(posts.id, postEfforts.postId))
        .where(
          and(
            eq(postEfforts.workspaceId, workspaceId),
            eq(posts.workspaceId, workspaceId),
            eq(postEfforts.sessionId, sessionId),
          ),
        )
        .orderBy(asc(postEfforts.createdAt), asc(postEfforts.id));
      const networks =
        rows.length === 0
          ? []
          : await db
              .select({ postId: postVersions.postId, network: postVersions.network })
              .from(postVersions)
              .where(
                and(
                  eq(postVersions.workspaceId, workspaceId),
                  inArray(
                    postVersions.postId,
                    rows.map((row) => row.postId),
                  ),
                ),
              )
              .orderBy(asc(postVersions.sortOrder));
      return rows.map((row) => ({
        ...row,
        networks: networks.filter((item) => item.postId === row.postId).map((item) => item.network),
      }));
    },

    /**
     * Ends the session and gives each post its share (the database adds it to the post's
     * `effort_minutes`, migration 0023). The
     * `ended_at is null` guard makes a second stop (two tabs) share nothing twice.
     */
    async end(
      tx: Queryable,
      input: {
        workspaceId: string;
        sessionId: string;
        endedAt: Date;
        minutes: number;
        shares: readonly { postId: string; minutes: number }[];
      },
    ): Promise<boolean> {
      const ended = await tx
        .update(contentSessions)
        .set({ endedAt: input.endedAt, minutes: input.minutes })
        .where(
          and(
            eq(contentSessions.workspaceId, input.workspaceId),
            eq(contentSessions.id, input.sessionId),
            isNull(contentSessions.endedAt),
          ),
        )
        .returning({ id: contentSessions.id });
      if (ended.length === 0) return false;
      for (const share of input.shares) {
        await tx
          .update(postEfforts)
          .set({ minutes: share.minutes })
          .where(
            and(
              eq(postEfforts.workspaceId, input.workspaceId),
              eq(postEfforts.sessionId, input.sessionId),
              eq(postEfforts.postId, share.postId),
            ),
          );
      }
      return true;
    },
  };
}

export type ContentSessionsRepository = ReturnType<typeof createContentSessionsRepository>;
