import { sql } from 'drizzle-orm';
import { calendarExcerptLength } from '../../../contracts/content-calendar.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { StoredPostStatus, StoredVersionStatus } from '../../../core/content/post-status.js';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';

/** A version as the calendar needs it: network, stored state, how it goes out, when it went. */
export type CalendarVersionRow = {
  network: NetworkKey;
  status: StoredVersionStatus;
  publishMode: 'by_hand' | 'connector';
  /** ISO instant (UTC, milliseconds), or null. */
  publishedAt: string | null;
};
export type CalendarPostRow = {
  id: string;
  excerpt: string;
  pillarId: string | null;
  status: StoredPostStatus;
  /** ISO instant (UTC, milliseconds): every post of a period has one. */
  scheduledAt: string;
  versions: CalendarVersionRow[];
};

export type CalendarFilter = {
  from: Date;
  before: Date;
  pillarId?: string;
  authorUserId?: string;
  network?: NetworkKey;
};

/** The instant as `Date.prototype.toISOString` writes it, whatever the session's time zone. */
const isoInstant = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The calendar's posts of a period in ONE statement: each post's few fields and its versions
 * aggregated beside it (json, in the versions' order), instants already in ISO form, so that
 * nothing is mapped column by column nor fetched per post. The posts' index on
 * (workspace_id, scheduled_at) finds the period; the versions' unique (post_id, network) each post's.
 */
export function calendarPostsStatement(workspaceId: string, filter: CalendarFilter) {
  return sql`select p.id, left(p.text, ${calendarExcerptLength}::int) as excerpt, p.pillar_id as "pillarId",
      p.status, ${isoInstant('p.scheduled_at')} as "scheduledAt",
      coalesce((select json_agg(json_build_array(v.network, v.status, v.publish_mode, ${isoInstant('v.published_at')})
          order by v.sort_order)
        from post_versions v where v.post_id = p.id and v.workspace_id = p.workspace_id), '[]')::text as versions
    from posts p
    where p.workspace_id = ${workspaceId}
      and p.scheduled_at >= ${filter.from.toISOString()}::timestamptz
      and p.scheduled_at < ${filter.before.toISOString()}::timestamptz
      ${filter.pillarId ? sql`and p.pillar_id = ${filter.pillarId}` : sql``}
      ${filter.authorUserId ? sql`and p.author_user_id = ${filter.authorUserId}` : sql``}
      ${filter.network ? sql`and exists (select 1 from post_versions n where n.post_id = p.id and n.workspace_id = p.workspace_id and n.network = ${filter.network})` : sql``}
    order by p.scheduled_at asc, p.created_at asc
    limit 5000`;
}

type VersionTuple = [NetworkKey, StoredVersionStatus, 'by_hand' | 'connector', string | null];

export function createCalendarPostsRepository(db: Queryable) {
  return {
    async list(workspaceId: string, filter: CalendarFilter): Promise<CalendarPostRow[]> {
      const rows = await selectRows<Omit<CalendarPostRow, 'versions'> & { versions: string }>(
        db,
        calendarPostsStatement(workspaceId, filter),
      );
      return rows.map((row) => ({
        ...row,
        // Cast to text in SQL: both drivers hand back the same string, parsed once here.
        versions: (JSON.parse(row.versions) as VersionTuple[]).map(
          ([network, status, publishMode, publishedAt]) => ({ network, status, publishMode, publishedAt }),
        ),
      }));
    },
  };
}
export type CalendarPostsRepository = ReturnType<typeof createCalendarPostsRepository>;
