import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Member, Role } from '../../../contracts/workspaces.js';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { memberships } from './workspaces.table.js';

export function createMembersRepository(db: Queryable) {
  return {
    async list(workspaceId: string): Promise<Member[]> {
      const rows = await db
        .select({
          userId: memberships.userId,
          name: user.name,
          email: user.email,
          role: memberships.role,
          hourlyCostCents: memberships.hourlyCostCents,
          joinedAt: memberships.createdAt,
        })
        .from(memberships)
        .innerJoin(user, eq(user.id, memberships.userId))
        .where(eq(memberships.workspaceId, workspaceId))
        .orderBy(asc(sql`lower(${user.name})`));
      return rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() }));
    },

    async find(workspaceId: string, userId: string): Promise<Member | null> {
      const members = await this.list(workspaceId);
      return members.find((member) => member.userId === userId) ?? null;
    },

    async isMemberByEmail(workspaceId: string, email: string): Promise<boolean> {
      const [row] = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(user, eq(user.id, memberships.userId))
        .where(
          and(eq(memberships.workspaceId, workspaceId), eq(sql`lower(${user.email})`, email.toLowerCase())),
        );
      return row !== undefined;
    },

    async countOwners(workspaceId: string): Promise<number> {
      const [row] = await db
        .select({ owners: count() })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
      return Number(row?.owners ?? 0);
    },

    async insert(
      tx: Queryable,
      workspaceId: string,
      userId: string,
      role: Role,
      hourlyCostCents: number | null = null,
    ) {
      await tx
        .insert(memberships)
        .values({ workspaceId, userId, role, hourlyCostCents })
        .onConflictDoNothing();
    },

    async update(
      workspaceId: string,
      userId: string,
      patch: { role?: Role; hourlyCostCents?: number | null },
    ) {
      await db
        .update(memberships)
        .set(patch)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    },

    async delete(workspaceId: string, userId: string) {
      await db
        .delete(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    },
  };
}

export type MembersRepository = ReturnType<typeof createMembersRepository>;
