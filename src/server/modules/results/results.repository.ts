import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Cost, CreateCostBody, Outcome, UpdateCostBody } from '../../../contracts/results.js';
import type { OutcomeKind } from '../../../core/results/results-table.js';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';
import { posts, postVersions } from '../content/content.table.js';
import { directCosts, outcomes, postMetricSnapshots, resultsSettings } from './results.table.js';

/** A range of local months: `[fromMonth, toMonthExclusive)` as dates, and the same as UTC instants. */
export type MonthWindow = {
  fromDate: string;
  toDateExclusive: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
};

/** Tracked seconds of one member on one category and network in one local month, with their cost. */
export type LabourFact = {
  month: string;
  network: string | null;
  categoryId: string;
  seconds: number;
  hourlyCostCents: number | null;
};

function assertFirstOfMonth(...dates: string[]) {
  for (const date of dates)
    if (!/^\d{4}-\d{2}-01$/.test(date)) throw new Error(`Not the first day of a month: ${date}`);
}

const toOutcome = (row: typeof outcomes.$inferSelect): Outcome => ({
  id: row.id,
  kind: row.kind,
  occurredOn: row.occurredOn,
  amountCents: row.amountCents,
  currency: row.currency,
  network: row.network as Outcome['network'],
  postId: row.postId,
  campaign: row.campaign,
  note: row.note,
  source: row.source,
  externalId: row.externalId,
  utmSource: row.utmSource,
  utmMedium: row.utmMedium,
  utmCampaign: row.utmCampaign,
  utmContent: row.utmContent,
  createdAt: row.createdAt.toISOString(),
});

const toCost = (row: typeof directCosts.$inferSelect): Cost => ({
  id: row.id,
  month: row.month.slice(0, 7),
  kind: row.kind,
  label: row.label,
  amountCents: row.amountCents,
  currency: row.currency,
  network: row.network as Cost['network'],
});

