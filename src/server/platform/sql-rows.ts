import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type pg from 'pg';
import type { Db, Queryable } from './db.js';

/**
 * Runs a raw query and returns its rows on both drivers (PGlite answers `{ rows }`, node-postgres a
 * QueryResult). Aggregates must be cast in SQL (`::int`, `::float8`): int8 comes back as a number
 * from PGlite but as a string from pg.
 */
export async function selectRows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[];
  return Array.isArray(result) ? result : result.rows;
}

/**
 * SQL writing a timestamptz column as `Date.prototype.toISOString` does (UTC, milliseconds, `Z`),
 * whatever the session's time zone: for hot reads that send instants as they come (`selectArrays`).
 */
export const isoInstant = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Runs a statement whose text is written once (`$1`, `$2`… placeholders) straight on the
 * database's driver, each row an array of its columns in the select's order: no SQL built from
 * fragments, no object per row, no Drizzle mapping. For a hot read that returns text and json
 * only (types come back as each driver parses them: cast to text in SQL); on the database itself,
 * never inside a transaction. Unnamed, as `builtOnce`: PostgreSQL plans it with its values and
 * keeps nothing per connection.
 */
export async function selectArrays<Row extends unknown[]>(
  db: Db,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const client = (db as unknown as { $client: PGlite | pg.Pool }).$client;
  const result =
    client instanceof PGlite
      ? await client.query<Row>(text, values, { rowMode: 'array' })
      : await client.query<Row>({ text, values, rowMode: 'array' });
  return result.rows;
}
