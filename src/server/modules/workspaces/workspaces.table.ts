import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** IANA zone: routines and week boundaries are computed in it. */
  timeZone: text('time_zone').notNull(),
  /** ISO 4217 code; every amount of the workspace is in integer cents of it. */
  currency: text('currency').notNull(),
  locale: text('locale').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  /** A publication later than this after its time is not sent: it is marked missed (publishing). */
  publishingLatenessMinutes: integer('publishing_lateness_minutes').notNull().default(60),
  /** Agencies: a post is scheduled only once the client (a viewer) approved it. */
  postsNeedApproval: boolean('posts_need_approval').notNull().default(false),
  createdAt: instant('created_at').defaultNow().notNull(),
  updatedAt: instant('updated_at').defaultNow().notNull(),
});

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'manager', 'member', 'viewer'] }).notNull(),
    /** What one hour of this member's time costs the workspace; null until set. */
    hourlyCostCents: integer('hourly_cost_cents'),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.workspaceId, table.userId] }),
    index('memberships_user_id_idx').on(table.userId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['manager', 'member', 'viewer'] }).notNull(),
    /** SHA-256 of the secret token: the link itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    acceptedAt: instant('accepted_at'),
    revokedAt: instant('revoked_at'),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('invitations_token_hash_idx').on(table.tokenHash),
    index('invitations_workspace_id_idx').on(table.workspaceId),
    // One open invitation per address and workspace: inviting again renews it.
    uniqueIndex('invitations_open_email_idx')
      .on(table.workspaceId, sql`lower(${table.email})`)
      .where(sql`${table.acceptedAt} is null and ${table.revokedAt} is null`),
  ],
);