export function createResultsRepository(db: Queryable) {
  return {
    async listOutcomes(workspaceId: string, window: MonthWindow): Promise<Outcome[]> {
      const rows = await db
        .select()
        .from(outcomes)
        .where(
          and(
            eq(outcomes.workspaceId, workspaceId),
            gte(outcomes.occurredOn, window.fromDate),
            lt(outcomes.occurredOn, window.toDateExclusive),
          ),
        )
        .orderBy(desc(outcomes.occurredOn), desc(outcomes.createdAt));
      return rows.map(toOutcome);
    },

    async insertOutcome(
      workspaceId: string,
      values: Omit<typeof outcomes.$inferInsert, 'workspaceId' | 'id' | 'createdAt'>,
    ): Promise<Outcome> {
      const [row] = await db
        .insert(outcomes)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return toOutcome(row);
    },

    /**
     * Inserts unless the workspace already has an outcome with this external id; either way
     * answers the outcome that holds it (two racing senders get the same one).
     */
    async insertOutcomeOnce(
      workspaceId: string,
      values: Omit<typeof outcomes.$inferInsert, 'workspaceId' | 'id' | 'createdAt'> & { externalId: string },
    ): Promise<{ outcome: Outcome; created: boolean }> {
      const [row] = await db
        .insert(outcomes)
        .values({ ...values, workspaceId })
        .onConflictDoNothing({
          target: [outcomes.workspaceId, outcomes.externalId],
          where: sql`${outcomes.externalId} is not null`,
        })
        .returning();
      if (row) return { outcome: toOutcome(row), created: true };
      const [existing] = await db
        .select()
        .from(outcomes)
        .where(and(eq(outcomes.workspaceId, workspaceId), eq(outcomes.externalId, values.externalId)));
      if (!existing) throw new Error('outcome with this external id vanished');
      return { outcome: toOutcome(existing), created: false };
    },

    /**
     * The workspace's one post whose id starts with a short id (`postShortId`), or null when none
     * or several do. A range on the primary key, not a scan.
     */
    async findPostIdByShortId(workspaceId: string, shortId: string): Promise<string | null> {
      const rows = await db
        .select({ id: posts.id })
        .from(posts)
        .where(
          and(
            eq(posts.workspaceId, workspaceId),
            gte(posts.id, `${shortId}-0000-0000-0000-000000000000`),
            lte(posts.id, `${shortId}-ffff-ffff-ffff-ffffffffffff`),
          ),
        )
        .limit(2);
      return rows.length === 1 ? (rows[0]?.id ?? null) : null;
    },

    async deleteOutcome(workspaceId: string, outcomeId: string): Promise<boolean> {
      const deleted = await db
        .delete(outcomes)
        .where(and(eq(outcomes.workspaceId, workspaceId), eq(outcomes.id, outcomeId)))
        .returning({ id: outcomes.id });
      return deleted.length > 0;
    },

    async listCosts(workspaceId: string, window: MonthWindow): Promise<Cost[]> {
      const rows = await db
        .select()
        .from(directCosts)
        .where(
          and(
            eq(directCosts.workspaceId, workspaceId),
            gte(directCosts.month, window.fromDate),
            lt(directCosts.month, window.toDateExclusive),
          ),
        )
        .orderBy(desc(directCosts.month), asc(directCosts.kind), asc(directCosts.label));
      return rows.map(toCost);
    },

    async insertCost(workspaceId: string, currency: string, body: CreateCostBody): Promise<Cost> {
      const [row] = await db
        .insert(directCosts)
        .values({ ...body, month: `${body.month}-01`, workspaceId, currency })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return toCost(row);
    },

    async updateCost(workspaceId: string, costId: string, body: UpdateCostBody): Promise<Cost | null> {
      const { month, ...rest } = body;
      const [row] = await db
        .update(directCosts)
        .set({ ...rest, ...(month ? { month: `${month}-01` } : {}) })
        .where(and(eq(directCosts.workspaceId, workspaceId), eq(directCosts.id, costId)))
        .returning();
      return row ? toCost(row) : null;
    },

    async deleteCost(workspaceId: string, costId: string): Promise<boolean> {
      const deleted = await db
        .delete(directCosts)
        .where(and(eq(directCosts.workspaceId, workspaceId), eq(directCosts.id, costId)))
        .returning({ id: directCosts.id });
      return deleted.length > 0;
    },

    /** A post of this workspace with its networks, or null. */
    async findPost(workspaceId: string, postId: string) {
      const rows = await db
        .select({ id: posts.id, pillarId: posts.pillarId, network: postVersions.network })
        .from(posts)
        .leftJoin(postVersions, eq(postVersions.postId, posts.id))
        .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
      const [first] = rows;
      if (!first) return null;
      return { id: first.id, networks: rows.flatMap((row) => (row.network ? [row.network] : [])) };
    },

    // ---------------------------------------------------------------- facts for the ROI table

    /**
     * Tracked seconds per local month (of the entry's start), network, category and member, with
     * the member's hourly cost, for whole months: read from the rollup the database keeps
     * (tracked_time_months), not from the entries. Same answer as `sumLabour` over those months.
     */
    async sumMonthlyLabour(workspaceId: string, months: Pick<MonthWindow, 'fromDate' | 'toDateExclusive'>) {
      assertFirstOfMonth(months.fromDate, months.toDateExclusive);
      return selectRows<LabourFact>(
        db,
        // One rollup row is one (month, network, category, member): already the facts' grain.
        sql`select to_char(t.month, 'YYYY-MM') as month, t.network_key as network, t.category_id as "categoryId",
              t.seconds::float8 as seconds, m.hourly_cost_cents as "hourlyCostCents"
            from tracked_time_months t
            left join memberships m on m.workspace_id = t.workspace_id and m.user_id = t.user_id
            where t.workspace_id = ${workspaceId}
              and t.month >= ${months.fromDate}::date and t.month < ${months.toDateExclusive}::date`,
      );
    },

    /**
     * The same facts for any window of instants (the last twelve weeks), summed from the entries.
     * An entry is counted in the month it started (entries crossing a month's end are a few
     * minutes at most in practice; the tracking reports split by day).
     */
    async sumLabour(workspaceId: string, window: MonthWindow) {
      return selectRows<LabourFact>(
        db,
        sql`with sums as (
              select to_char(e.started_at at time zone ${window.timeZone}, 'YYYY-MM') as month,
                e.network_key as network, e.category_id, e.user_id,
                sum(extract(epoch from e.ended_at - e.started_at))::float8 as seconds
              from time_entries e
              where e.workspace_id = ${workspaceId} and e.ended_at is not null
                and e.started_at >= ${window.startsAt}::timestamptz and e.started_at < ${window.endsAt}::timestamptz
              group by 1, 2, 3, 4
            )
            select s.month, s.network, s.category_id as "categoryId", s.seconds,
              m.hourly_cost_cents as "hourlyCostCents"
            from sums s
            left join memberships m on m.workspace_id = ${workspaceId} and m.user_id = s.user_id`,
      );
    },

    async listCostFacts(workspaceId: string, window: MonthWindow) {
      return selectRows<{ month: string; network: string | null; cents: number; currency: string }>(
        db,
        sql`select to_char(month, 'YYYY-MM') as month, network, amount_cents as cents, currency
            from direct_costs
            where workspace_id = ${workspaceId} and month >= ${window.fromDate}::date
              and month < ${window.toDateExclusive}::date`,
      );
    },

    async listOutcomeFacts(workspaceId: string, window: MonthWindow) {
      return selectRows<{
        month: string;
        kind: OutcomeKind;
        cents: number;
        currency: string;
        network: string | null;
        pillarId: string | null;
      }>(
        db,
        sql`select to_char(o.occurred_on, 'YYYY-MM') as month, o.kind, o.amount_cents as cents, o.currency,
              o.network, p.pillar_id as "pillarId"
            from outcomes o
            left join posts p on p.id = o.post_id and p.workspace_id = o.workspace_id
            where o.workspace_id = ${workspaceId} and o.occurred_on >= ${window.fromDate}::date
              and o.occurred_on < ${window.toDateExclusive}::date`,
      );
    },

    /**
     * Published versions in the window, each with the figures of its latest snapshot (or nulls),
     * and the posts published outside Cadence that an export made known (`postId` null, their
     * imported post's id in `postVersionId`, and their link).
     */
    async listPublishedFacts(workspaceId: string, window: MonthWindow) {
      return selectRows<{
        postVersionId: string;
        postId: string | null;
        url: string | null;
        text: string;
        weekday: number;
        hour: number;
        month: string;
        publishedAt: string;
        network: string;
        pillarId: string | null;
        impressions: number | null;
        reactions: number | null;
        comments: number | null;
        shares: number | null;
        quotes: number | null;
        clicks: number | null;
        saves: number | null;
      }>(
        db,
        sql`select v.id as "postVersionId", p.id as "postId", coalesce(v.text, p.text) as text,
              extract(isodow from v.published_at at time zone ${window.timeZone})::int as weekday,
              extract(hour from v.published_at at time zone ${window.timeZone})::int as hour,
              to_char(v.published_at at time zone ${window.timeZone}, 'YYYY-MM') as month,
              to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt",
              v.network, p.pillar_id as "pillarId",
              s.impressions, s.reactions, s.comments, s.shares, s.quotes, s.clicks, s.saves, null::text as url
            from post_versions v
            join posts p on p.id = v.post_id
            left join lateral (
              select * from post_metric_snapshots m
              where m.workspace_id = v.workspace_id and m.post_version_id = v.id
              order by m.taken_at desc limit 1
            ) s on true
            where v.workspace_id = ${workspaceId} and v.status = 'published'
              and v.published_at >= ${window.startsAt}::timestamptz and v.published_at < ${window.endsAt}::timestamptz
            union all
            select i.id, null, i.text,
              extract(isodow from i.published_at at time zone ${window.timeZone})::int,
              extract(hour from i.published_at at time zone ${window.timeZone})::int,
              to_char(i.published_at at time zone ${window.timeZone}, 'YYYY-MM'),
              to_char(i.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              i.network, null,
              s.impressions, s.reactions, s.comments, s.shares, s.quotes, s.clicks, s.saves, i.url
            from imported_posts i
            left join lateral (
              select * from post_metric_snapshots m
              where m.workspace_id = i.workspace_id and m.imported_post_id = i.id
              order by m.taken_at desc limit 1
            ) s on true
            where i.workspace_id = ${workspaceId} and i.post_version_id is null
              and i.published_at >= ${window.startsAt}::timestamptz and i.published_at < ${window.endsAt}::timestamptz`,
      );
    },

    /** Leads, clients and revenue (cents of `currency` only) between two local dates. */
    async sumOutcomes(workspaceId: string, fromDate: string, toDateExclusive: string, currency: string) {
      const [row] = await selectRows<{ leads: number; clients: number; revenueCents: number }>(
        db,
        sql`select count(*) filter (where kind = 'lead')::int as leads,
              count(*) filter (where kind = 'client')::int as clients,
              coalesce(sum(amount_cents) filter (where currency = ${currency}), 0)::float8 as "revenueCents"
            from outcomes
            where workspace_id = ${workspaceId} and occurred_on >= ${fromDate}::date
              and occurred_on < ${toDateExclusive}::date`,
      );
      return row ?? { leads: 0, clients: 0, revenueCents: 0 };
    },

    // ---------------------------------------------------------------- post metrics

    async findVersion(workspaceId: string, postId: string, network: string) {
      const [row] = await db
        .select({ id: postVersions.id, status: postVersions.status, publishedAt: postVersions.publishedAt })
        .from(postVersions)
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            eq(postVersions.postId, postId),
            eq(postVersions.network, network),
          ),
        );
      return row ?? null;
    },

    async insertSnapshot(values: typeof postMetricSnapshots.$inferInsert) {
      await db.insert(postMetricSnapshots).values(values);
    },

    async listSnapshotsOfPost(workspaceId: string, postId: string) {
      return db
        .select({
          id: postMetricSnapshots.id,
          network: postVersions.network,
          takenAt: postMetricSnapshots.takenAt,
          source: postMetricSnapshots.source,
          impressions: postMetricSnapshots.impressions,
          reactions: postMetricSnapshots.reactions,
          comments: postMetricSnapshots.comments,
          shares: postMetricSnapshots.shares,
          quotes: postMetricSnapshots.quotes,
          clicks: postMetricSnapshots.clicks,
          saves: postMetricSnapshots.saves,
        })
        .from(postMetricSnapshots)
        .innerJoin(postVersions, eq(postVersions.id, postMetricSnapshots.postVersionId))
        .where(and(eq(postMetricSnapshots.workspaceId, workspaceId), eq(postVersions.postId, postId)))
        .orderBy(asc(postVersions.network), desc(postMetricSnapshots.takenAt));
    },

    // ---------------------------------------------------------------- settings

    async findSettings(workspaceId: string) {
      const [row] = await db
        .select()
        .from(resultsSettings)
        .where(eq(resultsSettings.workspaceId, workspaceId));
      return { trackLinks: row?.trackLinks ?? true };
    },

    async saveSettings(workspaceId: string, settings: { trackLinks: boolean }) {
      await db
        .insert(resultsSettings)
        .values({ workspaceId, ...settings })
        .onConflictDoUpdate({ target: resultsSettings.workspaceId, set: settings });
      return settings;
    },
  };
}

export type ResultsRepository = ReturnType<typeof createResultsRepository>;
