import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Pricing, WorkOption } from '../../../contracts/budget.js';
import { computeHourlyCostCents } from '../../../core/budget/costs.js';
import type { Queryable } from '../../platform/db.js';
import { budgetSettings, workOptions } from './budget.table.js';

type WorkOptionRow = typeof workOptions.$inferSelect;

const toWorkOption = (row: WorkOptionRow): WorkOption => ({
  id: row.id,
  kind: row.kind,
  label: row.label,
  pricing: row.pricing,
  hourlyCents: computeHourlyCostCents(row.pricing),
});

export function createWorkOptionsRepository(db: Queryable) {
  return {
    async list(workspaceId: string): Promise<WorkOption[]> {
      const rows = await db
        .select()
        .from(workOptions)
        .where(eq(workOptions.workspaceId, workspaceId))
        .orderBy(asc(workOptions.createdAt));
      return rows.map(toWorkOption);
    },

    async listForWorkspaces(workspaceIds: string[]): Promise<(WorkOption & { workspaceId: string })[]> {
      if (workspaceIds.length === 0) return [];
      const rows = await db.select().from(workOptions).where(inArray(workOptions.workspaceId, workspaceIds));
      return rows.map((row) => ({ ...toWorkOption(row), workspaceId: row.workspaceId }));
    },

    async insert(
      workspaceId: string,
      values: { kind: WorkOption['kind']; label: string; pricing: Pricing },
    ): Promise<WorkOption> {
      const [row] = await db
        .insert(workOptions)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toWorkOption(row);
    },

    async update(
      workspaceId: string,
      optionId: string,
      patch: Partial<{ kind: WorkOption['kind']; label: string; pricing: Pricing }>,
    ) {
      const [row] = await db
        .update(workOptions)
        .set(patch)
        .where(and(eq(workOptions.workspaceId, workspaceId), eq(workOptions.id, optionId)))
        .returning();
      return row ? toWorkOption(row) : null;
    },

    async delete(workspaceId: string, optionId: string): Promise<boolean> {
      const rows = await db
        .delete(workOptions)
        .where(and(eq(workOptions.workspaceId, workspaceId), eq(workOptions.id, optionId)))
        .returning({ id: workOptions.id });
      return rows.length > 0;
    },

    async findSettings(workspaceId: string) {
      const [row] = await db.select().from(budgetSettings).where(eq(budgetSettings.workspaceId, workspaceId));
      return row ?? null;
    },

    async listSettings(workspaceIds: string[]) {
      if (workspaceIds.length === 0) return [];
      return db.select().from(budgetSettings).where(inArray(budgetSettings.workspaceId, workspaceIds));
    },

    async saveSettings(
      workspaceId: string,
      performer: { performerUserId: string | null; performerOptionId: string | null },
    ) {
      await db
        .insert(budgetSettings)
        .values({ workspaceId, ...performer })
        .onConflictDoUpdate({ target: budgetSettings.workspaceId, set: performer });
    },
  };
}

export type WorkOptionsRepository = ReturnType<typeof createWorkOptionsRepository>;
