import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { profiles } from './profile.table.js';

type ProfilePatch = Partial<Omit<typeof profiles.$inferInsert, 'userId'>>;

export function createProfileRepository(db: Queryable) {
  return {
    async findProfile(userId: string) {
      const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
      return row ?? null;
    },

    async upsertProfile(tx: Queryable, userId: string, patch: ProfilePatch) {
      await tx
        .insert(profiles)
        .values({ userId, ...patch })
        .onConflictDoUpdate({ target: profiles.userId, set: patch });
    },

    async renameUser(userId: string, name: string) {
      await db.update(user).set({ name }).where(eq(user.id, userId));
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
