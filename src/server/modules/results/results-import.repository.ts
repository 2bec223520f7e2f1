import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PostMetrics } from '../../../core/results/engagement.js';
import type { OutcomeKind } from '../../../core/results/results-table.js';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';
import { importedPosts, outcomes, postMetricSnapshots, resultsImportMappings } from './results.table.js';

/** The queries of results imports; every one is filtered by workspace. */
export function createResultsImportRepository(db: Queryable) {
  return {
    async findMapping(workspaceId: string, source: string): Promise<unknown | null> {
      const [row] = await db
        .select({ mapping: resultsImportMappings.mapping })
        .from(resultsImportMappings)
        .where(
          and(eq(resultsImportMappings.workspaceId, workspaceId), eq(resultsImportMappings.source, source)),
        );
      return row?.mapping ?? null;
    },

    async saveMapping(tx: Queryable, workspaceId: string, source: string, mapping: unknown) {
      await tx
        .insert(resultsImportMappings)
        .values({ workspaceId, source, mapping })
        .onConflictDoUpdate({
          target: [resultsImportMappings.workspaceId, resultsImportMappings.source],
          set: { mapping, updatedAt: new Date() },
        });
    },

    /** Published versions of a network between two instants, with the link marked when published. */
    async listPublishedCandidates(
      workspaceId: string,
      network: string,
      from: string,
      to: string,
      timeZone: string,
    ) {
      return selectRows<{ postVersionId: string; url: string | null; localDate: string; text: string }>(
        db,
        sql`select v.id as "postVersionId",
              coalesce(v.published_url, (select pb.url from publications pb
                where pb.post_version_id = v.id and pb.workspace_id = v.workspace_id and pb.url is not null
                limit 1)) as url,
              to_char(v.published_at at time zone ${timeZone}, 'YYYY-MM-DD') as "localDate",
              coalesce(v.text, p.text) as text
            from post_versions v join posts p on p.id = v.post_id
            where v.workspace_id = ${workspaceId} and v.network = ${network} and v.status = 'published'
              and v.published_at >= ${from}::timestamptz and v.published_at < ${to}::timestamptz`,
      );
    },

    /** Keys among `keys` already imported in this workspace (snapshots or outcomes). */
    async findImportedKeys(workspaceId: string, target: 'snapshots' | 'outcomes', keys: readonly string[]) {
      if (keys.length === 0) return new Set<string>();
      const table = target === 'snapshots' ? postMetricSnapshots : outcomes;
      const rows = await db
        .select({ key: table.importKey })
        .from(table)
        .where(and(eq(table.workspaceId, workspaceId), inArray(table.importKey, [...keys])));
      return new Set(rows.flatMap((row) => (row.key ? [row.key] : [])));
    },

    async findImportedPosts(workspaceId: string, postKeys: readonly string[]) {
      if (postKeys.length === 0) return new Map<string, { id: string; postVersionId: string | null }>();
      const rows = await db
        .select({
          id: importedPosts.id,
          postKey: importedPosts.postKey,
          postVersionId: importedPosts.postVersionId,
        })
        .from(importedPosts)
        .where(
          and(eq(importedPosts.workspaceId, workspaceId), inArray(importedPosts.postKey, [...postKeys])),
        );
      return new Map(rows.map((row) => [row.postKey, { id: row.id, postVersionId: row.postVersionId }]));
    },

    /**
     * The imported post of `postKey`, created or brought up to date (a post first seen unmatched
     * is matched once its Cadence version is found; a match is never undone by a later export).
     */
    async upsertImportedPost(
      tx: Queryable,
      values: {
        workspaceId: string;
        network: string;
        postKey: string;
        externalId: string | null;
        url: string | null;
        publishedAt: Date;
        text: string;
        postVersionId: string | null;
      },
    ): Promise<{ id: string; postVersionId: string | null }> {
      const [row] = await tx
        .insert(importedPosts)
        .values(values)
        .onConflictDoUpdate({
          target: [importedPosts.workspaceId, importedPosts.postKey],
          set: {
            url: sql`coalesce(excluded.url, ${importedPosts.url})`,
            text: sql`case when excluded.text = '' then ${importedPosts.text} else excluded.text end`,
            postVersionId: sql`coalesce(${importedPosts.postVersionId}, excluded.post_version_id)`,
          },
        })
        .returning({ id: importedPosts.id, postVersionId: importedPosts.postVersionId });
      if (!row) throw new Error('upsert returned nothing');
      return row;
    },

    /** One imported reading; false when its key was already imported. */
    async insertImportedSnapshot(
      tx: Queryable,
      values: {
        workspaceId: string;
        target: { postVersionId: string } | { importedPostId: string };
        takenAt: Date;
        metrics: PostMetrics;
        importKey: string;
        userId: string;
      },
    ): Promise<boolean> {
      const inserted = await tx
        .insert(postMetricSnapshots)
        .values({
          workspaceId: values.workspaceId,
          ...values.target,
          takenAt: values.takenAt,
          source: 'imported',
          ...values.metrics,
          createdByUserId: values.userId,
          importKey: values.importKey,
        })
        .onConflictDoNothing()
        .returning({ id: postMetricSnapshots.id });
      return inserted.length > 0;
    },

    /** Imported outcomes in one statement; lines already imported (same key) are left as they are. */
    async insertImportedOutcomes(
      tx: Queryable,
      workspaceId: string,
      rows: readonly {
        kind: OutcomeKind;
        occurredOn: string;
        amountCents: number;
        currency: string;
        network: string | null;
        campaign: string | null;
        note: string;
        importKey: string;
        createdByUserId: string;
      }[],
    ): Promise<number> {
      if (rows.length === 0) return 0;
      const inserted = await tx
        .insert(outcomes)
        .values(rows.map((row) => ({ ...row, workspaceId, source: 'import' as const })))
        .onConflictDoNothing()
        .returning({ id: outcomes.id });
      return inserted.length;
    },
  };
}

export type ResultsImportRepository = ReturnType<typeof createResultsImportRepository>;
