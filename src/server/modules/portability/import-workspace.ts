import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportReport } from '../../../contracts/portability.js';
import { knownMigrations } from '../../platform/backup/backup-manifest.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import { derivedTables } from '../../platform/derived-tables.js';
import { selectRows } from '../../platform/sql-rows.js';
import { type CatalogTable, quoteIdentifier, readCatalog } from './schema-catalog.js';
import { isArchivedTable, type WorkspaceArchive, workspaceKeyOf } from './workspace-archive.js';

export class ArchiveRefusedError extends Error {
  constructor(readonly code: 'archive_invalid' | 'archive_from_newer_cadence' | 'archive_unknown_table') {
    super(code);
  }
}

class DryRunRollback extends Error {}

const parametersPerInsert = 30_000;

/**
 * Imports a workspace archive as a new workspace: every id is new (the archive can be imported
 * beside its original), people are matched by email to this instance's accounts or kept as
 * placeholders under their name, and the importing person owns the result. A dry run does all
 * of it in a transaction that is rolled back, so what it reports is what an import would do.
 * The same archive imported twice answers the first import and changes nothing.
 */
export async function importWorkspace(
  runInTransaction: RunInTransaction,
  db: Queryable,
  archive: WorkspaceArchive,
  options: { importerUserId: string; archiveSha256: string; dryRun: boolean },
): Promise<ImportReport> {
  const newest = knownMigrations().at(-1)?.when ?? 0;
  if (archive.migrationWhen > newest) throw new ArchiveRefusedError('archive_from_newer_cadence');

  const [previous] = await selectRows<{ workspace_id: string }>(
    db,
    sql`select workspace_id from workspace_imports where archive_sha256 = ${options.archiveSha256}`,
  );
  if (previous) return { workspaceId: previous.workspace_id, alreadyImported: true, tables: [], people: [] };

  const catalog = new Map((await readCatalog(db)).map((table) => [table.name, table]));
  for (const table of archive.tables) {
    const known = catalog.get(table.name);
    if (
      !known ||
      table.columns.some((column) => !known.columns.some((candidate) => candidate.name === column))
    )
      throw new ArchiveRefusedError('archive_unknown_table');
    // Only the workspace's own tables, each with the column that ties its rows to the workspace
    // (remapped to the new one): an archive never writes the instance's accounts, sessions,
    // tokens or administrators, whatever a hand-made file lists.
    const isWorkspaceTable = isArchivedTable(known) || derivedTables.has(known.name);
    if (!isWorkspaceTable || !table.columns.includes(workspaceKeyOf(table.name)))
      throw new ArchiveRefusedError('archive_invalid');
  }
  if (archive.tables.find((table) => table.name === 'workspaces')?.rows.length !== 1)
    throw new ArchiveRefusedError('archive_invalid');

  let report: ImportReport | null = null;
  try {
    await runInTransaction(async (tx) => {
      const people = await matchPeople(tx, archive.people);
      const workspaceId = randomUUID();
      const ids = freshIds(archive, catalog, workspaceId);
      const tables: ImportReport['tables'] = [];
      for (const table of archive.tables) {
        // Never in archives made since it exists; rebuilt from the entries if one carries it.
        if (derivedTables.has(table.name)) continue;
        const target = catalog.get(table.name) as CatalogTable;
        const rows: Cell[][] = [];
        for (const row of table.rows) {
          const cells = table.columns.map((column, index) =>
            remap(target, column, row[index] ?? null, { ids, people, workspaceId }),
          );
          if (needsParentLeftBehind(target, table.columns, row, cells)) {
            // A follower count belongs to its network connection, which stays on this instance:
            // the row goes with it, and so do the rows that need this one.
            const id = row[table.columns.indexOf('id')];
            if (id) ids.delete(id);
            continue;
          }
          rows.push(cells);
        }
        await insertRows(tx, table.name, table.columns, rows);
        tables.push({ name: table.name, rows: rows.length });
      }
      await tx.execute(sql`
        insert into memberships (workspace_id, user_id, role) values (${workspaceId}, ${options.importerUserId}, 'owner')
        on conflict (workspace_id, user_id) do update set role = 'owner'`);
      if (!options.dryRun)
        await tx.execute(sql`
          insert into workspace_imports (archive_sha256, workspace_id, source_workspace_id, imported_by_user_id)
          values (${options.archiveSha256}, ${workspaceId}, ${archive.workspace.id}, ${options.importerUserId})`);
      report = {
        workspaceId: options.dryRun ? null : workspaceId,
        alreadyImported: false,
        tables,
        people: archive.people.map((person) => ({
          name: person.name,
          email: person.email,
          matched: people.matched.has(person.id),
        })),
      };
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return report as unknown as ImportReport;
}

type Mapping = { ids: Map<string, string>; people: { byOldId: Map<string, string> }; workspaceId: string };

/** A value as the insert takes it: text PostgreSQL parses by the column's type; bytes as bytes. */
type Cell = string | Buffer | null;

function remap(table: CatalogTable, column: string, value: string | null, mapping: Mapping): Cell {
  // Every row lands in the new workspace, even one a hand-made archive left without it.
  if (column === 'workspace_id') return mapping.workspaceId;
  if (value === null) return null;
  const type = table.columns.find((candidate) => candidate.name === column)?.type;
  if (column === 'id' && table.name === 'workspaces') return mapping.workspaceId;
  if (column === 'id' && type === 'uuid') return mapping.ids.get(value) ?? randomUUID();
  // Idempotency keys name a publication to its network: a copy is history, never the same post.
  if (column === 'idempotency_key') return `imported-${randomBytes(12).toString('base64url')}`;
  // The drivers type a bytea parameter themselves and want bytes, not PostgreSQL's `\x…` text.
  if (type === 'bytea') return Buffer.from(value.replace(/^\\x/, ''), 'hex');
  const parent = table.references.get(column);
  if (parent === 'user') return mapping.people.byOldId.get(value) ?? null;
  // A parent left behind (a network connection) leaves the reference empty.
  if (parent) return mapping.ids.get(value) ?? null;
  // A reference kept without a foreign key (a time entry's routine block, a session's time entry)
  // names a row of the archive, or something that is not in it (deleted, another workspace's, a
  // job of this instance): never an id from outside the new workspace.
  if (type === 'uuid') return mapping.ids.get(value) ?? null;
  // Ids kept inside documents and keys (a post's image list, a thread's parts, a notification's
  // subject) follow their rows.
  if (type === 'jsonb' || type === 'json' || type === 'text')
    return value.replace(uuidPattern, (id) => mapping.ids.get(id) ?? id);
  return value;
}

/** A required reference whose parent is not in the archive (left behind) cannot be written. */
function needsParentLeftBehind(
  table: CatalogTable,
  columns: string[],
  archived: (string | null)[],
  cells: Cell[],
): boolean {
  return columns.some((column, index) => {
    const parent = table.references.get(column);
    if (!parent || parent === 'user' || archived[index] == null || cells[index] !== null) return false;
    return table.columns.some((candidate) => candidate.name === column && !candidate.nullable);
  });
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * A new id for every row of the archive before any is written: a row may name another that
 * comes later (a post lists its images, which are inserted after it).
 */
function freshIds(archive: WorkspaceArchive, catalog: Map<string, CatalogTable>, workspaceId: string) {
  const ids = new Map<string, string>([[archive.workspace.id, workspaceId]]);
  for (const table of archive.tables) {
    const idColumn = table.columns.indexOf('id');
    const isUuid = catalog
      .get(table.name)
      ?.columns.some((column) => column.name === 'id' && column.type === 'uuid');
    if (idColumn < 0 || !isUuid || table.name === 'workspaces') continue;
    for (const row of table.rows) {
      const id = row[idColumn];
      if (id) ids.set(id, randomUUID());
    }
  }
  return ids;
}

/** Accounts of this instance by email; the others become placeholders that keep their name. */
async function matchPeople(tx: Queryable, people: WorkspaceArchive['people']) {
  const byOldId = new Map<string, string>();
  const matched = new Set<string>();
  for (const person of people) {
    const [existing] = await selectRows<{ id: string }>(
      tx,
      sql`select id from "user" where lower(email) = lower(${person.email})`,
    );
    if (existing) {
      byOldId.set(person.id, existing.id);
      matched.add(person.id);
      continue;
    }
    const id = randomBytes(16).toString('base64url');
    // An address nobody can receive mail at: the real address stays free for the person to sign up.
    const email = `imported-${randomBytes(6).toString('hex')}@placeholder.invalid`;
    await tx.execute(sql`insert into "user" (id, name, email, email_verified, created_at, updated_at)
      values (${id}, ${person.name}, ${email}, false, now(), now())`);
    byOldId.set(person.id, id);
  }
  return { byOldId, matched };
}

async function insertRows(tx: Queryable, table: string, columns: string[], rows: Cell[][]) {
  if (rows.length === 0) return;
  const perInsert = Math.max(1, Math.floor(parametersPerInsert / columns.length));
  const columnList = sql.raw(columns.map(quoteIdentifier).join(', '));
  for (let start = 0; start < rows.length; start += perInsert) {
    const values = rows.slice(start, start + perInsert).map(
      (row) =>
        sql`(${sql.join(
          row.map((value) => sql`${value}`),
          sql`, `,
        )})`,
    );
    await tx.execute(
      sql`insert into ${sql.raw(quoteIdentifier(table))} (${columnList}) values ${sql.join(values, sql`, `)}`,
    );
  }
}
