import { calendarExcerptLength } from '../../../contracts/content-calendar.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { StoredPostStatus, StoredVersionStatus } from '../../../core/content/post-status.js';
import type { Db } from '../../platform/db.js';
import { isoInstant, selectArrays } from '../../platform/sql-rows.js';

/** A version as the calendar needs it: network, stored state, how it goes out, when it went (ISO, or null). */
export type CalendarVersionRow = [
  network: NetworkKey,
  status: StoredVersionStatus,
  publishMode: 'by_hand' | 'connector',
  publishedAt: string | null,
];
/** A post of the period as its row comes, its versions parsed (instants are ISO text, UTC, milliseconds). */
export type CalendarPostRow = [
  id: string,
  excerpt: string,
  pillarId: string | null,
  status: StoredPostStatus,
  scheduledAt: string,
  versions: CalendarVersionRow[],
];

export type CalendarFilter = {
  from: Date;
  before: Date;
  pillarId?: string;
  authorUserId?: string;
  network?: NetworkKey;
};

/** The statement's text for one combination of filters (their clauses, in `filters`), written once. */
const calendarPostsTexts = new Map<string, string>();
function calendarPostsText(filters: string): string {
  let text = calendarPostsTexts.get(filters);
  if (text === undefined) {
    text = `select p.id, left(p.text, $4::int), p.pillar_id, p.status, ${isoInstant('p.scheduled_at')},
    coalesce((select json_agg(json_build_array(v.network, v.status, v.publish_mode, ${isoInstant('v.published_at')})
        order by v.sort_order)
      from post_versions v where v.post_id = p.id and v.workspace_id = p.workspace_id), '[]')::text
  from posts p
  where p.workspace_id = $1 and p.scheduled_at >= $2::timestamptz and p.scheduled_at < $3::timestamptz${filters}
  order by p.scheduled_at asc, p.created_at asc
  limit 5000`;
    calendarPostsTexts.set(filters, text);
  }
  return text;
}

/**
 * The calendar's posts of a period in ONE statement: each post's few fields and its versions
 * aggregated beside it (json, in the versions' order), instants already in ISO form, so that
 * nothing is mapped column by column nor fetched per post. The posts' index on
 * (workspace_id, scheduled_at) finds the period; the versions' unique (post_id, network) each post's.
 * Its text is written once per combination of filters (eight at most; the month grid asks the
 * one without): a filter present adds its clause, an absent one nothing. (Placeholders that
 * match everything when null, one text for all, cost PostgreSQL ~5 % more: measured, benchmark 10.)
 * Benchmark 10 runs this very text and these values as the route's raw SQL.
 */
export function calendarPostsQuery(
  workspaceId: string,
  filter: CalendarFilter,
): { text: string; values: unknown[] } {
  const values: unknown[] = [
    workspaceId,
    filter.from.toISOString(),
    filter.before.toISOString(),
    calendarExcerptLength,
  ];
  let filters = '';
  if (filter.pillarId !== undefined) {
    values.push(filter.pillarId);
    filters += ` and p.pillar_id = $${values.length}::uuid`;
  }
  if (filter.authorUserId !== undefined) {
    values.push(filter.authorUserId);
    filters += ` and p.author_user_id = $${values.length}`;
  }
  if (filter.network !== undefined) {
    values.push(filter.network);
    filters += ` and exists (select 1 from post_versions n where n.post_id = p.id and n.workspace_id = p.workspace_id and n.network = $${values.length})`;
  }
  return { text: calendarPostsText(filters), values };
}

export function createCalendarPostsRepository(db: Db) {
  return {
    async list(workspaceId: string, filter: CalendarFilter): Promise<CalendarPostRow[]> {
      const { text, values } = calendarPostsQuery(workspaceId, filter);
      const rows = await selectArrays<unknown[]>(db, text, values);
      // The versions are cast to text in SQL: both drivers hand back the same string, parsed once
      // here, in place (no object per post or version: the month grid asks on every view).
      for (const row of rows) row[5] = JSON.parse(row[5] as string);
      return rows as CalendarPostRow[];
    },
  };
}
export type CalendarPostsRepository = ReturnType<typeof createCalendarPostsRepository>;
