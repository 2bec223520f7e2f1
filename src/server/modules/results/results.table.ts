import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { outcomeKinds } from '../../../core/results/results-table.js';
import { user } from '../auth/auth.table.js';
import { connectedAccounts } from '../connections/connections.table.js';
import { posts, postVersions } from '../content/content.table.js';
import { publications } from '../publishing/publishing.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

export const outcomeSources = ['manual', 'import', 'api'] as const;

/**
 * What the time brought: a lead, a client won or revenue, on a local date. The amount is integer
 * cents of `currency`, the workspace's currency when it was logged: if the workspace's currency
 * changes later, old rows keep theirs and the results leave them out (currencies are never mixed).
 */
export const outcomes = pgTable(
  'outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    kind: text('kind', { enum: outcomeKinds }).notNull(),
    occurredOn: date('occurred_on').notNull(),
    amountCents: integer('amount_cents').notNull().default(0),
    currency: text('currency').notNull(),
    network: text('network'),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    campaign: text('campaign'),
    note: text('note').notNull().default(''),
    source: text('source', { enum: outcomeSources }).notNull().default('manual'),
    /** The sender's own id (a CRM's record id): a second outcome with it is the same outcome. */
    externalId: text('external_id'),
    /** The UTM values the outcome arrived with, as sent (attribution reads them, see core/results/utm). */
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').defaultNow().notNull(),
    /** A CSV line's identity (src/core/results/imports): the same file imported twice adds nothing. */
    importKey: text('import_key'),
  },
  (table) => [
    index('outcomes_workspace_date_idx').on(table.workspaceId, table.occurredOn),
    uniqueIndex('outcomes_workspace_external_id_idx')
      .on(table.workspaceId, table.externalId)
      .where(sql`${table.externalId} is not null`),
    uniqueIndex('outcomes_import_key_idx').on(table.workspaceId, table.importKey),
    check('outcomes_amount_non_negative', sql`${table.amountCents} >= 0`),
  ],
);

export const costKinds = ['tools', 'advertising', 'agency', 'freelance'] as const;

/** Money spent besides tracked time, per month: subscriptions, ads, agency and freelance fees. */
export const directCosts = pgTable(
  'direct_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** The first day of the month the cost belongs to. */
    month: date('month').notNull(),
    kind: text('kind', { enum: costKinds }).notNull(),
    label: text('label').notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull(),
    network: text('network'),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    index('direct_costs_workspace_month_idx').on(table.workspaceId, table.month),
    check('direct_costs_amount_non_negative', sql`${table.amountCents} >= 0`),
    check('direct_costs_first_of_month', sql`extract(day from ${table.month}) = 1`),
  ],
);

export const metricSources = ['pulled', 'imported', 'manual'] as const;

/**
 * What a published post version had reached at `taken_at`. Rows are only ever added: the latest
 * is the current figure, the others its history. Null = not known (the network or the export
 * does not say), never 0.
 */
export const postMetricSnapshots = pgTable(
  'post_metric_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** The Cadence version measured; null for a post published outside Cadence (`importedPostId`). */
    postVersionId: uuid('post_version_id').references(() => postVersions.id, { onDelete: 'cascade' }),
    importedPostId: uuid('imported_post_id').references(() => importedPosts.id, { onDelete: 'cascade' }),
    publicationId: uuid('publication_id').references(() => publications.id, { onDelete: 'set null' }),
    takenAt: instant('taken_at').notNull(),
    source: text('source', { enum: metricSources }).notNull(),
    impressions: integer('impressions'),
    reactions: integer('reactions'),
    comments: integer('comments'),
    shares: integer('shares'),
    quotes: integer('quotes'),
    clicks: integer('clicks'),
    saves: integer('saves'),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** An imported line's identity: the same export imported twice adds no snapshot. */
    importKey: text('import_key'),
  },
  (table) => [
    index('post_metric_snapshots_version_idx').on(table.workspaceId, table.postVersionId, table.takenAt),
    index('post_metric_snapshots_imported_idx').on(table.workspaceId, table.importedPostId, table.takenAt),
    uniqueIndex('post_metric_snapshots_import_key_idx').on(table.workspaceId, table.importKey),
    check(
      'post_metric_snapshots_one_target',
      sql`(${table.postVersionId} is null) <> (${table.importedPostId} is null)`,
    ),
  ],
);

/**
 * A post found in a network's export (LinkedIn, Meta Business Suite). `postVersionId` names the
 * Cadence version it was matched to (by link, or by day and first words); unmatched, it is a
 * publication made outside Cadence, ranked with the others. `postKey` identifies it across exports.
 */
export const importedPosts = pgTable(
  'imported_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    network: text('network').notNull(),
    postKey: text('post_key').notNull(),
    externalId: text('external_id'),
    url: text('url'),
    publishedAt: instant('published_at').notNull(),
    text: text('text').notNull().default(''),
    postVersionId: uuid('post_version_id').references(() => postVersions.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('imported_posts_key_idx').on(table.workspaceId, table.postKey),
    index('imported_posts_published_idx').on(table.workspaceId, table.publishedAt),
  ],
);

/** The column mapping last used per import source (linkedin, facebook, instagram, outcomes). */
export const resultsImportMappings = pgTable(
  'results_import_mappings',
  {
    workspaceId: workspaceId(),
    source: text('source').notNull(),
    mapping: jsonb('mapping').notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.source] })],
);

/** A connected account's follower count, read once a day (one row per account and UTC day). */
export const followerSnapshots = pgTable(
  'follower_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    connectedAccountId: uuid('connected_account_id')
      .notNull()
      .references(() => connectedAccounts.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    day: date('day').notNull(),
    takenAt: instant('taken_at').notNull(),
    followers: integer('followers').notNull(),
  },
  (table) => [
    uniqueIndex('follower_snapshots_account_day_idx').on(table.connectedAccountId, table.day),
    index('follower_snapshots_workspace_day_idx').on(table.workspaceId, table.day),
  ],
);

/** Per-workspace results settings; a missing row means the defaults. */
export const resultsSettings = pgTable('results_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** Add utm_source / utm_medium / utm_campaign to posts' links (on by default). */
  trackLinks: boolean('track_links').notNull().default(true),
});
