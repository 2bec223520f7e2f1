import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AccountDeletionPlan } from '../../../contracts/account.js';
import type { Queryable } from '../../platform/db.js';
import { deleteUnaffiliatedDemoTeammates } from '../workspaces/demo-teammates.js';
import { memberships, workspaces } from '../workspaces/workspaces.table.js';

export class WorkspaceNeedsOwnerError extends Error {
  constructor(readonly workspaceNames: string[]) {
    super(`Name another owner first: ${workspaceNames.join(', ')}`);
  }
}

/**
 * Deleting an account deletes its memberships (and, through the tables' cascades, its sessions,
 * time entries and invitations). Workspaces are decided here: one where the person is the only
 * member (or a demo, whose teammates are fictional) is deleted with them; one where they are the only owner beside other people would be
 * left without an owner, so the deletion is refused until they name another.
 */
export function createAccountDeletion(db: Queryable) {
  async function planDeletion(userId: string): Promise<AccountDeletionPlan> {
    const rows = await db
      .select({
        id: workspaces.id,
        name: workspaces.name,
        role: memberships.role,
        isDemo: workspaces.isDemo,
        memberCount: sql<number>`(select count(*)::int from memberships as m where m.workspace_id = ${workspaces.id})`,
        ownerCount: sql<number>`(select count(*)::int from memberships as m where m.workspace_id = ${workspaces.id} and m.role = 'owner')`,
      })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, userId))
      .orderBy(sql`lower(${workspaces.name})`);
    const plan: AccountDeletionPlan = {
      deletedWorkspaces: [],
      workspacesNeedingOwner: [],
      leftWorkspaces: [],
    };
    for (const row of rows) {
      const workspace = { id: row.id, name: row.name };
      // A demo workspace's other members are fictional: it goes with the person who made it.
      if (Number(row.memberCount) <= 1 || row.isDemo) plan.deletedWorkspaces.push(workspace);
      else if (row.role === 'owner' && Number(row.ownerCount) <= 1)
        plan.workspacesNeedingOwner.push(workspace);
      else plan.leftWorkspaces.push(workspace);
    }
    return plan;
  }

  return {
    planDeletion,

    /** Called just before the account row goes: refuses, or deletes the workspaces left empty. */
    async prepareDeletion(userId: string) {
      const plan = await planDeletion(userId);
      if (plan.workspacesNeedingOwner.length > 0)
        throw new WorkspaceNeedsOwnerError(plan.workspacesNeedingOwner.map((workspace) => workspace.name));
      const ids = plan.deletedWorkspaces.map((workspace) => workspace.id);
      if (ids.length === 0) return;
      // Only workspaces where this person is still the one member (or demos), whatever happened
      // since the plan; then the demos' fictional teammates, now in no workspace.
      await db
        .delete(workspaces)
        .where(
          and(
            inArray(workspaces.id, ids),
            sql`(${workspaces.isDemo} or (select count(*) from memberships as m where m.workspace_id = ${workspaces.id}) = 1)`,
          ),
        );
      await deleteUnaffiliatedDemoTeammates(db);
    },
  };
}

export type AccountDeletion = ReturnType<typeof createAccountDeletion>;
