import { and, between, eq, inArray, or, sql } from 'drizzle-orm';
import type { RoutineExceptionView } from '../../../contracts/routine.js';
import type { OccurrenceMark } from '../../../core/routine/index.js';
import { addDaysToDate } from '../../../core/time/index.js';
import { builtOnce, type Queryable } from '../../platform/db.js';
import { routineExceptions, routineOccurrenceMarks } from './routine.table.js';
import { createRushWeeksRepository } from './rush-weeks.repository.js';

export type StoredMark = {
  blockId: string;
  occurrenceDate: string;
  status: OccurrenceMark;
  markedBy: string | null;
  markedAt: string;
};

const toException = (row: typeof routineExceptions.$inferSelect): RoutineExceptionView => ({
  blockId: row.blockId,
  originalDate: row.originalDate,
  kind: row.kind,
  newDate: row.newDate,
  newStartTime: row.newStartTime,
  newDurationMinutes: row.newDurationMinutes,
});

const toMark = (row: typeof routineOccurrenceMarks.$inferSelect): StoredMark => ({
  blockId: row.blockId,
  occurrenceDate: row.occurrenceDate,
  status: row.status,
  markedBy: row.markedBy,
  markedAt: row.markedAt.toISOString(),
});

export function createRoutineOccurrencesRepository(db: Queryable) {
  // Read on every calendar, planner and week report: built once (see `builtOnce`).
  const listExceptionsBetween = db
    .select()
    .from(routineExceptions)
    .where(
      and(
        eq(routineExceptions.workspaceId, sql.placeholder('workspaceId')),
        or(
          between(routineExceptions.originalDate, sql.placeholder('fromDate'), sql.placeholder('toDate')),
          between(routineExceptions.newDate, sql.placeholder('fromDate'), sql.placeholder('toDate')),
        ),
      ),
    )
    .prepare(builtOnce);
  const listMarksOfDates = db
    .select()
    .from(routineOccurrenceMarks)
    .where(
      and(
        eq(routineOccurrenceMarks.workspaceId, sql.placeholder('workspaceId')),
        sql`${routineOccurrenceMarks.occurrenceDate} = any(${sql.placeholder('occurrenceDates')}::date[])`,
      ),
    )
    .prepare(builtOnce);

  const rushWeeksRepository = createRushWeeksRepository(db);

  return {
    /** Local Mondays of the rush weeks holding a day of `[fromDate, toDate]`. */
    listRushWeekStarts(workspaceId: string, fromDate: string, toDate: string): Promise<string[]> {
      return rushWeeksRepository.listWeekStarts(workspaceId, addDaysToDate(fromDate, -6), toDate);
    },

    /** Every rush week of the workspace (for the calendar feed, which spans the whole routine). */
    listAllRushWeekStarts(workspaceId: string): Promise<string[]> {
      return rushWeeksRepository.listWeekStarts(workspaceId, '1970-01-01', '2199-12-31');
    },

    /**
     * Exceptions that can affect occurrences between two local dates: those cancelling or moving
     * away an occurrence of the range, and those moving one into it from anywhere.
     */
    async listExceptions(
      workspaceId: string,
      fromDate: string,
      toDate: string,
    ): Promise<RoutineExceptionView[]> {
      const rows = await listExceptionsBetween.execute({ workspaceId, fromDate, toDate });
      return rows.map(toException);
    },

    async listExceptionsOfBlocks(workspaceId: string, blockIds: string[]): Promise<RoutineExceptionView[]> {
      if (blockIds.length === 0) return [];
      const rows = await db
        .select()
        .from(routineExceptions)
        .where(
          and(eq(routineExceptions.workspaceId, workspaceId), inArray(routineExceptions.blockId, blockIds)),
        );
      return rows.map(toException);
    },

    async findException(workspaceId: string, blockId: string, originalDate: string) {
      const [row] = await db
        .select()
        .from(routineExceptions)
        .where(
          and(
            eq(routineExceptions.workspaceId, workspaceId),
            eq(routineExceptions.blockId, blockId),
            eq(routineExceptions.originalDate, originalDate),
          ),
        );
      return row ? toException(row) : null;
    },

    async saveException(
      workspaceId: string,
      exception: RoutineExceptionView,
      now: Date,
    ): Promise<RoutineExceptionView> {
      const values = {
        kind: exception.kind,
        newDate: exception.newDate,
        newStartTime: exception.newStartTime,
        newDurationMinutes: exception.newDurationMinutes,
        updatedAt: now,
      };
      const [row] = await db
        .insert(routineExceptions)
        .values({ workspaceId, blockId: exception.blockId, originalDate: exception.originalDate, ...values })
        .onConflictDoUpdate({
          target: [routineExceptions.blockId, routineExceptions.originalDate],
          set: values,
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return toException(row);
    },

    async deleteException(workspaceId: string, blockId: string, originalDate: string): Promise<boolean> {
      const rows = await db
        .delete(routineExceptions)
        .where(
          and(
            eq(routineExceptions.workspaceId, workspaceId),
            eq(routineExceptions.blockId, blockId),
            eq(routineExceptions.originalDate, originalDate),
          ),
        )
        .returning({ id: routineExceptions.id });
      return rows.length > 0;
    },

    /** Marks of the given occurrence dates (the series' dates, not where a move put them). */
    async listMarks(workspaceId: string, occurrenceDates: string[]): Promise<StoredMark[]> {
      if (occurrenceDates.length === 0) return [];
      const rows = await listMarksOfDates.execute({
        workspaceId,
        occurrenceDates: [...new Set(occurrenceDates)],
      });
      return rows.map(toMark);
    },

    async saveMark(
      workspaceId: string,
      mark: {
        blockId: string;
        occurrenceDate: string;
        status: OccurrenceMark;
        markedBy: string;
        markedAt: Date;
      },
    ): Promise<StoredMark> {
      const values = { status: mark.status, markedBy: mark.markedBy, markedAt: mark.markedAt };
      const [row] = await db
        .insert(routineOccurrenceMarks)
        .values({ workspaceId, blockId: mark.blockId, occurrenceDate: mark.occurrenceDate, ...values })
        .onConflictDoUpdate({
          target: [routineOccurrenceMarks.blockId, routineOccurrenceMarks.occurrenceDate],
          set: values,
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return toMark(row);
    },

    async deleteMark(workspaceId: string, blockId: string, occurrenceDate: string): Promise<boolean> {
      const rows = await db
        .delete(routineOccurrenceMarks)
        .where(
          and(
            eq(routineOccurrenceMarks.workspaceId, workspaceId),
            eq(routineOccurrenceMarks.blockId, blockId),
            eq(routineOccurrenceMarks.occurrenceDate, occurrenceDate),
          ),
        )
        .returning({ id: routineOccurrenceMarks.id });
      return rows.length > 0;
    },

    /** Marks set straight into a transaction (demo data). */
    async insertMarks(
      tx: Queryable,
      workspaceId: string,
      marks: {
        blockId: string;
        occurrenceDate: string;
        status: OccurrenceMark;
        markedBy: string;
        markedAt: Date;
      }[],
    ): Promise<void> {
      if (marks.length === 0) return;
      await tx.insert(routineOccurrenceMarks).values(marks.map((mark) => ({ ...mark, workspaceId })));
    },
  };
}

export type RoutineOccurrencesRepository = ReturnType<typeof createRoutineOccurrencesRepository>;
