import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A person's API tokens. Only the SHA-256 of the token is kept (the token is shown once, at its
 * creation), with a hint to recognise it. A token reaches only `workspace_ids`, and only while its
 * person is a member there with the role the route asks: a deleted workspace or a lost membership
 * closes it without touching this row. No `workspace_id` column: tokens belong to the person, not
 * to a workspace, so a workspace archive never carries them.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    hint: text('hint').notNull(),
    workspaceIds: uuid('workspace_ids').array().notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
    /** Written at most once a minute (core/api-tokens `shouldRecordUse`). */
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (table) => [index('api_tokens_user_idx').on(table.userId, table.createdAt)],
);
