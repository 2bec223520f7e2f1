import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PublishedPart } from '../../../contracts/connectors.js';
import {
  attemptOutcomes,
  publicationFailureReasons,
  publicationStatuses,
} from '../../../contracts/publishing.js';
import { connectedAccounts } from '../connections/connections.table.js';
import { postVersions } from '../content/content.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import type { StoredPublicationRequest } from './publication-request.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One post version going to one connected account (shared architecture, publishing model). The
 * row and its job are written in the transaction that schedules the post; its idempotency key is
 * fixed then and never changes, so every retry is the same publication to the network.
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postVersionId: uuid('post_version_id')
      .notNull()
      .references(() => postVersions.id, { onDelete: 'cascade' }),
    /** Null once the account is disconnected: the history stays, under `account_name`. */
    connectedAccountId: uuid('connected_account_id').references(() => connectedAccounts.id, {
      onDelete: 'set null',
    }),
    network: text('network').notNull(),
    accountName: text('account_name').notNull(),
    status: text('status', { enum: publicationStatuses }).notNull().default('scheduled'),
    dueAt: instant('due_at').notNull(),
    /** When its job should next run: `due_at` at first, then each retry's moment. */
    nextAttemptAt: instant('next_attempt_at').notNull(),
    /** While `publishing`: the worker holding it must finish by then, or the sweeper takes it back. */
    leaseUntil: instant('lease_until'),
    /** The pg-boss job planned for `next_attempt_at` (the sweeper re-queues when it is gone). */
    jobId: uuid('job_id'),
    /**
     * The request frozen before the first call and sent unchanged by every attempt (null until
     * then; cleared by an edit only while nothing of it can have reached the network).
     */
    request: jsonb('request').$type<StoredPublicationRequest>(),
    idempotencyKey: text('idempotency_key').notNull(),
    remoteId: text('remote_id'),
    url: text('url'),
    publishedAt: instant('published_at'),
    /** The parts of a thread already out, in order: a failed part resumes after them. */
    publishedParts: jsonb('published_parts').$type<PublishedPart[]>().notNull().default([]),
    /** Why it failed or was missed, as a code the interface words in the person's language. */
    failureReason: text('failure_reason', { enum: publicationFailureReasons }),
    /** The network's own words about the failure, when it gave any. */
    failureMessage: text('failure_message'),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex('publications_idempotency_key_idx').on(table.idempotencyKey),
    uniqueIndex('publications_version_account_idx').on(table.postVersionId, table.connectedAccountId),
    index('publications_due_idx').on(table.status, table.nextAttemptAt),
    index('publications_workspace_idx').on(table.workspaceId, table.publishedAt),
  ],
);

/** Each call to the network for a publication, written before the call (the audit trail). */
export const publicationAttempts = pgTable(
  'publication_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at'),
    outcome: text('outcome', { enum: attemptOutcomes }).notNull().default('running'),
    message: text('message'),
  },
  (table) => [uniqueIndex('publication_attempts_number_idx').on(table.publicationId, table.number)],
);
