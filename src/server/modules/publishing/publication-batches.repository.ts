import { and, eq, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PublishedPart } from '../../../contracts/connectors.js';
import type { PublicationFailureReason } from '../../../contracts/publishing.js';
import {
  type PublicationStatus,
  summariseVersionStatus,
} from '../../../core/publishing/publication-outcome.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from '../content/content.table.js';
import { findTryContexts } from './find-try-contexts.js';
import type { StoredPublicationRequest } from './publication-request.js';
import type { AttemptRow, PublicationRow } from './publications.repository.js';
import { publicationAttempts, publications } from './publishing.table.js';

/** A publication named by a job: it is claimed only inside the workspace the job names. */
export type PublicationReference = { workspaceId: string; publicationId: string };

/** What a try's outcome writes on its publication (every column, so one statement serves all). */
export type PublicationOutcomeValues = {
  id: string;
  status: PublicationStatus;
  remoteId: string | null;
  url: string | null;
  publishedAt: Date | null;
  publishedParts: PublishedPart[];
  failureReason: PublicationFailureReason | null;
  failureMessage: string | null;
  /** Null keeps the current moment (only a retry sets a new one). */
  nextAttemptAt: Date | null;
  jobId: string | null;
};

/**
 * The ids of a `jsonb_to_recordset` join, also given as an array the primary key's index can
 * take: the planner counts 100 rows for any such function and, on tables never analysed (PGlite
 * has no autovacuum; a burst of new posts), joined it to a whole-table scan — once per batch, so
 * the pipeline's cost grew with the table (O(n²) over a burst of 10,000).
 */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * `id in (...)` led by the primary key, and each row kept only in the workspace its job named
 * (tenant-safe). The workspace is compared as text, which no index serves, so the planner cannot
 * lead with `publications_workspace_idx`: on tables never analysed (PGlite has no autovacuum) it
 * guessed a workspace holds a dozen rows and read every row of a busy one, once per batch.
 */
function inWorkspaces(references: readonly PublicationReference[]): SQL {
  const byWorkspace = new Map<string, string[]>();
  for (const { workspaceId, publicationId } of references)
    byWorkspace.set(workspaceId, [...(byWorkspace.get(workspaceId) ?? []), publicationId]);
  const groups = [...byWorkspace].map(
    ([workspaceId, ids]) =>
      sql`(${workspaceOf(workspaceId)} and ${publications.id} = any(${uuidArray(ids)}))`,
  );
  const allIds = references.map((reference) => reference.publicationId);
  return groups.length === 0
    ? sql`false`
    : sql`(${publications.id} = any(${uuidArray(allIds)}) and (${sql.join(groups, sql` or `)}))`;
}

/** `workspace_id = workspaceId`, written so that no index on it is chosen (see `inWorkspaces`). */
const workspaceOf = (workspaceId: string) =>
  sql`${publications.workspaceId}::text = ${workspaceId}::uuid::text`;

const asJson = (value: unknown) => JSON.stringify(value);

/** An attempt's end, as a try writes it. */
export type FinishedAttempt = {
  workspaceId: string;
  publicationId: string;
  number: number;
  outcome: AttemptRow['outcome'];
  message: string | null;
  finishedAt: Date;
};

/** The statement that closes attempts, each with its own outcome (alone, or in a `with`). */
function closeAttempts(attempts: readonly FinishedAttempt[]): SQL {
  return sql`
    update ${publicationAttempts} as a
    set finished_at = x."finishedAt", outcome = x.outcome, message = x.message
    from jsonb_to_recordset(${asJson(attempts)}::jsonb)
      as x("workspaceId" uuid, "publicationId" uuid, number int, outcome text, message text,
           "finishedAt" timestamptz)
    where a.workspace_id = x."workspaceId" and a.publication_id = x."publicationId"
      and a.number = x.number and a.publication_id = any(${uuidArray(attempts.map((attempt) => attempt.publicationId))})`;
}

/**
 * The set-based statements of the publish pipeline: a batch of jobs costs a handful of
 * statements, not a handful per publication (PGlite serves every query on one connection).
 */
