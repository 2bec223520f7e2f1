import { calendarExcerptLength } from '../../../contracts/content-calendar.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { StoredPostStatus, StoredVersionStatus } from '../../../core/content/post-status.js';
import type { Db } from '../../platform/db.js';
import { selectArrays } from '../../platform/sql-rows.js';

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
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The calendar's posts of a period in ONE statement: each post's few fields and its versions
 * aggregated beside it (json, in the versions' order), instants already in ISO form, so that
 * nothing is mapped column by column nor fetched per post. The posts' index on
 * (workspace_id, scheduled_at) finds the period; the versions' unique (post_id, network) each post's.
 * Written once (the month grid asks it on every view): each filter is a placeholder that matches
 * everything when null, and PostgreSQL, planning the unnamed statement with its values, drops
 * those. Benchmark 10 runs this very text as the route's raw SQL.
 * $1 workspace, $2 from, $3 before, $4 excerpt length, $5 pillar, $6 author, $7 network.
 */
export const calendarPostsSql = `select p.id, left(p.text, $4::int), p.pillar_id::text, p.status, ${isoInstant('p.scheduled_at')},
    coalesce((select json_agg(json_build_array(v.network, v.status, v.publish_mode, ${isoInstant('v.published_at')})
        order by v.sort_order)
      from post_versions v where v.post_id = p.id and v.workspace_id = p.workspace_id), '[]')::text
  from posts p
  where p.workspace_id = $1::uuid
    and p.scheduled_at >= $2::timestamptz and p.scheduled_at < $3::timestamptz
    and ($5::uuid is null or p.pillar_id = $5::uuid)
    and ($6::text is null or p.author_user_id = $6::text)
    and ($7::text is null or exists (select 1 from post_versions n
      where n.post_id = p.id and n.workspace_id = p.workspace_id and n.network = $7::text))
  order by p.scheduled_at asc, p.created_at asc
  limit 5000`;

/** The statement's values for a workspace's period and filters, in its placeholders' order. */
export function calendarPostsValues(workspaceId: string, filter: CalendarFilter): unknown[] {
  return [
    workspaceId,
    filter.from.toISOString(),
    filter.before.toISOString(),
    calendarExcerptLength,
    filter.pillarId ?? null,
    filter.authorUserId ?? null,
    filter.network ?? null,
  ];
}

type VersionTuple = [NetworkKey, StoredVersionStatus, 'by_hand' | 'connector', string | null];
type CalendarPostTuple = [string, string, string | null, StoredPostStatus, string, string];

export function createCalendarPostsRepository(db: Db) {
  return {
    async list(workspaceId: string, filter: CalendarFilter): Promise<CalendarPostRow[]> {
      const rows = await selectArrays<CalendarPostTuple>(
        db,
        calendarPostsSql,
        calendarPostsValues(workspaceId, filter),
      );
      return rows.map(([id, excerpt, pillarId, status, scheduledAt, versions]) => ({
        id,
        excerpt,
        pillarId,
        status,
        scheduledAt,
        // Cast to text in SQL: both drivers hand back the same string, parsed once here.
        versions: (JSON.parse(versions) as VersionTuple[]).map(
          ([network, status, publishMode, publishedAt]) => ({ network, status, publishMode, publishedAt }),
        ),
      }));
    },
  };
}
export type CalendarPostsRepository = ReturnType<typeof createCalendarPostsRepository>;
