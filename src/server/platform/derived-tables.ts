/**
 * Tables the database derives from other tables by its own triggers (migration 0020): never
 * copied from one database or archive to another, since writing the rows they summarise rebuilds
 * them, and copying them as well would count everything twice. Checked after a move all the same.
 */
export const derivedTables: ReadonlySet<string> = new Set(['tracked_time_months']);
