import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { calendarFeeds } from './routine.table.js';

const ownedBy = (userId: string | null) =>
  userId === null ? isNull(calendarFeeds.userId) : eq(calendarFeeds.userId, userId);

export function createCalendarFeedsRepository(db: Queryable) {
  return {
    /** Revokes the owner's live feed, if any, and records the new token's hash, atomically. */
    async replace(
      tx: Queryable,
      feed: { id: string; workspaceId: string; userId: string | null; tokenHash: string; now: Date },
    ): Promise<{ createdAt: string }> {
      await tx
        .update(calendarFeeds)
        .set({ revokedAt: feed.now })
        .where(
          and(
            eq(calendarFeeds.workspaceId, feed.workspaceId),
            ownedBy(feed.userId),
            isNull(calendarFeeds.revokedAt),
          ),
        );
      const [row] = await tx
        .insert(calendarFeeds)
        .values({
          id: feed.id,
          workspaceId: feed.workspaceId,
          userId: feed.userId,
          tokenHash: feed.tokenHash,
          createdAt: feed.now,
        })
        .returning({ createdAt: calendarFeeds.createdAt });
      if (!row) throw new Error('insert returned no row');
      return { createdAt: row.createdAt.toISOString() };
    },

    async revoke(workspaceId: string, userId: string | null, now: Date): Promise<boolean> {
      const rows = await db
        .update(calendarFeeds)
        .set({ revokedAt: now })
        .where(
          and(eq(calendarFeeds.workspaceId, workspaceId), ownedBy(userId), isNull(calendarFeeds.revokedAt)),
        )
        .returning({ id: calendarFeeds.id });
      return rows.length > 0;
    },

    async findLive(
      workspaceId: string,
      userId: string | null,
    ): Promise<{ id: string; tokenHash: string; createdAt: string } | null> {
      const [row] = await db
        .select({
          id: calendarFeeds.id,
          tokenHash: calendarFeeds.tokenHash,
          createdAt: calendarFeeds.createdAt,
        })
        .from(calendarFeeds)
        .where(
          and(eq(calendarFeeds.workspaceId, workspaceId), ownedBy(userId), isNull(calendarFeeds.revokedAt)),
        )
        .orderBy(desc(calendarFeeds.createdAt))
        .limit(1);
      return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
    },

    /** The live feed behind a token, with what its calendar needs to know about the workspace. */
    async findLiveByTokenHash(tokenHash: string) {
      const [row] = await db
        .select({
          workspaceId: calendarFeeds.workspaceId,
          userId: calendarFeeds.userId,
          workspaceName: workspaces.name,
          timeZone: workspaces.timeZone,
          locale: workspaces.locale,
        })
        .from(calendarFeeds)
        .innerJoin(workspaces, eq(workspaces.id, calendarFeeds.workspaceId))
        .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
      return row ?? null;
    },
  };
}

export type CalendarFeedsRepository = ReturnType<typeof createCalendarFeedsRepository>;
