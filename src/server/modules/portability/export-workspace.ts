import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { conflict } from '../../platform/problem.js';
import { selectRows } from '../../platform/sql-rows.js';
import { quoteIdentifier, readCatalog } from './schema-catalog.js';
import { isArchivedTable, type WorkspaceArchive, workspaceKeyOf } from './workspace-archive.js';

/**
 * The images a workspace archive may carry. The archive is one JSON text with images in hex (two
 * characters a byte): past ~250 MB of images it would outgrow what one string can hold, and an
 * import takes 200 MB of gzip. A bigger workspace is refused with a clear message instead.
 */
export const archiveImageBytesLimit = 150 * 1024 * 1024;

/** Every row of the workspace (the `workspaces` row and each table keyed by `workspace_id`). */
export async function exportWorkspace(
  db: Queryable,
  workspaceId: string,
  meta: { cadenceVersion: string; now: Date; imageBytesLimit?: number },
): Promise<WorkspaceArchive> {
  const limit = meta.imageBytesLimit ?? archiveImageBytesLimit;
  const [weight] = await selectRows<{ bytes: string }>(
    db,
    sql`select coalesce(sum(octet_length(bytes)), 0)::text as bytes from media where workspace_id = ${workspaceId}`,
  );
  const imageBytes = Number(weight?.bytes ?? 0);
  if (imageBytes > limit)
    throw conflict('archive_images_too_large', {
      megabytes: Math.ceil(imageBytes / 1_048_576),
      limit: Math.floor(limit / 1_048_576),
    });
  const catalog = await readCatalog(db);
  const tables: WorkspaceArchive['tables'] = [];
  const userIds = new Set<string>();
  let workspaceName = '';
  for (const table of catalog) {
    if (!isArchivedTable(table)) continue;
    // Identity numbers are the instance's own: the rows go in their order, renumbered on import.
    // Other rows in a fixed order (by id, else by every column), never the heap's: an update
    // moves a row there, and the same workspace must give the same archive wherever it lives
    // (a move to PostgreSQL copies rows, not their physical order's history).
    const columns = table.columns.filter((column) => !column.identity).map((column) => column.name);
    const identity = table.columns.find((column) => column.identity);
    // Qualified, so that the order reads the stored values, not the text the select list makes
    // of them; text compared byte by byte, whatever the database's collation.
    const ordered = (name: string) => `${quoteIdentifier(table.name)}.${quoteIdentifier(name)}`;
    const order = sql.raw(
      ` order by ${
        identity
          ? ordered(identity.name)
          : columns.includes('id')
            ? ordered('id')
            : columns.map((name) => `${ordered(name)}::text collate "C"`).join(', ')
      }`,
    );
    const key = workspaceKeyOf(table.name);
    const selected = columns.map(
      (column) => `${quoteIdentifier(column)}::text as ${quoteIdentifier(column)}`,
    );
    const rows = await selectRows<Record<string, string | null>>(
      db,
      sql`select ${sql.raw(selected.join(', '))} from ${sql.raw(quoteIdentifier(table.name))} where ${sql.raw(quoteIdentifier(key))} = ${workspaceId}${order}`,
    );
    const userColumns = columns.filter((column) => table.references.get(column) === 'user');
    for (const row of rows)
      for (const column of userColumns) if (row[column]) userIds.add(row[column] as string);
    if (table.name === 'workspaces') workspaceName = rows[0]?.name ?? '';
    tables.push({
      name: table.name,
      columns,
      rows: rows.map((row) => columns.map((column) => row[column] ?? null)),
    });
  }
  const people =
    userIds.size === 0
      ? []
      : await selectRows<{ id: string; name: string; email: string }>(
          db,
          sql`select id, name, email from "user" where id in (${sql.join(
            [...userIds].map((id) => sql`${id}`),
            sql`, `,
          )}) order by email`,
        );
  const [migration] = await selectRows<{ when: string | null }>(
    db,
    sql`select max(created_at)::text as when from drizzle.__drizzle_migrations`,
  );
  return {
    format: 'cadence-workspace-v1',
    cadenceVersion: meta.cadenceVersion,
    migrationWhen: Number(migration?.when ?? 0),
    exportedAt: meta.now.toISOString(),
    workspace: { id: workspaceId, name: workspaceName },
    people,
    tables,
  };
}
