import { asc, eq } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { PostingSlot } from '../../../core/content/posting-slots.js';
import type { Queryable } from '../../platform/db.js';
import { postingSlots } from './content.table.js';

export function createPostingSlotsRepository(db: Queryable) {
  return {
    async list(workspaceId: string): Promise<PostingSlot[]> {
      const rows = await db
        .select()
        .from(postingSlots)
        .where(eq(postingSlots.workspaceId, workspaceId))
        .orderBy(asc(postingSlots.weekday), asc(postingSlots.time), asc(postingSlots.network));
      return rows.map((row) => ({
        network: row.network as NetworkKey,
        weekday: row.weekday,
        time: row.time,
      }));
    },

    /** The slots are edited as one weekly grid, so they are replaced whole. */
    async replace(tx: Queryable, workspaceId: string, slots: readonly PostingSlot[]) {
      await tx.delete(postingSlots).where(eq(postingSlots.workspaceId, workspaceId));
      if (slots.length === 0) return;
      await tx.insert(postingSlots).values(slots.map((slot) => ({ workspaceId, ...slot })));
    },
  };
}

export type PostingSlotsRepository = ReturnType<typeof createPostingSlotsRepository>;
