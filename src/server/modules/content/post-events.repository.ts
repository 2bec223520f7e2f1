import { and, asc, eq } from 'drizzle-orm';
import type { PostEvent, PostEventKind } from '../../../contracts/content-work.js';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { postEvents } from './content-work.table.js';

export type NewPostEvent = {
  workspaceId: string;
  postId: string;
  /** Null for what Cadence did itself (a job, an import). */
  userId: string | null;
  kind: PostEventKind;
  comment?: string | null;
  at: Date;
};

/** A post's history and comment thread: who did what, when. */
export function createPostEventsRepository(db: Queryable) {
  return {
    async record(tx: Queryable, event: NewPostEvent) {
      await tx.insert(postEvents).values({
        workspaceId: event.workspaceId,
        postId: event.postId,
        userId: event.userId,
        kind: event.kind,
        comment: event.comment ?? null,
        createdAt: event.at,
      });
    },

    async list(workspaceId: string, postId: string): Promise<PostEvent[]> {
      const rows = await db
        .select({
          id: postEvents.id,
          kind: postEvents.kind,
          userId: postEvents.userId,
          userName: user.name,
          comment: postEvents.comment,
          createdAt: postEvents.createdAt,
        })
        .from(postEvents)
        .leftJoin(user, eq(user.id, postEvents.userId))
        .where(and(eq(postEvents.workspaceId, workspaceId), eq(postEvents.postId, postId)))
        .orderBy(asc(postEvents.createdAt), asc(postEvents.sequence))
        .limit(1000);
      return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
    },
  };
}

export type PostEventsRepository = ReturnType<typeof createPostEventsRepository>;