export function createPublicationBatchesRepository() {
  return {
    findTryContexts,

    /**
     * Takes every publication of the batch whose moment has come (or whose worker let its lease
     * run out) in one statement. On PostgreSQL, rows another worker is claiming right now are
     * skipped, not waited for (`for update skip locked`); the conditions are read again on the
     * locked row, so a publication is only ever claimed by one try at a time.
     */
    async claim(
      tx: Queryable,
      references: readonly PublicationReference[],
      now: Date,
      leaseUntil: Date,
    ): Promise<PublicationRow[]> {
      if (references.length === 0) return [];
      const claimable = and(
        inWorkspaces(references),
        lte(publications.nextAttemptAt, new Date(now.getTime() + 5_000)),
        or(
          inArray(publications.status, ['scheduled', 'unknown']),
          and(eq(publications.status, 'publishing'), lt(publications.leaseUntil, now)),
        ),
      );
      const lockable = tx
        .select({ id: publications.id })
        .from(publications)
        .where(claimable)
        .for('update', { skipLocked: true });
      return tx
        .update(publications)
        .set({ status: 'publishing', leaseUntil, updatedAt: now })
        .where(and(inArray(publications.id, lockable), claimable))
        .returning();
    },

    async insertAttempts(tx: Queryable, values: (typeof publicationAttempts.$inferInsert)[]) {
      if (values.length > 0) await tx.insert(publicationAttempts).values(values);
    },

    /** Closes attempts, each with its own outcome, in one statement. */
    async finishAttempts(tx: Queryable, attempts: readonly FinishedAttempt[]) {
      if (attempts.length > 0) await tx.execute(closeAttempts(attempts));
    },

    /** Too late and nothing to look up: missed, all at once. */
    async markMissed(tx: Queryable, rows: readonly PublicationRow[], now: Date) {
      if (rows.length === 0) return;
      await tx
        .update(publications)
        .set({
          status: 'missed',
          failureReason: 'too_late',
          failureMessage: null,
          leaseUntil: null,
          jobId: null,
          updatedAt: now,
        })
        .where(inWorkspaces(rows.map((row) => ({ workspaceId: row.workspaceId, publicationId: row.id }))));
    },

    /**
     * Stores the requests frozen outside the claim's transaction, only where the try still holds
     * the publication (same lease, still `publishing`, nothing frozen meanwhile), and renews the
     * lease for the call. Returns the ids stored: a try whose id is missing lost its claim and
     * must not call the network.
     */
    async storeRequests(
      tx: Queryable,
      items: readonly { workspaceId: string; id: string; request: StoredPublicationRequest }[],
      claimedLease: Date,
      leaseUntil: Date,
      now: Date,
    ): Promise<Set<string>> {
      if (items.length === 0) return new Set();
      const stored = await tx.execute(sql`
        update ${publications} as p
        set request = x.request, lease_until = ${leaseUntil.toISOString()}::timestamptz,
            updated_at = ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${asJson(items)}::jsonb) as x("workspaceId" uuid, id uuid, request jsonb)
        where p.id = x.id and p.workspace_id = x."workspaceId" and p.status = 'publishing'
          and p.id = any(${uuidArray(items.map((item) => item.id))})
          and p.request is null and p.lease_until = ${claimedLease.toISOString()}::timestamptz
        returning p.id::text as id`);
      const rows = (Array.isArray(stored) ? stored : (stored as { rows: { id: string }[] }).rows) as {
        id: string;
      }[];
      return new Set(rows.map((row) => row.id));
    },

    /** The publications' current state, locked until the outcomes are written. */
    async lockForOutcome(tx: Queryable, references: readonly PublicationReference[]) {
      if (references.length === 0) return new Map<string, PublicationStatus>();
      const rows = await tx
        .select({ id: publications.id, status: publications.status })
        .from(publications)
        .where(inWorkspaces(references))
        .for('update');
      return new Map(rows.map((row) => [row.id, row.status as PublicationStatus]));
    },

    /**
     * Writes each publication's outcome (published, failed, missed, or waiting for a retry) and
     * closes the tries' attempts, in one statement (attempts of publications another try settled
     * meanwhile are closed too; their publication is left as that try wrote it). Called once the
     * publications are locked: publications before attempts, the claim's order, so the two never
     * wait on each other crosswise.
     */
    async writeOutcomes(
      tx: Queryable,
      workspaceIdOf: ReadonlyMap<string, string>,
      outcomes: readonly PublicationOutcomeValues[],
      attempts: readonly FinishedAttempt[],
      now: Date,
    ) {
      if (outcomes.length === 0) {
        if (attempts.length > 0) await tx.execute(closeAttempts(attempts));
        return;
      }
      const rows = outcomes.map((outcome) => ({ ...outcome, workspaceId: workspaceIdOf.get(outcome.id) }));
      const closing = attempts.length > 0 ? sql`with closed as (${closeAttempts(attempts)}) ` : sql``;
      await tx.execute(sql`${closing}
        update ${publications} as p
        set status = x.status, remote_id = x."remoteId", url = x.url, published_at = x."publishedAt",
            published_parts = x."publishedParts", failure_reason = x."failureReason",
            failure_message = x."failureMessage",
            next_attempt_at = coalesce(x."nextAttemptAt", p.next_attempt_at),
            job_id = x."jobId", lease_until = null, updated_at = ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${asJson(rows)}::jsonb)
          as x(id uuid, "workspaceId" uuid, status text, "remoteId" text, url text,
               "publishedAt" timestamptz, "publishedParts" jsonb, "failureReason" text,
               "failureMessage" text, "nextAttemptAt" timestamptz, "jobId" uuid)
        where p.id = x.id and p.workspace_id = x."workspaceId"
          and p.id = any(${uuidArray(rows.map((row) => row.id))})`);
    },

    /**
     * Each version's state follows its publications (and its post's, once every version is out):
     * what the editor, the calendar and the results read. Two statements for any number.
     */
    async refreshVersionStatuses(
      tx: Queryable,
      versions: readonly { workspaceId: string; postVersionId: string }[],
    ) {
      if (versions.length === 0) return;
      const byWorkspace = new Map<string, string[]>();
      for (const { workspaceId, postVersionId } of versions)
        byWorkspace.set(workspaceId, [...(byWorkspace.get(workspaceId) ?? []), postVersionId]);
      // Led by the version's index; each version only in its own workspace (see `inWorkspaces`).
      const ofVersions = sql`(${publications.postVersionId} = any(${uuidArray(versions.map((version) => version.postVersionId))}) and (${sql.join(
        [...byWorkspace].map(
          ([workspaceId, ids]) =>
            sql`(${workspaceOf(workspaceId)} and ${publications.postVersionId} = any(${uuidArray(ids)}))`,
        ),
        sql` or `,
      )}))`;
      const rows = await tx
        .select({
          postVersionId: publications.postVersionId,
          workspaceId: publications.workspaceId,
          status: publications.status,
          url: publications.url,
          publishedAt: publications.publishedAt,
          createdAt: publications.createdAt,
        })
        .from(publications)
        .where(ofVersions)
        .orderBy(publications.createdAt);
      const byVersion = new Map<string, typeof rows>();
      for (const row of rows)
        byVersion.set(row.postVersionId, [...(byVersion.get(row.postVersionId) ?? []), row]);
      const updates = [...byVersion].flatMap(([postVersionId, ofVersion]) => {
        const status = summariseVersionStatus(ofVersion.map((row) => row.status as PublicationStatus));
        if (!status) return [];
        const firstOut = ofVersion.find((row) => row.status === 'published');
        const isPublished = status === 'published';
        return [
          {
            id: postVersionId,
            workspaceId: ofVersion[0]?.workspaceId,
            status,
            publishedAt: isPublished ? (firstOut?.publishedAt ?? null) : null,
            publishedUrl: isPublished ? (firstOut?.url ?? null) : null,
          },
        ];
      });
      if (updates.length === 0) return;
      // One statement for the versions and their posts: a post is published once every version
      // is (by hand or by a connector). The outer statement sees the versions as they were before
      // this one's update, so the versions just written are judged by what the update returned.
      await tx.execute(sql`
        with written as (
          update ${postVersions} as v
          set status = x.status, published_at = x."publishedAt", published_url = x."publishedUrl"
          from jsonb_to_recordset(${asJson(updates)}::jsonb)
            as x(id uuid, "workspaceId" uuid, status text, "publishedAt" timestamptz, "publishedUrl" text)
          where v.id = x.id and v.workspace_id = x."workspaceId"
            and v.id = any(${uuidArray(updates.map((update) => update.id))})
          returning v.id, v.post_id, v.status
        )
        update ${posts} set status = 'published', updated_at = now()
        where ${posts.id} in (select post_id from written where status = 'published')
          and not exists (select 1 from written where written.post_id = ${posts.id}
                          and written.status <> 'published')
          and not exists (select 1 from ${postVersions} other where other.post_id = ${posts.id}
                          and other.id not in (select id from written) and other.status <> 'published')`);
    },
  };
}

export type PublicationBatchesRepository = ReturnType<typeof createPublicationBatchesRepository>;
