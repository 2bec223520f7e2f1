import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { createDb } from '../db.js';
import { derivedTables } from '../derived-tables.js';

export class MoveRefusedError extends Error {}

export type TableReport = { table: string; rows: number; checksum: string };
export type MoveReport = { tables: TableReport[]; rows: number };

/** Parameters per INSERT stay well under PostgreSQL's 65,535. */
const parametersPerInsert = 30_000;
const rowsPerFetch = 5_000;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies an embedded instance into an empty PostgreSQL database: the schema by the same
 * migrations, then every table of Cadence in foreign-key order, each value passed as its text
 * form (so every type round-trips exactly), all in one transaction on the target. Then both
 * sides are counted and checksummed table by table; any difference fails the move. The data
 * directory is only read (its lock is held throughout, so Cadence must be stopped).
 *
 * The rollup of tracked time is not copied but rebuilt by the target's triggers as the entries
 * arrive (see derived-tables.ts); its checksum must match the source's like any other table's.
 *
 * The job queue's rows are not copied: recurring jobs are armed again when the worker starts,
 * and scheduled publications are put back in the queue by the publishing sweeper.
 */
export async function moveToPostgres(input: {
  dataDir: string;
  databaseUrl: string;
  onTable?: (report: TableReport) => void;
}): Promise<MoveReport> {
  const source = await createDb({ dataDir: input.dataDir });
  const pglite = source.pglite;
  try {
    if (!pglite) throw new MoveRefusedError('The source must be the embedded database.');
    const target = new pg.Client({ connectionString: input.databaseUrl });
    await target.connect();
    try {
      await refuseUnlessEmpty(target);
      const migrated = await createDb({ databaseUrl: input.databaseUrl, dataDir: 'unused' });
      await migrated.close();

      const tables = await tablesInDependencyOrder(pglite);
      await target.query('begin');
      try {
        // A derived table fills itself as its source rows arrive (and is compared below all the same).
        for (const table of tables) if (!derivedTables.has(table)) await copyTable(pglite, target, table);
        await resetSequences(pglite, target);
        await target.query('commit');
      } catch (error) {
        await target.query('rollback');
        throw error;
      }

      const reports: TableReport[] = [];
      for (const table of tables) {
        const [from, to] = [await fingerprint(pglite, table), await fingerprint(target, table)];
        if (from.rows !== to.rows || from.checksum !== to.checksum) {
          throw new Error(
            `Table ${table} differs after the copy (${from.rows} rows here, ${to.rows} there): the move is not complete. Empty the PostgreSQL database and try again.`,
          );
        }
        const report = { table, ...from };
        reports.push(report);
        input.onTable?.(report);
      }
      return { tables: reports, rows: reports.reduce((sum, report) => sum + report.rows, 0) };
    } finally {
      await target.end();
    }
  } finally {
    await source.close();
  }
}

async function refuseUnlessEmpty(target: pg.Client): Promise<void> {
  const { rows } = await target.query<{ count: string }>(
    "select count(*) from information_schema.tables where table_schema in ('public', 'drizzle')",
  );
  if (Number(rows[0]?.count) > 0) {
    throw new MoveRefusedError(
      'The PostgreSQL database is not empty: Cadence moves into an empty database only (create one with createdb).',
    );
  }
}

/** Cadence's tables, parents before children (foreign keys), so every insert finds its parent. */
async function tablesInDependencyOrder(pglite: PGlite): Promise<string[]> {
  const tables = (
    await pglite.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    )
  ).rows.map((row) => row.name);
  const edges = (
    await pglite.query<{ child: string; parent: string }>(
      `select c.relname as child, p.relname as parent from pg_constraint k
         join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
         join pg_namespace n on n.oid = c.relnamespace
       where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
    )
  ).rows;
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function copyTable(pglite: PGlite, target: pg.Client, table: string): Promise<void> {
  const columns = (
    await pglite.query<{ name: string }>(
      `select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
        order by ordinal_position`,
      [table],
    )
  ).rows.map((row) => row.name);
  const columnList = columns.map(quote).join(', ');
  const asText = columns.map((column) => `${quote(column)}::text`).join(', ');
  const rowsPerInsert = Math.max(1, Math.floor(parametersPerInsert / columns.length));
  await pglite.transaction(async (tx: Transaction) => {
    await tx.query(`declare rows_to_move no scroll cursor for select ${asText} from ${quote(table)}`);
    for (;;) {
      const { rows } = await tx.query<Record<string, string | null>>(
        `fetch ${rowsPerFetch} from rows_to_move`,
        [],
        { rowMode: 'array' } as never,
      );
      if (rows.length === 0) break;
      for (let start = 0; start < rows.length; start += rowsPerInsert) {
        const slice = rows.slice(start, start + rowsPerInsert) as unknown as (string | null)[][];
        const values = slice
          .map(
            (_, row) =>
              `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
          )
          .join(', ');
        // An exact copy: identity numbers are kept (the sequences are moved past them after).
        await target.query(
          `insert into ${quote(table)} (${columnList}) overriding system value values ${values}`,
          slice.flat(),
        );
      }
    }
    await tx.query('close rows_to_move');
  });
}

/** Serial and identity columns continue after the copied rows rather than from 1. */
async function resetSequences(pglite: PGlite, target: pg.Client): Promise<void> {
  const { rows } = await pglite.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
      where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const { table_name: table, column_name: column } of rows) {
    await target.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quote(column)}) from ${quote(table)}), 0) + 1, false)`,
      [`public.${quote(table)}`, column],
    );
  }
}

type Queryable = { query: (text: string) => Promise<{ rows: unknown[] }> };

/**
 * Row count and an order-free checksum of a table's rows in their text form, read in UTC with
 * the same output settings on both sides (the sort is on each row's hash, not on collated text).
 */
async function fingerprint(database: Queryable, table: string): Promise<{ rows: number; checksum: string }> {
  await database.query("set timezone = 'UTC'");
  await database.query('set extra_float_digits = 1');
  const { rows } = await database.query(
    `select count(*)::int as rows, md5(coalesce(string_agg(h, '' order by h), '')) as checksum
       from (select md5(t::text) as h from ${quote(table)} t) hashed`,
  );
  const row = rows[0] as { rows: number; checksum: string };
  return { rows: Number(row.rows), checksum: row.checksum };
}
