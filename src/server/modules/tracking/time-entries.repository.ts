import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { TimeEntry, TimeEntryOrigin } from '../../../contracts/tracking.js';
import type { Db, Queryable } from '../../platform/db.js';
import { isoInstant, selectArrays, selectRows } from '../../platform/sql-rows.js';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { timeEntries } from './tracking.table.js';

/** Rows per bulk INSERT: keeps each statement's array parameters to a few megabytes. */
const bulkChunkSize = 5000;

/** Entry filters once local dates are turned into instants (`startedBefore` is exclusive). */
export type EntryQuery = {
  startedFrom?: Date;
  startedBefore?: Date;
  categoryId?: string;
  networkKey?: NetworkKey;
  userId?: string;
  origin?: TimeEntryOrigin;
};

export type NewTimeEntry = {
  workspaceId: string;
  userId: string;
  categoryId: string;
  networkKey: NetworkKey | null;
  note: string;
  startedAt: Date;
  endedAt: Date | null;
  origin: TimeEntryOrigin;
  routineBlockId: string | null;
  occurrenceDate: string | null;
};

export type TimeEntryPatch = Partial<
  Pick<
    NewTimeEntry,
    | 'categoryId'
    | 'networkKey'
    | 'note'
    | 'startedAt'
    | 'endedAt'
    | 'origin'
    | 'routineBlockId'
    | 'occurrenceDate'
  >
>;

const entryColumns = {
  id: timeEntries.id,
  userId: timeEntries.userId,
  userName: user.name,
  categoryId: timeEntries.categoryId,
  networkKey: timeEntries.networkKey,
  note: timeEntries.note,
  startedAt: timeEntries.startedAt,
  endedAt: timeEntries.endedAt,
  origin: timeEntries.origin,
  routineBlockId: timeEntries.routineBlockId,
  occurrenceDate: timeEntries.occurrenceDate,
  importBatchId: timeEntries.importBatchId,
};

type EntryRow = Omit<
  typeof timeEntries.$inferSelect,
  'workspaceId' | 'sourceHash' | 'createdAt' | 'updatedAt'
> & {
  userName: string;
};

export function toTimeEntry(row: EntryRow): TimeEntry {
  return {
    ...row,
    networkKey: row.networkKey as NetworkKey | null,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    durationSeconds:
      row.endedAt === null ? null : Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000),
  };
}

function whereEntries(workspaceId: string, query: EntryQuery) {
  return and(
    eq(timeEntries.workspaceId, workspaceId),
    query.startedFrom ? gte(timeEntries.startedAt, query.startedFrom) : undefined,
    query.startedBefore ? lt(timeEntries.startedAt, query.startedBefore) : undefined,
    query.categoryId ? eq(timeEntries.categoryId, query.categoryId) : undefined,
    query.networkKey ? eq(timeEntries.networkKey, query.networkKey) : undefined,
    query.userId ? eq(timeEntries.userId, query.userId) : undefined,
    query.origin ? eq(timeEntries.origin, query.origin) : undefined,
  );
}

/** One entry of a listed page, each column as the answer writes it (instants in ISO form). */
export type ListedEntry = [
  id: string,
  userId: string,
  userName: string,
  categoryId: string,
  networkKey: string | null,
  note: string,
  startedAt: string,
  endedAt: string | null,
  origin: TimeEntryOrigin,
  routineBlockId: string | null,
  occurrenceDate: string | null,
  importBatchId: string | null,
];
type PageRow = [total: number, seconds: number, ...entry: ListedEntry] | [number, number, ...null[]];

/**
 * The same filters as `whereEntries`, each a placeholder that matches everything when null ($1
 * the workspace, $2-$7 the filters), so that one text serves every combination. Statements are
 * planned with their values (unnamed), so PostgreSQL drops the null filters before choosing the
 * index.
 */
const entryFilterSql = `e.workspace_id = $1
    and ($2::timestamptz is null or e.started_at >= $2::timestamptz)
    and ($3::timestamptz is null or e.started_at < $3::timestamptz)
    and ($4::uuid is null or e.category_id = $4::uuid)
    and ($5::text is null or e.network_key = $5::text)
    and ($6::text is null or e.user_id = $6::text)
    and ($7::text is null or e.origin = $7::text)`;

/**
 * The time page's read, asked on every visit: the totals over all pages and, joined to them, one
 * page of entries ($8 rows from $9), in one statement (one round trip) whose text is written once.
 * The two scans stay separate (a year's range costs what it did; window aggregates were slower,
 * bench/README.md). Rows come as arrays, instants as ISO text: nothing is mapped column by column.
 * The seconds are float8: a long range can exceed int4, and both drivers return float8 as a number.
 */
