import { and, desc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { apiTokens } from './api-tokens.table.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** A person's API tokens; every query but the bearer look-up is filtered by the person. */
export function createApiTokensRepository(db: Queryable) {
  return {
    async insert(values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
      const [row] = await db.insert(apiTokens).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    /** The person's tokens not revoked, newest first. */
    listActive(userId: string): Promise<ApiTokenRow[]> {
      return db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .orderBy(desc(apiTokens.createdAt));
    },

    async revoke(userId: string, tokenId: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: at })
        .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },

    /** The bearer's token, by the hash of what was presented (unique). */
    async findByHash(tokenHash: string): Promise<ApiTokenRow | null> {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
      return row ?? null;
    },

    /** Writes "last used" unless another request of the same minute already did. */
    async recordUse(tokenId: string, at: Date, notBefore: Date): Promise<void> {
      await db
        .update(apiTokens)
        .set({ lastUsedAt: at })
        .where(
          and(
            eq(apiTokens.id, tokenId),
            or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, notBefore)),
          ),
        );
    },
  };
}

export type ApiTokensRepository = ReturnType<typeof createApiTokensRepository>;
