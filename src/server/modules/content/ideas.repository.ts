import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { CreateIdeaBody, Idea, IdeasQuery, UpdateIdeaBody } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { Queryable } from '../../platform/db.js';
import { ideas } from './content.table.js';

const toIdea = (row: typeof ideas.$inferSelect): Idea => ({
  id: row.id,
  text: row.text,
  link: row.link,
  pillarId: row.pillarId,
  network: row.network as NetworkKey | null,
  tags: row.tags,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** `%` and `_` typed by a person are searched for as themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function createIdeasRepository(db: Queryable) {
  return {
    async list(workspaceId: string, query: IdeasQuery): Promise<Idea[]> {
      const rows = await db
        .select()
        .from(ideas)
        .where(
          and(
            eq(ideas.workspaceId, workspaceId),
            query.q
              ? or(ilike(ideas.text, likePattern(query.q)), ilike(ideas.link, likePattern(query.q)))
              : undefined,
            // Archived ideas stay out of the notebook unless asked for.
            query.status ? eq(ideas.status, query.status) : sql`${ideas.status} <> 'archived'`,
            query.pillarId ? eq(ideas.pillarId, query.pillarId) : undefined,
            query.network ? eq(ideas.network, query.network) : undefined,
            query.tag ? sql`${ideas.tags} @> ${JSON.stringify([query.tag])}::jsonb` : undefined,
          ),
        )
        .orderBy(desc(ideas.createdAt))
        .limit(500);
      return rows.map(toIdea);
    },

    async find(workspaceId: string, ideaId: string): Promise<Idea | null> {
      const [row] = await db
        .select()
        .from(ideas)
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)));
      return row ? toIdea(row) : null;
    },

    async insert(workspaceId: string, userId: string, body: CreateIdeaBody): Promise<Idea> {
      const [row] = await db
        .insert(ideas)
        .values({ workspaceId, createdByUserId: userId, ...body })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toIdea(row);
    },

    async update(
      workspaceId: string,
      ideaId: string,
      patch: UpdateIdeaBody,
      now: Date,
    ): Promise<Idea | null> {
      const [row] = await db
        .update(ideas)
        .set({ ...patch, updatedAt: now })
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)))
        .returning();
      return row ? toIdea(row) : null;
    },

    async delete(workspaceId: string, ideaId: string): Promise<boolean> {
      const rows = await db
        .delete(ideas)
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)))
        .returning({ id: ideas.id });
      return rows.length > 0;
    },
  };
}

export type IdeasRepository = ReturnType<typeof createIdeasRepository>;
