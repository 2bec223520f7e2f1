import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';

export type CatalogTable = {
  name: string;
  /** `identity`: numbered by the database itself (GENERATED ALWAYS): never written, renumbered. */
  columns: { name: string; type: string; identity: boolean; nullable: boolean }[];
  /** Column → the table it references (single-column foreign keys: all of Cadence's). */
  references: Map<string, string>;
};

/**
 * Cadence's tables as the database describes them, parents before children, read from the
 * catalogue rather than listed by hand: a table added by a later feature travels in workspace
 * archives without anyone remembering to add it here.
 */
export async function readCatalog(db: Queryable): Promise<CatalogTable[]> {
  const columns = await selectRows<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_identity: string;
    is_nullable: string;
  }>(
    db,
    sql`select table_name, column_name, data_type, is_identity, is_nullable from information_schema.columns
         where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
  );
  const foreignKeys = await selectRows<{ child: string; column: string; parent: string }>(
    db,
    sql`select c.relname as child, a.attname as column, p.relname as parent
          from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_class p on p.oid = k.confrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
         where k.contype = 'f' and n.nspname = 'public'`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const column of columns) {
    const table = tables.get(column.table_name) ?? {
      name: column.table_name,
      columns: [],
      references: new Map<string, string>(),
    };
    table.columns.push({
      name: column.column_name,
      type: column.data_type,
      identity: column.is_identity === 'YES',
      nullable: column.is_nullable === 'YES',
    });
    tables.set(column.table_name, table);
  }
  for (const key of foreignKeys) tables.get(key.child)?.references.set(key.column, key.parent);

  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const visit = (table: CatalogTable, path: Set<string>) => {
    if (placed.has(table.name) || path.has(table.name)) return;
    path.add(table.name);
    for (const parent of table.references.values()) {
      const parentTable = tables.get(parent);
      if (parentTable && parent !== table.name) visit(parentTable, path);
    }
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables.values()].sort((a, b) => a.name.localeCompare(b.name)))
    visit(table, new Set());
  return ordered;
}

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
