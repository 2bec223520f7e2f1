import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Invitation } from '../../../contracts/workspaces.js';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { invitations, workspaces } from './workspaces.table.js';

type InvitationRow = typeof invitations.$inferSelect;

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

export function createInvitationsRepository(db: Queryable) {
  return {
    /** Inviting an address that already has an open invitation renews it with the new link. */
    async upsertOpen(
      tx: Queryable,
      values: Omit<typeof invitations.$inferInsert, 'id' | 'createdAt'>,
    ): Promise<Invitation> {
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(eq(invitations.workspaceId, values.workspaceId), eq(invitations.email, values.email), isOpen),
        );
      const [row] = await tx.insert(invitations).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return toInvitation(row);
    },

    async findOpenById(invitationId: string) {
      const [row] = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.id, invitationId), isOpen));
      return row ?? null;
    },

    async listOpen(workspaceId: string, now: Date): Promise<Invitation[]> {
      const rows = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.workspaceId, workspaceId), isOpen, gt(invitations.expiresAt, now)))
        .orderBy(desc(invitations.createdAt));
      return rows.map(toInvitation);
    },

    async revoke(workspaceId: string, invitationId: string): Promise<boolean> {
      const rows = await db
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId), isOpen))
        .returning({ id: invitations.id });
      return rows.length > 0;
    },

    async findOpenByTokenHash(tokenHash: string) {
      const [row] = await db
        .select({
          invitation: invitations,
          workspaceName: workspaces.name,
          inviterName: user.name,
        })
        .from(invitations)
        .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
        .innerJoin(user, eq(user.id, invitations.invitedBy))
        .where(and(eq(invitations.tokenHash, tokenHash), isOpen));
      return row ?? null;
    },

    async markAccepted(tx: Queryable, invitationId: string, at: Date) {
      await tx.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, invitationId));
    },
  };
}

export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
