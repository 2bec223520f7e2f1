import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import {
  type PublicationStatus,
  summariseVersionStatus,
} from '../../../core/publishing/publication-outcome.js';
import type { Queryable } from '../../platform/db.js';
import { connectedAccounts } from '../connections/connections.table.js';
import { posts, postVersions } from '../content/content.table.js';
import { resultsSettings } from '../results/results.table.js';
import { editorialPillars } from '../strategy/strategy.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { publicationAttempts, publications } from './publishing.table.js';

export type PublicationRow = typeof publications.$inferSelect;
export type AttemptRow = typeof publicationAttempts.$inferSelect;
export type NewPublication = typeof publications.$inferInsert;
type PublicationValues = Partial<Omit<PublicationRow, 'id' | 'workspaceId' | 'postVersionId' | 'createdAt'>>;

/** Publications and their attempts; every query names the workspace. */
export function createPublicationsRepository(db: Queryable) {
  const byId = (workspaceId: string, publicationId: string) =>
    and(eq(publications.workspaceId, workspaceId), eq(publications.id, publicationId));

  return {
    async listAccounts(tx: Queryable, workspaceId: string) {
      return tx
        .select({
          id: connectedAccounts.id,
          network: connectedAccounts.network,
          accountName: connectedAccounts.accountName,
        })
        .from(connectedAccounts)
        .where(eq(connectedAccounts.workspaceId, workspaceId))
        .orderBy(asc(connectedAccounts.createdAt));
    },

    async listForVersions(tx: Queryable, workspaceId: string, versionIds: readonly string[]) {
      if (versionIds.length === 0) return [];
      return tx
        .select()
        .from(publications)
        .where(
          and(
            eq(publications.workspaceId, workspaceId),
            inArray(publications.postVersionId, [...versionIds]),
          ),
        );
    },

    async insert(tx: Queryable, values: NewPublication): Promise<PublicationRow> {
      const [row] = await tx.insert(publications).values(values).returning();
      if (!row) throw new Error('publication not inserted');
      return row;
    },

    async update(
      tx: Queryable,
      workspaceId: string,
      publicationId: string,
      values: PublicationValues,
      now: Date,
    ) {
      await tx
        .update(publications)
        .set({ ...values, updatedAt: now })
        .where(byId(workspaceId, publicationId));
    },

    async find(workspaceId: string, publicationId: string, tx: Queryable = db) {
      const [row] = await tx.select().from(publications).where(byId(workspaceId, publicationId));
      return row ?? null;
    },

    /**
     * Takes the publication for one try: only one worker can, and only when its moment has come
     * (or the worker before let its lease run out). Null when there is nothing to do now.
     */
    async claim(tx: Queryable, workspaceId: string, publicationId: string, now: Date, leaseUntil: Date) {
      const [row] = await tx
        .update(publications)
        .set({ status: 'publishing', leaseUntil, updatedAt: now })
        .where(
          and(
            byId(workspaceId, publicationId),
            lte(publications.nextAttemptAt, new Date(now.getTime() + 5_000)),
            or(
              inArray(publications.status, ['scheduled', 'unknown']),
              and(eq(publications.status, 'publishing'), lt(publications.leaseUntil, now)),
            ),
          ),
        )
        .returning();
      return row ?? null;
    },

    /** What a try needs besides the row: the texts, the link, the lateness allowed, the last attempt. */
    async findTryContext(tx: Queryable, workspaceId: string, row: PublicationRow) {
      const [context] = await tx
        .select({
          postId: posts.id,
          postText: posts.text,
          link: posts.link,
          versionText: postVersions.text,
          versionNetwork: postVersions.network,
          latenessMinutes: workspaces.publishingLatenessMinutes,
          // Tracked links (results settings; no row = on) and the campaign they name (the pillar).
          trackLinks: resultsSettings.trackLinks,
          pillarName: editorialPillars.name,
        })
        .from(postVersions)
        .innerJoin(posts, eq(posts.id, postVersions.postId))
        .innerJoin(workspaces, eq(workspaces.id, postVersions.workspaceId))
        .leftJoin(resultsSettings, eq(resultsSettings.workspaceId, postVersions.workspaceId))
        .leftJoin(
          editorialPillars,
          and(
            eq(editorialPillars.id, posts.pillarId),
            eq(editorialPillars.workspaceId, postVersions.workspaceId),
          ),
        )
        .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.id, row.postVersionId)));
      const [lastAttempt] = await tx
        .select()
        .from(publicationAttempts)
        .where(
          and(
            eq(publicationAttempts.workspaceId, workspaceId),
            eq(publicationAttempts.publicationId, row.id),
          ),
        )
        .orderBy(desc(publicationAttempts.number))
        .limit(1);
      return context ? { ...context, lastAttempt: lastAttempt ?? null } : null;
    },

    async insertAttempt(tx: Queryable, values: typeof publicationAttempts.$inferInsert) {
      await tx.insert(publicationAttempts).values(values);
    },

    async finishAttempt(
      tx: Queryable,
      workspaceId: string,
      publicationId: string,
      number: number,
      values: { outcome: AttemptRow['outcome']; message: string | null; finishedAt: Date },
    ) {
      await tx
        .update(publicationAttempts)
        .set(values)
        .where(
          and(
            eq(publicationAttempts.workspaceId, workspaceId),
            eq(publicationAttempts.publicationId, publicationId),
            eq(publicationAttempts.number, number),
          ),
        );
    },

    async listAttempts(workspaceId: string, publicationIds: readonly string[]) {
      if (publicationIds.length === 0) return [];
      return db
        .select()
        .from(publicationAttempts)
        .where(
          and(
            eq(publicationAttempts.workspaceId, workspaceId),
            inArray(publicationAttempts.publicationId, [...publicationIds]),
          ),
        )
        .orderBy(asc(publicationAttempts.number));
    },

    async hasPost(workspaceId: string, postId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: posts.id })
        .from(posts)
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
      return Boolean(row);
    },

    async listForPost(workspaceId: string, postId: string) {
      return db
        .select({ publication: publications, network: postVersions.network, postId: postVersions.postId })
        .from(publications)
        .innerJoin(postVersions, eq(postVersions.id, publications.postVersionId))
        .where(and(eq(publications.workspaceId, workspaceId), eq(postVersions.postId, postId)))
        .orderBy(asc(postVersions.sortOrder), asc(publications.accountName));
    },

    async listProblems(workspaceId: string) {
      return db
        .select({
          publication: publications,
          network: postVersions.network,
          postId: posts.id,
          postText: posts.text,
          scheduledAt: posts.scheduledAt,
        })
        .from(publications)
        .innerJoin(postVersions, eq(postVersions.id, publications.postVersionId))
        .innerJoin(posts, eq(posts.id, postVersions.postId))
        .where(
          and(eq(publications.workspaceId, workspaceId), inArray(publications.status, ['failed', 'missed'])),
        )
        .orderBy(desc(publications.dueAt))
        .limit(500);
    },

    /** Where a publication belongs: its post and network (for the callbacks and views). */
    async findPlace(workspaceId: string, postVersionId: string, tx: Queryable = db) {
      const [row] = await tx
        .select({ postId: postVersions.postId, network: postVersions.network })
        .from(postVersions)
        .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.id, postVersionId)));
      return row ?? null;
    },

    /**
     * The version's state follows its publications (and the post's, once every version is out):
     * what the editor, the calendar and the results read.
     */
    async refreshVersionStatus(tx: Queryable, workspaceId: string, postVersionId: string) {
      const rows = await tx
        .select({ status: publications.status, url: publications.url, publishedAt: publications.publishedAt })
        .from(publications)
        .where(and(eq(publications.workspaceId, workspaceId), eq(publications.postVersionId, postVersionId)));
      const status = summariseVersionStatus(rows.map((row) => row.status as PublicationStatus));
      if (!status) return;
      const firstOut = rows.find((row) => row.status === 'published');
      const [version] = await tx
        .update(postVersions)
        .set({
          status,
          publishedAt: status === 'published' ? (firstOut?.publishedAt ?? null) : null,
          publishedUrl: status === 'published' ? (firstOut?.url ?? null) : null,
        })
        .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.id, postVersionId)))
        .returning({ postId: postVersions.postId });
      if (!version || status !== 'published') return;
      // The post is published once every version is (by hand or by a connector).
      await tx.execute(sql`
        update ${posts} set status = 'published', updated_at = now()
        where ${posts.workspaceId} = ${workspaceId} and ${posts.id} = ${version.postId}
          and not exists (select 1 from ${postVersions} where ${postVersions.postId} = ${version.postId}
                          and ${postVersions.status} <> 'published')`);
    },

    /**
     * Publications the sweeper must take back: waiting past their moment with no live job, or
     * `publishing` past their lease (the worker stopped). `hasLiveJob` is the job queue's answer.
     */
    async listStuck(now: Date, graceSeconds: number, limit: number) {
      const waitedTooLong = new Date(now.getTime() - graceSeconds * 1000);
      return db
        .select({
          id: publications.id,
          workspaceId: publications.workspaceId,
          status: publications.status,
          jobId: publications.jobId,
        })
        .from(publications)
        .where(
          or(
            and(
              inArray(publications.status, ['scheduled', 'unknown']),
              lte(publications.nextAttemptAt, waitedTooLong),
            ),
            and(
              eq(publications.status, 'publishing'),
              or(isNull(publications.leaseUntil), lt(publications.leaseUntil, now)),
            ),
          ),
        )
        .orderBy(asc(publications.nextAttemptAt))
        .limit(limit);
    },

    async setJobId(workspaceId: string, publicationId: string, jobId: string) {
      await db.update(publications).set({ jobId }).where(byId(workspaceId, publicationId));
    },
  };
}

export type PublicationsRepository = ReturnType<typeof createPublicationsRepository>;
