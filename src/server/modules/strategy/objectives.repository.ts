import { and, asc, eq } from 'drizzle-orm';
import type { CreateKpiBody, Objective, UpdateKpiBody } from '../../../contracts/strategy.js';
import type { Queryable } from '../../platform/db.js';
import { kpis, objectives } from './strategy.table.js';

export type KpiRow = typeof kpis.$inferSelect;

const toObjective = (row: typeof objectives.$inferSelect): Objective => ({
  id: row.id,
  title: row.title,
  description: row.description,
});

export function createObjectivesRepository(db: Queryable) {
  return {
    async listObjectives(workspaceId: string): Promise<Objective[]> {
      const rows = await db
        .select()
        .from(objectives)
        .where(eq(objectives.workspaceId, workspaceId))
        .orderBy(asc(objectives.createdAt));
      return rows.map(toObjective);
    },

    async findObjective(workspaceId: string, objectiveId: string): Promise<Objective | null> {
      const [row] = await db
        .select()
        .from(objectives)
        .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId)));
      return row ? toObjective(row) : null;
    },

    async insertObjective(
      workspaceId: string,
      values: { title: string; description: string },
    ): Promise<Objective> {
      const [row] = await db
        .insert(objectives)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toObjective(row);
    },

    async updateObjective(
      workspaceId: string,
      objectiveId: string,
      patch: Partial<{ title: string; description: string }>,
    ) {
      const [row] = await db
        .update(objectives)
        .set(patch)
        .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId)))
        .returning();
      return row ? toObjective(row) : null;
    },

    async deleteObjective(workspaceId: string, objectiveId: string): Promise<boolean> {
      const rows = await db
        .delete(objectives)
        .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId)))
        .returning({ id: objectives.id });
      return rows.length > 0;
    },

    listKpis: (workspaceId: string) =>
      db
        .select()
        .from(kpis)
        .where(eq(kpis.workspaceId, workspaceId))
        .orderBy(asc(kpis.dueDate), asc(kpis.createdAt)),

    async findKpi(workspaceId: string, kpiId: string): Promise<KpiRow | null> {
      const [row] = await db
        .select()
        .from(kpis)
        .where(and(eq(kpis.workspaceId, workspaceId), eq(kpis.id, kpiId)));
      return row ?? null;
    },

    async insertKpi(workspaceId: string, body: CreateKpiBody): Promise<KpiRow> {
      const [row] = await db
        .insert(kpis)
        .values({ workspaceId, ...body })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updateKpi(workspaceId: string, kpiId: string, patch: UpdateKpiBody): Promise<KpiRow | null> {
      const [row] = await db
        .update(kpis)
        .set(patch)
        .where(and(eq(kpis.workspaceId, workspaceId), eq(kpis.id, kpiId)))
        .returning();
      return row ?? null;
    },

    async deleteKpi(workspaceId: string, kpiId: string): Promise<boolean> {
      const rows = await db
        .delete(kpis)
        .where(and(eq(kpis.workspaceId, workspaceId), eq(kpis.id, kpiId)))
        .returning({ id: kpis.id });
      return rows.length > 0;
    },
  };
}

export type ObjectivesRepository = ReturnType<typeof createObjectivesRepository>;
