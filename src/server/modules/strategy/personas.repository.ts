import { and, asc, eq } from 'drizzle-orm';
import type { Persona, PersonaBody } from '../../../contracts/strategy.js';
import type { Queryable } from '../../platform/db.js';
import { personas } from './strategy.table.js';

const toPersona = (row: typeof personas.$inferSelect): Persona => ({
  id: row.id,
  name: row.name,
  description: row.description,
  problems: row.problems,
  expectations: row.expectations,
  interests: row.interests,
  networks: row.networks as Persona['networks'],
  updatedAt: row.updatedAt.toISOString(),
});

export function createPersonasRepository(db: Queryable) {
  return {
    async list(workspaceId: string): Promise<Persona[]> {
      const rows = await db
        .select()
        .from(personas)
        .where(eq(personas.workspaceId, workspaceId))
        .orderBy(asc(personas.createdAt));
      return rows.map(toPersona);
    },

    async insert(workspaceId: string, body: PersonaBody): Promise<Persona> {
      const [row] = await db
        .insert(personas)
        .values({ workspaceId, ...body })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toPersona(row);
    },

    async update(
      workspaceId: string,
      personaId: string,
      patch: Partial<PersonaBody>,
      now: Date,
    ): Promise<Persona | null> {
      const [row] = await db
        .update(personas)
        .set({ ...patch, updatedAt: now })
        .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
        .returning();
      return row ? toPersona(row) : null;
    },

    async delete(workspaceId: string, personaId: string): Promise<boolean> {
      const rows = await db
        .delete(personas)
        .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
        .returning({ id: personas.id });
      return rows.length > 0;
    },
  };
}

export type PersonasRepository = ReturnType<typeof createPersonasRepository>;
