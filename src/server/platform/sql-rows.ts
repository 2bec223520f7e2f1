import type { SQL } from 'drizzle-orm';
import type { Queryable } from './db.js';

/**
 * Runs a raw query and returns its rows on both drivers (PGlite answers `{ rows }`, node-postgres a
 * QueryResult). Aggregates must be cast in SQL (`::int`, `::float8`): int8 comes back as a number
 * from PGlite but as a string from pg.
 */
export async function selectRows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[];
  return Array.isArray(result) ? result : result.rows;
}
