import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Category, CreateCategoryBody, UpdateCategoryBody } from '../../../contracts/budget.js';
import { referenceCategories } from '../../../core/budget/reference-categories.js';
import { builtOnce, type Queryable } from '../../platform/db.js';
import { taskCategories } from './budget.table.js';

type CategoryRow = typeof taskCategories.$inferSelect;

export function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    referenceKey: row.referenceKey as Category['referenceKey'],
    name: row.name,
    description: row.description,
    color: row.color as Category['color'],
    isComplex: row.isComplex,
    sortOrder: row.sortOrder,
    weeklyMinutes: row.weeklyMinutes,
    isArchived: row.archivedAt !== null,
  };
}

export function createCategoriesRepository(db: Queryable) {
  // Read on every report and budget page: built once (see `builtOnce`).
  const listInWorkspace = (onlyActive: boolean) =>
    db
      .select()
      .from(taskCategories)
      .where(
        and(
          eq(taskCategories.workspaceId, sql.placeholder('workspaceId')),
          onlyActive ? isNull(taskCategories.archivedAt) : undefined,
        ),
      )
      .orderBy(asc(taskCategories.sortOrder), asc(taskCategories.createdAt), asc(taskCategories.id))
      .prepare(builtOnce);
  const listAll = listInWorkspace(false);
  const listActive = listInWorkspace(true);

  return {
    /** The seven reference categories every workspace starts with, with no hours budgeted yet. */
    async seedReferenceCategories(tx: Queryable, workspaceId: string) {
      await tx.insert(taskCategories).values(
        referenceCategories.map((reference) => ({
          workspaceId,
          referenceKey: reference.key,
          color: reference.defaultColor,
          isComplex: reference.isComplexByDefault,
          sortOrder: reference.sortOrder,
        })),
      );
    },

    async list(
      workspaceId: string,
      options: { includeArchived: boolean } = { includeArchived: true },
    ): Promise<Category[]> {
      const rows = await (options.includeArchived ? listAll : listActive).execute({ workspaceId });
      return rows.map(toCategory);
    },

    async find(workspaceId: string, categoryId: string): Promise<Category | null> {
      const [row] = await db
        .select()
        .from(taskCategories)
        .where(and(eq(taskCategories.workspaceId, workspaceId), eq(taskCategories.id, categoryId)));
      return row ? toCategory(row) : null;
    },

    async insert(workspaceId: string, body: CreateCategoryBody): Promise<Category> {
      const [last] = await db
        .select({ sortOrder: max(taskCategories.sortOrder) })
        .from(taskCategories)
        .where(eq(taskCategories.workspaceId, workspaceId));
      const [row] = await db
        .insert(taskCategories)
        .values({ workspaceId, ...body, sortOrder: (last?.sortOrder ?? 0) + 1 })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toCategory(row);
    },

    async update(
      workspaceId: string,
      categoryId: string,
      patch: UpdateCategoryBody,
      now: Date,
    ): Promise<Category | null> {
      const { isArchived, ...columns } = patch;
      const [row] = await db
        .update(taskCategories)
        .set({ ...columns, ...(isArchived === undefined ? {} : { archivedAt: isArchived ? now : null }) })
        .where(and(eq(taskCategories.workspaceId, workspaceId), eq(taskCategories.id, categoryId)))
        .returning();
      return row ? toCategory(row) : null;
    },

    /** Sets several categories' budgets at once; returns how many rows of this workspace matched. */
    async setWeeklyMinutes(
      tx: Queryable,
      workspaceId: string,
      lines: { categoryId: string; weeklyMinutes: number }[],
    ): Promise<number> {
      let updated = 0;
      for (const line of lines) {
        const rows = await tx
          .update(taskCategories)
          .set({ weeklyMinutes: line.weeklyMinutes })
          .where(and(eq(taskCategories.workspaceId, workspaceId), eq(taskCategories.id, line.categoryId)))
          .returning({ id: taskCategories.id });
        updated += rows.length;
      }
      return updated;
    },

    /** Numbers the given categories 1, 2, 3… in the given order, in one statement. */
    async setOrder(workspaceId: string, categoryIds: readonly string[]): Promise<void> {
      await db.execute(
        sql`update task_categories as category set sort_order = wanted.position
            from unnest(${sql.param([...categoryIds])}::uuid[]) with ordinality as wanted(id, position)
            where category.id = wanted.id and category.workspace_id = ${workspaceId}`,
      );
    },

    async listForWorkspaces(workspaceIds: string[]): Promise<(Category & { workspaceId: string })[]> {
      if (workspaceIds.length === 0) return [];
      const rows = await db
        .select()
        .from(taskCategories)
        .where(inArray(taskCategories.workspaceId, workspaceIds));
      return rows.map((row) => ({ ...toCategory(row), workspaceId: row.workspaceId }));
    },
  };
}

export type CategoriesRepository = ReturnType<typeof createCategoriesRepository>;
