import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { RoutineBlockView } from '../../../contracts/routine.js';
import type { RoutineBlock } from '../../../core/routine/index.js';
import { addMinutesToWallClock } from '../../../core/time/index.js';
import { builtOnce, type Queryable } from '../../platform/db.js';
import { routineBlocks } from './routine.table.js';

type BlockRow = typeof routineBlocks.$inferSelect;
export type BlockValues = Omit<typeof routineBlocks.$inferInsert, 'id' | 'workspaceId' | 'createdAt'>;

export function toBlockView(row: BlockRow): RoutineBlockView {
  return {
    id: row.id,
    weekdays: row.weekdays,
    startTime: row.startTime,
    endTime: addMinutesToWallClock(row.startTime, row.durationMinutes),
    durationMinutes: row.durationMinutes,
    categoryId: row.categoryId,
    networkKey: row.networkKey as RoutineBlockView['networkKey'],
    note: row.note,
    title: row.title,
    description: row.description,
    intervalWeeks: row.intervalWeeks,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    templateKey: row.templateKey,
    memberUserId: row.memberUserId,
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The shape src/core/routine computes with. */
export function toCoreBlock(block: RoutineBlockView): RoutineBlock {
  return {
    id: block.id,
    weekdays: block.weekdays,
    startTime: block.startTime,
    durationMinutes: block.durationMinutes,
    categoryId: block.categoryId,
    networkKey: block.networkKey,
    note: block.note,
    title: block.title,
    description: block.description,
    templateKey: block.templateKey,
    intervalWeeks: block.intervalWeeks,
    startsOn: block.startsOn,
    endsOn: block.endsOn,
    timeZone: block.timeZone,
  };
}

export function createRoutineBlocksRepository(db: Queryable) {
  // Read on every calendar, planner and report: built once (see `builtOnce`), one per owner filter.
  const inWorkspace = eq(routineBlocks.workspaceId, sql.placeholder('workspaceId'));
  const listWhere = (where: SQL | undefined) =>
    db
      .select()
      .from(routineBlocks)
      .where(where)
      .orderBy(asc(routineBlocks.startTime), asc(routineBlocks.createdAt), asc(routineBlocks.id))
      .prepare(builtOnce);
  const listEveryone = listWhere(inWorkspace);
  const listWorkspaceOwned = listWhere(and(inWorkspace, isNull(routineBlocks.memberUserId)));
  // A member's calendar: their blocks and the workspace's.
  const listMemberCalendar = listWhere(
    and(
      inWorkspace,
      or(eq(routineBlocks.memberUserId, sql.placeholder('memberUserId')), isNull(routineBlocks.memberUserId)),
    ),
  );

  return {
    /** `visibleTo`: a member's calendar; null: the workspace's own blocks; undefined: everyone's. */
    async list(
      workspaceId: string,
      options: { visibleTo?: string | null } = {},
    ): Promise<RoutineBlockView[]> {
      const { visibleTo } = options;
      const rows =
        visibleTo === undefined
          ? await listEveryone.execute({ workspaceId })
          : visibleTo === null
            ? await listWorkspaceOwned.execute({ workspaceId })
            : await listMemberCalendar.execute({ workspaceId, memberUserId: visibleTo });
      return rows.map(toBlockView);
    },

    async find(workspaceId: string, blockId: string): Promise<RoutineBlockView | null> {
      const [row] = await db
        .select()
        .from(routineBlocks)
        .where(and(eq(routineBlocks.workspaceId, workspaceId), eq(routineBlocks.id, blockId)));
      return row ? toBlockView(row) : null;
    },

    async insert(
      workspaceId: string,
      values: BlockValues[],
      tx: Queryable = db,
    ): Promise<RoutineBlockView[]> {
      if (values.length === 0) return [];
      const rows = await tx
        .insert(routineBlocks)
        .values(values.map((value) => ({ ...value, workspaceId })))
        .returning();
      return rows.map(toBlockView);
    },

    async update(
      workspaceId: string,
      blockId: string,
      values: Partial<BlockValues>,
      now: Date,
    ): Promise<RoutineBlockView | null> {
      const [row] = await db
        .update(routineBlocks)
        .set({ ...values, updatedAt: now })
        .where(and(eq(routineBlocks.workspaceId, workspaceId), eq(routineBlocks.id, blockId)))
        .returning();
      return row ? toBlockView(row) : null;
    },

    async delete(workspaceId: string, blockId: string): Promise<boolean> {
      const rows = await db
        .delete(routineBlocks)
        .where(and(eq(routineBlocks.workspaceId, workspaceId), eq(routineBlocks.id, blockId)))
        .returning({ id: routineBlocks.id });
      return rows.length > 0;
    },

    /** Deletes the blocks of exactly one owner (a member, or the workspace when null). */
    async deleteOwnedBy(workspaceId: string, memberUserId: string | null, tx: Queryable = db): Promise<void> {
      await tx
        .delete(routineBlocks)
        .where(
          and(
            eq(routineBlocks.workspaceId, workspaceId),
            memberUserId === null
              ? isNull(routineBlocks.memberUserId)
              : eq(routineBlocks.memberUserId, memberUserId),
          ),
        );
    },

    /** Moves every block to `timeZone`, keeping its wall-clock times. */
    async setTimeZone(workspaceId: string, timeZone: string, now: Date): Promise<void> {
      await db
        .update(routineBlocks)
        .set({ timeZone, updatedAt: now })
        .where(eq(routineBlocks.workspaceId, workspaceId));
    },
  };
}

export type RoutineBlocksRepository = ReturnType<typeof createRoutineBlocksRepository>;
