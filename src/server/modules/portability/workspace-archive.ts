import { z } from 'zod';
import { derivedTables } from '../../platform/derived-tables.js';
import type { CatalogTable } from './schema-catalog.js';

/**
 * A workspace's archive: every row of every table that belongs to it, each value in its text
 * form (what PostgreSQL prints and reads back exactly, for any type), with the people it names.
 * Network connections (their tokens are sealed with this instance's secret), calendar feed
 * tokens and pending invitations stay behind: they are secrets of this instance.
 */
export const workspaceArchiveSchema = z.object({
  format: z.literal('cadence-workspace-v1'),
  cadenceVersion: z.string(),
  /** The newest migration of the exporting instance (drizzle's `created_at`). */
  migrationWhen: z.number().int(),
  exportedAt: z.iso.datetime(),
  workspace: z.object({ id: z.uuid(), name: z.string() }),
  people: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)),
      rows: z.array(z.array(z.string().nullable())),
    }),
  ),
});
export type WorkspaceArchive = z.infer<typeof workspaceArchiveSchema>;

/** Tables never exported: instance secrets, or rows that only make sense on this instance. */
export const tablesLeftBehind = new Set([
  'calendar_feeds',
  'invitations',
  'connected_accounts',
  // Which archives this instance imported: its own bookkeeping.
  'workspace_imports',
  // Rebuilt by the database as the archive's entries are written.
  ...derivedTables,
]);

/**
 * Whether a table's rows belong to one workspace and travel in its archive: the `workspaces` row
 * and every table keyed by `workspace_id`, except those left behind. An import accepts these
 * tables only: anything else (accounts, sessions, API tokens, instance administrators) would
 * let an archive write rows of the instance itself.
 */
export function isArchivedTable(table: CatalogTable): boolean {
  if (tablesLeftBehind.has(table.name)) return false;
  return table.name === 'workspaces' || table.columns.some((column) => column.name === 'workspace_id');
}

/** The column that names the workspace in an archived table's rows. */
export const workspaceKeyOf = (tableName: string) => (tableName === 'workspaces' ? 'id' : 'workspace_id');
