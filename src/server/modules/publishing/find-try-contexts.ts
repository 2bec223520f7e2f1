import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';
import type { AttemptRow, PublicationRow } from './publications.repository.js';

export type TryContext = {
  publicationId: string;
  postId: string;
  postText: string;
  link: string | null;
  versionText: string | null;
  /** The version's network (a webhook's receiver is told it). */
  network: string;
  latenessMinutes: number;
  /** The workspace's tracked-links setting (null: no settings row, on by default). */
  trackLinks: boolean | null;
  /** The post's pillar, the tagged links' utm_campaign. */
  pillarName: string | null;
};

export type LastAttempt = Pick<AttemptRow, 'number' | 'outcome'>;

type ContextRow = {
  publication_id: string;
  post_id: string | null;
  post_text: string;
  link: string | null;
  version_text: string | null;
  network: string;
  lateness_minutes: number | null;
  track_links: boolean | null;
  pillar_name: string | null;
  last_number: number | null;
  last_outcome: AttemptRow['outcome'] | null;
};

/**
 * What each claimed try needs besides its row — the texts, the link, the lateness allowed, whether
 * links are tracked and the campaign they name (the pillar), and its latest attempt — in ONE
 * statement (it was six round trips per batch). Each table is read by primary key or its own index
 * in a materialized step, so the plan stays on indexes even on tables never analysed (a burst of
 * new posts: a plain join was planned with whole-table scans, ~0.4 s per batch on PGlite). Every
 * row read must belong to the publication's own workspace; a publication whose version or post is
 * not found there gets no context.
 */
export async function findTryContexts(tx: Queryable, rows: readonly PublicationRow[]) {
  const contexts = new Map<string, TryContext>();
  const lastAttempts = new Map<string, LastAttempt>();
  if (rows.length === 0) return { contexts, lastAttempts };
  const claimed = rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspaceId,
    versionId: row.postVersionId,
  }));
  const found = await selectRows<ContextRow>(
    tx,
    sql`
      with claimed as materialized (
        select * from jsonb_to_recordset(${JSON.stringify(claimed)}::jsonb)
          as c(id uuid, "workspaceId" uuid, "versionId" uuid)
      ), versions as materialized (
        select id, workspace_id, post_id, text, network from post_versions
        where id = any(array(select "versionId" from claimed))
      ), post_rows as materialized (
        select id, workspace_id, text, link, pillar_id from posts
        where id = any(array(select post_id from versions))
      ), last_attempts as materialized (
        select distinct on (publication_id) publication_id, workspace_id, number, outcome
        from publication_attempts
        where publication_id = any(array(select id from claimed))
        order by publication_id, number desc
      )
      select c.id::text as publication_id, p.id::text as post_id, p.text as post_text, p.link,
             v.text as version_text, v.network,
             w.publishing_lateness_minutes::int as lateness_minutes, s.track_links,
             e.name as pillar_name, a.number::int as last_number, a.outcome as last_outcome
      from claimed c
      left join versions v on v.id = c."versionId" and v.workspace_id = c."workspaceId"
      left join post_rows p on p.id = v.post_id and p.workspace_id = c."workspaceId"
      left join workspaces w on w.id = c."workspaceId"
      left join results_settings s on s.workspace_id = c."workspaceId"
      left join editorial_pillars e on e.id = p.pillar_id and e.workspace_id = c."workspaceId"
      left join last_attempts a on a.publication_id = c.id and a.workspace_id = c."workspaceId"`,
  );
  for (const row of found) {
    if (row.last_number !== null && row.last_outcome !== null)
      lastAttempts.set(row.publication_id, { number: Number(row.last_number), outcome: row.last_outcome });
    if (row.post_id === null || row.lateness_minutes === null) continue;
    contexts.set(row.publication_id, {
      publicationId: row.publication_id,
      postId: row.post_id,
      postText: row.post_text,
      link: row.link,
      versionText: row.version_text,
      network: row.network,
      latenessMinutes: Number(row.lateness_minutes),
      trackLinks: row.track_links,
      pillarName: row.pillar_name,
    });
  }
  return { contexts, lastAttempts };
}
