import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';

/** The address domain of a demo workspace's fictional teammates (accounts nobody signs in to). */
const demoTeammateDomain = '@demo.cadence.invalid';

/** A demo teammate's address, unique per demo workspace. */
export const demoTeammateEmail = (handle: string, workspaceId: string) =>
  `${handle}+${workspaceId.slice(0, 8)}${demoTeammateDomain}`;

/**
 * Deletes the demos' fictional teammates who are in no workspace any more: once their demo is gone
 * (deleted on its own or with its owner's account) they are accounts of nobody.
 */
export async function deleteUnaffiliatedDemoTeammates(db: Queryable): Promise<void> {
  await db.execute(
    sql`delete from "user" as u where u.email like ${`%${demoTeammateDomain}`}
        and not exists (select 1 from memberships as m where m.user_id = u.id)`,
  );
}
