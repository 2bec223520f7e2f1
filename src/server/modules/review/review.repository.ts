import { and, eq } from 'drizzle-orm';
import type { ReviewNotes } from '../../../contracts/review.js';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { weeklyReviewNotes } from './review.table.js';

export function createReviewRepository(db: Queryable) {
  return {
    /** The workspace as a review or a report names it, or null when it does not exist. */
    async findWorkspace(workspaceId: string) {
      const [row] = await db
        .select({ name: workspaces.name, timeZone: workspaces.timeZone, currency: workspaces.currency })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      return row ?? null;
    },

    async findNotes(workspaceId: string, weekStart: string): Promise<ReviewNotes | null> {
      const [row] = await db
        .select({ text: weeklyReviewNotes.text, updatedAt: weeklyReviewNotes.updatedAt, name: user.name })
        .from(weeklyReviewNotes)
        .leftJoin(user, eq(user.id, weeklyReviewNotes.updatedByUserId))
        .where(
          and(eq(weeklyReviewNotes.workspaceId, workspaceId), eq(weeklyReviewNotes.weekStart, weekStart)),
        );
      return row ? { text: row.text, updatedAt: row.updatedAt.toISOString(), updatedByName: row.name } : null;
    },

    /** Writes the week's notes (the last writer wins); an empty text deletes them. */
    async saveNotes(workspaceId: string, weekStart: string, text: string, userId: string, now: Date) {
      if (text.trim() === '') {
        await db
          .delete(weeklyReviewNotes)
          .where(
            and(eq(weeklyReviewNotes.workspaceId, workspaceId), eq(weeklyReviewNotes.weekStart, weekStart)),
          );
        return;
      }
      await db
        .insert(weeklyReviewNotes)
        .values({ workspaceId, weekStart, text, updatedByUserId: userId, updatedAt: now })
        .onConflictDoUpdate({
          target: [weeklyReviewNotes.workspaceId, weeklyReviewNotes.weekStart],
          set: { text, updatedByUserId: userId, updatedAt: now },
        });
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
