import { and, asc, eq, sql } from 'drizzle-orm';
import type {
  CreateWorkspaceBody,
  Role,
  UpdateWorkspaceBody,
  Workspace,
} from '../../../contracts/workspaces.js';
import type { Queryable } from '../../platform/db.js';
import { deleteUnaffiliatedDemoTeammates } from './demo-teammates.js';
import { memberships, workspaces } from './workspaces.table.js';

const workspaceColumns = {
  id: workspaces.id,
  name: workspaces.name,
  timeZone: workspaces.timeZone,
  currency: workspaces.currency,
  locale: workspaces.locale,
  publishingLatenessMinutes: workspaces.publishingLatenessMinutes,
  isDemo: workspaces.isDemo,
  postsNeedApproval: workspaces.postsNeedApproval,
  createdAt: workspaces.createdAt,
  role: memberships.role,
};

type WorkspaceRow = { [K in keyof typeof workspaceColumns]: (typeof workspaceColumns)[K]['_']['data'] };

function toWorkspace(row: WorkspaceRow): Workspace {
  return { ...row, locale: row.locale === 'en' ? 'en' : 'fr', createdAt: row.createdAt.toISOString() };
}

export function createWorkspacesRepository(db: Queryable) {
  return {
    async insertWithOwner(
      tx: Queryable,
      body: CreateWorkspaceBody & { isDemo?: boolean },
      ownerId: string,
      ownerHourlyCostCents: number | null = null,
    ) {
      const [created] = await tx
        .insert(workspaces)
        .values({
          name: body.name,
          timeZone: body.timeZone,
          currency: body.currency,
          locale: body.locale,
          isDemo: body.isDemo ?? false,
        })
        .returning({ id: workspaces.id });
      if (!created) throw new Error('insert returned no row');
      await tx.insert(memberships).values({
        workspaceId: created.id,
        userId: ownerId,
        role: 'owner',
        hourlyCostCents: ownerHourlyCostCents,
      });
      return created.id;
    },

    async listForUser(userId: string): Promise<Workspace[]> {
      const rows = await db
        .select(workspaceColumns)
        .from(memberships)
        .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(sql`lower(${workspaces.name})`), asc(workspaces.createdAt));
      return rows.map(toWorkspace);
    },

    async findForUser(workspaceId: string, userId: string): Promise<Workspace | null> {
      const [row] = await db
        .select(workspaceColumns)
        .from(memberships)
        .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row ? toWorkspace(row) : null;
    },

    async findRole(workspaceId: string, userId: string): Promise<Role | null> {
      const [row] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row?.role ?? null;
    },

    async findSettings(
      workspaceId: string,
    ): Promise<{ currency: string; timeZone: string; postsNeedApproval: boolean } | null> {
      const [row] = await db
        .select({
          currency: workspaces.currency,
          timeZone: workspaces.timeZone,
          postsNeedApproval: workspaces.postsNeedApproval,
        })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      return row ?? null;
    },

    async update(workspaceId: string, patch: UpdateWorkspaceBody) {
      await db
        .update(workspaces)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(workspaces.id, workspaceId));
    },

    async delete(workspaceId: string) {
      const [deleted] = await db
        .delete(workspaces)
        .where(eq(workspaces.id, workspaceId))
        .returning({ isDemo: workspaces.isDemo });
      // A demo's fictional teammates go with it (they belong to no other workspace).
      if (deleted?.isDemo) await deleteUnaffiliatedDemoTeammates(db);
    },
  };
}

export type WorkspacesRepository = ReturnType<typeof createWorkspacesRepository>;