const pageWithTotalsSql = `select totals.total, totals.seconds, page.id, page.user_id, page.user_name,
    page.category_id, page.network_key, page.note, ${isoInstant('page.started_at')}, ${isoInstant('page.ended_at')},
    page.origin, page.routine_block_id, to_char(page.occurrence_date, 'YYYY-MM-DD'), page.import_batch_id
  from (
    select count(*)::int as total, coalesce(sum(extract(epoch from e.ended_at - e.started_at)), 0)::float8 as seconds
    from time_entries e where ${entryFilterSql}
  ) totals
  left join lateral (
    select e.id, e.user_id, u.name as user_name, e.category_id, e.network_key, e.note, e.started_at,
      e.ended_at, e.origin, e.routine_block_id, e.occurrence_date, e.import_batch_id
    from time_entries e inner join "user" u on u.id = e.user_id
    where ${entryFilterSql}
    order by e.started_at desc, e.id asc
    limit $8 offset $9
  ) page on true
  order by page.started_at desc, page.id asc`;

/** The time page's statement and its values (also what a benchmark runs as the route's raw SQL). */
export function entriesPageQuery(
  workspaceId: string,
  query: EntryQuery,
  range: { limit: number; offset: number },
): { text: string; values: unknown[] } {
  const values = [
    workspaceId,
    query.startedFrom?.toISOString() ?? null,
    query.startedBefore?.toISOString() ?? null,
    query.categoryId ?? null,
    query.networkKey ?? null,
    query.userId ?? null,
    query.origin ?? null,
    range.limit,
    range.offset,
  ];
  return { text: pageWithTotalsSql, values };
}

