import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/workspaces.table.js';

/** Each workspace archive imported here, by its checksum: importing the same file twice adds nothing. */
export const workspaceImports = pgTable('workspace_imports', {
  archiveSha256: text('archive_sha256').primaryKey(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  sourceWorkspaceId: uuid('source_workspace_id').notNull(),
  importedByUserId: text('imported_by_user_id'),
  importedAt: timestamp('imported_at', { withTimezone: true }).defaultNow().notNull(),
});
