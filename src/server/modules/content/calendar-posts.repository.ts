import { calendarExcerptLength } from '../../../contracts/content-calendar.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { StoredPostStatus, VersionStatus } from '../../../core/content/post-status.js';
import type { Db } from '../../platform/db.js';
import { selectArrays } from '../../platform/sql-rows.js';

/**
 * A post of the calendar as the statement gives it: its few fields, and its versions already
 * written as the contract's JSON (`[{"network":…,"status":…,"publishedAt":…}]`, states derived at
 * the statement's `now`) with their states apart, for the post's own state.
 */
export type CalendarPostRow = {
  id: string;
  excerpt: string;
  pillarId: string | null;
  status: StoredPostStatus;
  /** ISO instant (UTC, milliseconds): every post of a period has one. */
  scheduledAt: string;
  versionsJson: string;
  versionStates: VersionStatus[];
};

export type CalendarFilter = {
  from: Date;
  before: Date;
  /** The instant the versions' states are read at (to publish by hand once due). */
  now: Date;
  pillarId?: string;
  authorUserId?: string;
  network?: NetworkKey;
};

/** The instant as `Date.prototype.toISOString` writes it, whatever the session's time zone. */
const isoInstant = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * `deriveVersionStatus` (core/content/post-status.ts) in SQL, for a version `v` of a post `p`
 * at the instant `now`: proven equal to it for every stored state, mode and time by
 * calendar-posts.db.test.ts.
 */
export const versionStateSql = (now: string) =>
  `case when v.status = 'scheduled' and v.publish_mode = 'by_hand' and p.scheduled_at <= ${now} then 'to_publish_by_hand' else v.status end`;

/**
 * The calendar's posts of a period in ONE statement: each post's few fields and its versions
 * written beside it as the answer's JSON (in the versions' order, states derived, instants in ISO
 * form), so that the answer is put together without parsing, mapping or re-writing any version
 * (benchmark 10). The posts' index on (workspace_id, scheduled_at) finds the period; the
 * versions' unique (post_id, network) each post's. Written once (the month grid asks it on every
 * view): each filter is a placeholder that matches everything when null, and PostgreSQL,
 * planning the unnamed statement with its values, drops those. Benchmark 10 runs this very text
 * as the route's raw SQL.
 * $1 workspace, $2 from, $3 before, $4 excerpt length, $5 pillar, $6 author, $7 network, $8 now.
 */
export const calendarPostsSql = `select p.id, left(p.text, $4::int), p.pillar_id::text, p.status, ${isoInstant('p.scheduled_at')},
    v.versions, coalesce(v.states, '')
  from posts p
  cross join lateral (
    select '[' || coalesce(string_agg('{"network":' || to_json(s.network)::text || ',"status":' || to_json(s.state)::text
          || ',"publishedAt":' || coalesce('"' || ${isoInstant('s.published_at')} || '"', 'null') || '}', ',' order by s.sort_order), '')
        || ']' as versions,
      string_agg(s.state, ' ' order by s.sort_order) as states
    from (select v.network, v.sort_order, v.published_at, ${versionStateSql('$8::timestamptz')} as state
      from post_versions v where v.post_id = p.id and v.workspace_id = p.workspace_id) s
  ) v
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
    filter.now.toISOString(),
  ];
}

type CalendarPostTuple = [string, string, string | null, StoredPostStatus, string, string, string];

export function createCalendarPostsRepository(db: Db) {
  return {
    async list(workspaceId: string, filter: CalendarFilter): Promise<CalendarPostRow[]> {
      const rows = await selectArrays<CalendarPostTuple>(
        db,
        calendarPostsSql,
        calendarPostsValues(workspaceId, filter),
      );
      return rows.map(([id, excerpt, pillarId, status, scheduledAt, versionsJson, states]) => ({
        id,
        excerpt,
        pillarId,
        status,
        scheduledAt,
        versionsJson,
        versionStates: states === '' ? [] : (states.split(' ') as VersionStatus[]),
      }));
    },
  };
}
export type CalendarPostsRepository = ReturnType<typeof createCalendarPostsRepository>;
