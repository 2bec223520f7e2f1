import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs PostgreSQL in single-user mode: no autovacuum. Without it the rows left behind by
 * every stopped timer, edit, undone import or deleted workspace are never reclaimed, and the
 * planner never gets statistics. The instance module runs this as a nightly job (a few seconds
 * on a million entries, holding the one connection); on PostgreSQL, autovacuum does it.
 */
export async function vacuumAnalyze(pglite: Pick<PGlite, 'exec'>): Promise<void> {
  await pglite.exec('vacuum (analyze)');
}