export function createTimeEntriesRepository(db: Db) {
  const selectEntries = (queryable: Queryable) =>
    queryable.select(entryColumns).from(timeEntries).innerJoin(user, eq(user.id, timeEntries.userId));

  async function find(workspaceId: string, entryId: string, tx: Queryable = db): Promise<TimeEntry | null> {
    const [row] = await selectEntries(tx).where(
      and(eq(timeEntries.workspaceId, workspaceId), eq(timeEntries.id, entryId)),
    );
    return row ? toTimeEntry(row) : null;
  }

  return {
    find,

    /** One page of the entries matching `query`, newest first, and the count and seconds of all. */
    async listPage(
      workspaceId: string,
      query: EntryQuery,
      range: { limit: number; offset: number },
    ): Promise<{ entries: ListedEntry[]; total: number; seconds: number }> {
      const { text, values } = entriesPageQuery(workspaceId, query, range);
      const rows = await selectArrays<PageRow>(db, text, values);
      const entries: ListedEntry[] = [];
      // Past the last page, the one row has the totals and no entry.
      for (const row of rows) if (row[2] !== null) entries.push(row.slice(2) as ListedEntry);
      const [total = 0, seconds = 0] = rows[0] ?? [];
      return { entries, total, seconds: Math.round(seconds) };
    },

    async findRunning(workspaceId: string, userId: string): Promise<TimeEntry | null> {
      const [row] = await selectEntries(db).where(
        and(
          eq(timeEntries.workspaceId, workspaceId),
          eq(timeEntries.userId, userId),
          isNull(timeEntries.endedAt),
        ),
      );
      return row ? toTimeEntry(row) : null;
    },

    /**
     * The person's running timer in ANY workspace. The one deliberate query not scoped to one
     * workspace: "one running timer per person" spans them all, and it only ever reads or stops
     * the caller's own entry.
     */
    async findRunningAnywhere(
      userId: string,
      tx?: Queryable,
    ): Promise<{ id: string; workspaceId: string; workspaceName: string; startedAt: Date } | null> {
      const query = (tx ?? db)
        .select({
          id: timeEntries.id,
          workspaceId: timeEntries.workspaceId,
          workspaceName: workspaces.name,
          startedAt: timeEntries.startedAt,
        })
        .from(timeEntries)
        .innerJoin(workspaces, eq(workspaces.id, timeEntries.workspaceId))
        .where(and(eq(timeEntries.userId, userId), isNull(timeEntries.endedAt)));
      // Inside a transaction (start/switch) the row is locked until the new timer is written.
      const [row] = tx ? await query.for('update', { of: timeEntries }) : await query;
      return row ?? null;
    },

    async insert(tx: Queryable, values: NewTimeEntry): Promise<TimeEntry> {
      const [created] = await tx.insert(timeEntries).values(values).returning({ id: timeEntries.id });
      const entry = created && (await find(values.workspaceId, created.id, tx));
      if (!entry) throw new Error('insert returned no row');
      return entry;
    },

    /**
     * Many entries at once, as column arrays (`unnest`), in chunks: for bulk seeding (benchmark
     * datasets). The table's own checks (interval, one running timer, foreign keys) still hold;
     * callers validate intervals with src/core first. Returns how many rows were written.
     */
    async insertMany(tx: Queryable, entries: readonly NewTimeEntry[]): Promise<number> {
      let inserted = 0;
      for (let offset = 0; offset < entries.length; offset += bulkChunkSize) {
        const chunk = entries.slice(offset, offset + bulkChunkSize);
        const column = <Value>(pick: (entry: NewTimeEntry) => Value) => sql.param(chunk.map(pick));
        const [row] = await selectRows<{ inserted: number }>(
          tx,
          sql`with written as (
                insert into time_entries (workspace_id, user_id, category_id, network_key, note, started_at,
                  ended_at, origin, routine_block_id, occurrence_date)
                select * from unnest(
                  ${column((entry) => entry.workspaceId)}::uuid[],
                  ${column((entry) => entry.userId)}::text[],
                  ${column((entry) => entry.categoryId)}::uuid[],
                  ${column((entry) => entry.networkKey)}::text[],
                  ${column((entry) => entry.note)}::text[],
                  ${column((entry) => entry.startedAt.toISOString())}::timestamptz[],
                  ${column((entry) => entry.endedAt?.toISOString() ?? null)}::timestamptz[],
                  ${column((entry) => entry.origin)}::text[],
                  ${column((entry) => entry.routineBlockId)}::uuid[],
                  ${column((entry) => entry.occurrenceDate)}::date[]
                )
                returning 1
              )
              select count(*)::int as "inserted" from written`,
        );
        inserted += row?.inserted ?? 0;
      }
      return inserted;
    },

    async update(
      workspaceId: string,
      entryId: string,
      patch: TimeEntryPatch,
      tx: Queryable = db,
    ): Promise<TimeEntry | null> {
      const updated = await tx
        .update(timeEntries)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(timeEntries.workspaceId, workspaceId), eq(timeEntries.id, entryId)))
        .returning({ id: timeEntries.id });
      return updated.length === 0 ? null : find(workspaceId, entryId, tx);
    },

    async delete(workspaceId: string, entryId: string, tx: Queryable = db): Promise<boolean> {
      const deleted = await tx
        .delete(timeEntries)
        .where(and(eq(timeEntries.workspaceId, workspaceId), eq(timeEntries.id, entryId)))
        .returning({ id: timeEntries.id });
      return deleted.length > 0;
    },

    async list(
      workspaceId: string,
      query: EntryQuery,
      page: { limit: number; offset: number } | null,
    ): Promise<TimeEntry[]> {
      const ordered = selectEntries(db)
        .where(whereEntries(workspaceId, query))
        .orderBy(desc(timeEntries.startedAt), asc(timeEntries.id));
      const rows = page ? await ordered.limit(page.limit).offset(page.offset) : await ordered;
      return rows.map(toTimeEntry);
    },

    /** One member's finished entries of a category overlapping `[from, to)`, in start order. */
    async listOverlapping(
      tx: Queryable,
      scope: { workspaceId: string; userId: string; categoryId: string },
      from: Date,
      to: Date,
    ): Promise<{ id: string; origin: TimeEntryOrigin; startedAt: Date; endedAt: Date }[]> {
      const rows = await tx
        .select({
          id: timeEntries.id,
          origin: timeEntries.origin,
          startedAt: timeEntries.startedAt,
          endedAt: timeEntries.endedAt,
        })
        .from(timeEntries)
        .where(
          and(
            eq(timeEntries.workspaceId, scope.workspaceId),
            eq(timeEntries.userId, scope.userId),
            eq(timeEntries.categoryId, scope.categoryId),
            isNotNull(timeEntries.endedAt),
            lt(timeEntries.startedAt, to),
            gt(timeEntries.endedAt, from),
          ),
        )
        // Rows locked: two quick edits of the same cell must not both add their delta.
        .orderBy(asc(timeEntries.startedAt), asc(timeEntries.id))
        .for('update');
      return rows.flatMap((row) => (row.endedAt ? [{ ...row, endedAt: row.endedAt }] : []));
    },
  };
}

export type TimeEntriesRepository = ReturnType<typeof createTimeEntriesRepository>;
