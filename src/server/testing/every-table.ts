import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import type { SampleWorld } from './sample-world.js';

/**
 * A row in each workspace table the sample world leaves empty (follower counts, figures, imported
 * posts, notifications, slots, pillars, rush weeks, routine exceptions and marks, settings,
 * review notes…), written straight to the tables with values the app itself writes: the
 * workspace archive and the backup are then proven on data in every table, and the archive test
 * fails when a later table has none here.
 */
export async function fillEveryWorkspaceTable(db: Queryable, world: SampleWorld): Promise<void> {
  const { workspaceId } = world;
  const { ids } = world;
  const statements = [
    sql`insert into budget_settings (workspace_id) values (${workspaceId}) on conflict do nothing`,
    sql`insert into strategy_profiles (workspace_id) values (${workspaceId}) on conflict do nothing`,
    sql`insert into tracking_settings (workspace_id) values (${workspaceId}) on conflict do nothing`,
    sql`insert into results_settings (workspace_id, track_links) values (${workspaceId}, false) on conflict do nothing`,
    sql`insert into editorial_pillars (workspace_id, name, share_percent, sort_order)
        values (${workspaceId}, 'Behind the scenes', 40, 0)`,
    sql`insert into posting_slots (workspace_id, network, weekday, time) values (${workspaceId}, 'linkedin', 2, '09:30')`,
    sql`insert into rush_weeks (workspace_id, week_start, turned_on_by) values (${workspaceId}, '2026-11-16', ${ids.userId})`,
    sql`insert into weekly_review_notes (workspace_id, week_start, text) values (${workspaceId}, '2026-11-16', 'A calm week')`,
    sql`insert into routine_exceptions (workspace_id, block_id, original_date, kind)
        values (${workspaceId}, ${ids.blockId}, '2026-11-25', 'cancelled')`,
    sql`insert into routine_occurrence_marks (workspace_id, block_id, occurrence_date, status, marked_at, marked_by)
        values (${workspaceId}, ${ids.blockId}, '2026-11-18', 'done', '2026-11-18T10:05:00Z', ${ids.userId})`,
    sql`insert into post_efforts (workspace_id, post_id, session_id, source, user_id)
        values (${workspaceId}, ${ids.postId}, ${ids.sessionId}, 'batch_session', ${ids.userId})`,
    sql`insert into publication_attempts (workspace_id, publication_id, number, started_at)
        values (${workspaceId}, ${ids.publicationId}, 1, '2026-11-20T09:00:00Z')`,
    sql`insert into post_metric_snapshots (workspace_id, post_version_id, publication_id, taken_at, source, impressions, reactions, created_by_user_id)
        select ${workspaceId}, post_version_id, id, '2026-11-21T09:00:00Z', 'manual', 1500, 42, ${ids.userId}
          from publications where id = ${ids.publicationId}`,
    sql`insert into imported_posts (id, workspace_id, network, post_key, published_at)
        values ('00000000-0000-4000-8000-0000000000a1', ${workspaceId}, 'linkedin', 'urn:li:activity:1', '2026-11-10T08:00:00Z')`,
    sql`insert into post_metric_snapshots (workspace_id, imported_post_id, taken_at, source, impressions, import_key)
        values (${workspaceId}, '00000000-0000-4000-8000-0000000000a1', '2026-11-21T09:00:00Z', 'imported', 800, 'line-1')`,
    sql`insert into results_import_mappings (workspace_id, source, mapping)
        values (${workspaceId}, 'linkedin', '{"publishedAt":"Created date","impressions":"Impressions"}'::jsonb)`,
    // Its connection stays behind when the workspace is handed over (workspace archives).
    sql`insert into follower_snapshots (workspace_id, connected_account_id, network, day, taken_at, followers)
        values (${workspaceId}, ${ids.connectionId}, 'webhook', '2026-11-20', '2026-11-20T06:00:00Z', 120)`,
    // References kept without a foreign key: an entry timed on a routine block.
    sql`update time_entries set routine_block_id = ${ids.blockId}, occurrence_date = '2026-11-18'
         where id = ${ids.entryId} and workspace_id = ${workspaceId}`,
    sql`insert into notifications (user_id, workspace_id, kind, subject_key, subject)
        values (${ids.userId}, ${workspaceId}, 'approval_requested', ${ids.postId},
                ${JSON.stringify({ postId: ids.postId, label: 'An idea' })}::jsonb)`,
  ];
  for (const statement of statements) await db.execute(statement);
}
