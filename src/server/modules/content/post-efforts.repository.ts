import { sql } from 'drizzle-orm';
import type { LinkableEntry, PostEffort } from '../../../contracts/post-efforts.js';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';

/** Whole minutes of an entry, as `minutesOfSeconds` (src/core/content) and the 0023 trigger count them. */
const entryMinutesSql = sql.raw('round(extract(epoch from e.ended_at - e.started_at) / 60)::int');
const instantSql = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

export type LinkedEntry = { id: string; userId: string; isRunning: boolean; minutes: number };

/**
 * A post's effort row by row, and the links between time entries and posts. Every query is
 * scoped to the workspace; `posts.effort_minutes` and the links' fit to their entry are kept by
 * the database (migration 0023), so nothing here writes a sum.
 */
export function createPostEffortsRepository(db: Queryable) {
  return {
    async postExists(workspaceId: string, postId: string, tx: Queryable = db): Promise<boolean> {
      const rows = await selectRows<{ id: string }>(
        tx,
        sql`select id from posts where workspace_id = ${workspaceId} and id = ${postId}`,
      );
      return rows.length > 0;
    },

    /** The entry, locked until the transaction ends: two links at once cannot both take its last minutes. */
    async lockEntry(tx: Queryable, workspaceId: string, entryId: string): Promise<LinkedEntry | null> {
      const [row] = await selectRows<LinkedEntry>(
        tx,
        sql`select e.id, e.user_id as "userId", e.ended_at is null as "isRunning",
              coalesce(${entryMinutesSql}, 0) as minutes
            from time_entries e where e.workspace_id = ${workspaceId} and e.id = ${entryId}
            for update`,
      );
      return row ?? null;
    },

    async findEntry(workspaceId: string, entryId: string): Promise<LinkedEntry | null> {
      const [row] = await selectRows<LinkedEntry>(
        db,
        sql`select e.id, e.user_id as "userId", e.ended_at is null as "isRunning",
              coalesce(${entryMinutesSql}, 0) as minutes
            from time_entries e where e.workspace_id = ${workspaceId} and e.id = ${entryId}`,
      );
      return row ?? null;
    },

    /** The entry's links, with their post's first words, in the order they were made. */
    async listEntryLinks(workspaceId: string, entryId: string, tx: Queryable = db) {
      return selectRows<{
        postId: string;
        excerpt: string;
        status: 'draft' | 'ready' | 'awaiting_approval' | 'scheduled' | 'published';
        scheduledAt: string | null;
        minutes: number;
      }>(
        tx,
        sql`select p.id as "postId", left(p.text, 120) as excerpt, p.status,
              ${instantSql('p.scheduled_at')} as "scheduledAt", f.minutes
            from post_efforts f join posts p on p.id = f.post_id and p.workspace_id = f.workspace_id
            where f.workspace_id = ${workspaceId} and f.time_entry_id = ${entryId}
            order by f.created_at, f.id`,
      );
    },

    /** Adds the link; false when the entry is already linked to the post. */
    async insertLink(
      tx: Queryable,
      values: { workspaceId: string; postId: string; entryId: string; userId: string; minutes: number },
    ): Promise<boolean> {
      const rows = await selectRows<{ id: string }>(
        tx,
        sql`insert into post_efforts (workspace_id, post_id, time_entry_id, user_id, source, minutes)
            values (${values.workspaceId}, ${values.postId}, ${values.entryId}, ${values.userId}, 'linked_entry', ${values.minutes})
            on conflict (time_entry_id, post_id) do nothing
            returning id`,
      );
      return rows.length > 0;
    },

    async deleteLink(workspaceId: string, entryId: string, postId: string): Promise<boolean> {
      const rows = await selectRows<{ id: string }>(
        db,
        sql`delete from post_efforts
            where workspace_id = ${workspaceId} and time_entry_id = ${entryId} and post_id = ${postId}
            returning id`,
      );
      return rows.length > 0;
    },

    /** The post's effort, source by source, newest work first, and its kept sum. */
    async listPostEfforts(workspaceId: string, postId: string) {
      const efforts = await selectRows<
        Omit<PostEffort, 'entry'> & {
          entryId: string | null;
          entryEndedAt: string | null;
          entryMinutes: number | null;
          entryNote: string | null;
          entryCategoryId: string | null;
        }
      >(
        db,
        sql`select f.id, f.source, f.minutes, f.user_id as "userId", u.name as "userName",
              ${instantSql('coalesce(e.started_at, s.started_at, f.created_at)')} as "startedAt",
              e.id as "entryId", ${instantSql('e.ended_at')} as "entryEndedAt",
              ${entryMinutesSql} as "entryMinutes", e.note as "entryNote", e.category_id as "entryCategoryId"
            from post_efforts f
            left join content_sessions s on s.id = f.session_id and s.workspace_id = f.workspace_id
            left join time_entries e on e.id = f.time_entry_id and e.workspace_id = f.workspace_id
            left join "user" u on u.id = f.user_id
            where f.workspace_id = ${workspaceId} and f.post_id = ${postId}
            order by coalesce(e.started_at, s.started_at, f.created_at) desc, f.id`,
      );
      const [post] = await selectRows<{ minutes: number }>(
        db,
        sql`select effort_minutes as minutes from posts where workspace_id = ${workspaceId} and id = ${postId}`,
      );
      return {
        totalMinutes: post?.minutes ?? 0,
        efforts: efforts.map(
          ({ entryId, entryEndedAt, entryMinutes, entryNote, entryCategoryId, ...effort }): PostEffort => ({
            ...effort,
            entry:
              entryId && entryEndedAt
                ? {
                    id: entryId,
                    endedAt: entryEndedAt,
                    minutes: entryMinutes ?? 0,
                    note: entryNote ?? '',
                    categoryId: entryCategoryId ?? '',
                  }
                : null,
          }),
        ),
      };
    },

    /** The person's finished entries started since `since`, newest first, with what each has left to link. */
    async listLinkableEntries(
      workspaceId: string,
      userId: string,
      postId: string,
      since: Date,
      limit: number,
    ): Promise<LinkableEntry[]> {
      return selectRows<LinkableEntry>(
        db,
        sql`select e.id, ${instantSql('e.started_at')} as "startedAt", ${instantSql('e.ended_at')} as "endedAt",
              ${entryMinutesSql} as minutes,
              greatest(0, ${entryMinutesSql} - coalesce(l.linked, 0))::int as "minutesLeft",
              e.note, e.category_id as "categoryId", e.network_key as "networkKey",
              coalesce(l.is_linked_to_post, false) as "isLinkedToPost"
            from time_entries e
            left join lateral (
              select sum(f.minutes)::int as linked, bool_or(f.post_id = ${postId}) as is_linked_to_post
              from post_efforts f where f.time_entry_id = e.id and f.workspace_id = e.workspace_id
            ) l on true
            where e.workspace_id = ${workspaceId} and e.user_id = ${userId} and e.ended_at is not null
              and e.started_at >= ${since.toISOString()}::timestamptz
            order by e.started_at desc, e.id
            limit ${limit}`,
      );
    },
  };
}

export type PostEffortsRepository = ReturnType<typeof createPostEffortsRepository>;
