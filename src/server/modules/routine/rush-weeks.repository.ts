import { and, asc, between, eq, gte } from 'drizzle-orm';
import type { RushWeekView } from '../../../contracts/rush-weeks.js';
import type { Queryable } from '../../platform/db.js';
import { rushWeeks } from './rush-weeks.table.js';

const toView = (row: typeof rushWeeks.$inferSelect): RushWeekView => ({
  weekStart: row.weekStart,
  turnedOnBy: row.turnedOnBy,
  turnedOnAt: row.turnedOnAt.toISOString(),
});

export function createRushWeeksRepository(db: Queryable) {
  return {
    /** Local Mondays of the rush weeks starting within `[fromDate, toDate]`. */
    async listWeekStarts(workspaceId: string, fromDate: string, toDate: string): Promise<string[]> {
      const rows = await db
        .select({ weekStart: rushWeeks.weekStart })
        .from(rushWeeks)
        .where(and(eq(rushWeeks.workspaceId, workspaceId), between(rushWeeks.weekStart, fromDate, toDate)));
      return rows.map((row) => row.weekStart);
    },

    async listFrom(workspaceId: string, fromDate: string): Promise<RushWeekView[]> {
      const rows = await db
        .select()
        .from(rushWeeks)
        .where(and(eq(rushWeeks.workspaceId, workspaceId), gte(rushWeeks.weekStart, fromDate)))
        .orderBy(asc(rushWeeks.weekStart));
      return rows.map(toView);
    },

    /** Turns the week on; a week already on keeps who turned it on and when. */
    async turnOn(workspaceId: string, weekStart: string, userId: string, now: Date): Promise<RushWeekView> {
      await db
        .insert(rushWeeks)
        .values({ workspaceId, weekStart, turnedOnBy: userId, turnedOnAt: now })
        .onConflictDoNothing({ target: [rushWeeks.workspaceId, rushWeeks.weekStart] });
      const [row] = await db
        .select()
        .from(rushWeeks)
        .where(and(eq(rushWeeks.workspaceId, workspaceId), eq(rushWeeks.weekStart, weekStart)));
      if (!row) throw new Error('rush week vanished after insert');
      return toView(row);
    },

    async turnOff(workspaceId: string, weekStart: string): Promise<void> {
      await db
        .delete(rushWeeks)
        .where(and(eq(rushWeeks.workspaceId, workspaceId), eq(rushWeeks.weekStart, weekStart)));
    },
  };
}

export type RushWeeksRepository = ReturnType<typeof createRushWeeksRepository>;
