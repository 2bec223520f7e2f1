import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { instanceAdministrators } from './instance.table.js';

export function createInstanceAdministratorsRepository(db: Queryable) {
  return {
    async isAdministrator(userId: string): Promise<boolean> {
      const [row] = await db
        .select({ userId: instanceAdministrators.userId })
        .from(instanceAdministrators)
        .where(eq(instanceAdministrators.userId, userId));
      return row !== undefined;
    },

    /** The instance's first account becomes its administrator; any later one does not. */
    async makeFounderIfFirst(userId: string): Promise<void> {
      await db.execute(sql`
        insert into instance_administrators (user_id, is_founder)
        select ${userId}, true
        where not exists (select 1 from instance_administrators)
        on conflict do nothing`);
    },

    list() {
      return db
        .select({
          userId: instanceAdministrators.userId,
          name: user.name,
          email: user.email,
          grantedAt: instanceAdministrators.grantedAt,
        })
        .from(instanceAdministrators)
        .innerJoin(user, eq(user.id, instanceAdministrators.userId))
        .orderBy(asc(instanceAdministrators.grantedAt));
    },

    /** Returns false when no account has this address. */
    async grantByEmail(email: string, grantedBy: string): Promise<boolean> {
      const [account] = await db
        .select({ id: user.id })
        .from(user)
        .where(eq(sql`lower(${user.email})`, email.toLowerCase()));
      if (!account) return false;
      await db.insert(instanceAdministrators).values({ userId: account.id, grantedBy }).onConflictDoNothing();
      return true;
    },

    /** Removes an administrator unless they are the last one; false when refused or absent. */
    async revoke(userId: string): Promise<'revoked' | 'last' | 'absent'> {
      return db.transaction(async (tx) => {
        // Serialises revocations, so two administrators cannot remove each other at once.
        await tx.execute(sql`lock table instance_administrators in share row exclusive mode`);
        const [total] = await tx.select({ n: count() }).from(instanceAdministrators);
        const exists = await tx
          .select({ userId: instanceAdministrators.userId })
          .from(instanceAdministrators)
          .where(and(eq(instanceAdministrators.userId, userId)));
        if (exists.length === 0) return 'absent';
        if ((total?.n ?? 0) <= 1) return 'last';
        await tx.delete(instanceAdministrators).where(eq(instanceAdministrators.userId, userId));
        return 'revoked';
      });
    },
  };
}

export type InstanceAdministratorsRepository = ReturnType<typeof createInstanceAdministratorsRepository>;
