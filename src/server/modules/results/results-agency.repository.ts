import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { selectRows } from '../../platform/sql-rows.js';

/**
 * Reads for the agency's ROI table and for effort against results. The agency table sums every
 * managed workspace in ONE query per kind of fact (`workspace_id = any(…)`), each workspace's
 * local months turned into instants in its own zone by the database.
 */
export function createResultsAgencyRepository(db: Queryable) {
  return {
    /**
     * Per workspace: tracked seconds per member with their hourly cost, direct costs, published
     * versions, leads, clients, revenue and outcome entries (amounts in the workspace's currency
     * only), for the local months `[fromDate, toDateExclusive)` (first days of months).
     */
    async sumAgencyFacts(workspaceIds: readonly string[], fromDate: string, toDateExclusive: string) {
      const ids = sql.param(workspaceIds);
      const bounds = sql`select id, currency,
            (${fromDate}::date::timestamp at time zone time_zone) as starts_at,
            (${toDateExclusive}::date::timestamp at time zone time_zone) as ends_at
          from workspaces where id = any(${ids}::uuid[])`;
      const [labour, money] = await Promise.all([
        selectRows<{ workspaceId: string; seconds: number; hourlyCostCents: number | null }>(
          db,
          // From the rollup of tracked time (a few thousand rows a year), not the entries (a million).
          sql`with sums as (
                select t.workspace_id, t.user_id, sum(t.seconds)::float8 as seconds
                from tracked_time_months t
                where t.workspace_id = any(${ids}::uuid[])
                  and t.month >= ${fromDate}::date and t.month < ${toDateExclusive}::date
                group by 1, 2
              )
              select s.workspace_id as "workspaceId", s.seconds, m.hourly_cost_cents as "hourlyCostCents"
              from sums s
              left join memberships m on m.workspace_id = s.workspace_id and m.user_id = s.user_id`,
        ),
        selectRows<{
          workspaceId: string;
          directCostsCents: number;
          posts: number;
          leads: number;
          clients: number;
          revenueCents: number;
          outcomes: number;
        }>(
          db,
          sql`with w as (${bounds})
              select w.id as "workspaceId",
                coalesce((select sum(c.amount_cents) from direct_costs c
                  where c.workspace_id = w.id and c.currency = w.currency
                    and c.month >= ${fromDate}::date and c.month < ${toDateExclusive}::date), 0)::float8 as "directCostsCents",
                (select count(*) from post_versions v
                  where v.workspace_id = w.id and v.status = 'published'
                    and v.published_at >= w.starts_at and v.published_at < w.ends_at)::int as posts,
                o.leads, o.clients, o.revenue_cents::float8 as "revenueCents", o.outcomes
              from w
              cross join lateral (
                select count(*) filter (where kind = 'lead')::int as leads,
                  count(*) filter (where kind = 'client')::int as clients,
                  coalesce(sum(amount_cents), 0) as revenue_cents,
                  count(*)::int as outcomes
                from outcomes
                where workspace_id = w.id and currency = w.currency
                  and occurred_on >= ${fromDate}::date and occurred_on < ${toDateExclusive}::date
              ) o`,
        ),
      ]);
      return { labour, money };
    },

    /**
     * Posts published in the window (their first publication), with the minutes they took,
     * their latest figures summed over their versions (null: never measured), and the outcomes
     * attributed to them; plus the local week (Monday) of publication.
     */
    async listPostEffort(
      workspaceId: string,
      window: { startsAt: string; endsAt: string; timeZone: string },
    ) {
      return selectRows<{
        postId: string;
        text: string;
        publishedAt: string;
        weekStart: string;
        minutes: number;
        engagement: number | null;
        outcomes: number;
        revenueCents: number;
      }>(
        db,
        sql`with published as (
              select v.post_id, min(v.published_at) as published_at,
                sum(case when num_nonnulls(s.reactions, s.comments, s.shares, s.quotes, s.saves) > 0 then
                  coalesce(s.reactions, 0) + coalesce(s.comments, 0) + coalesce(s.shares, 0)
                  + coalesce(s.quotes, 0) + coalesce(s.saves, 0) end) as engagement
              from post_versions v
              left join lateral (
                select m.taken_at, m.reactions, m.comments, m.shares, m.quotes, m.saves from post_metric_snapshots m
                where m.workspace_id = v.workspace_id and m.post_version_id = v.id
                order by m.taken_at desc limit 1
              ) s on true
              where v.workspace_id = ${workspaceId} and v.status = 'published'
                and v.published_at >= ${window.startsAt}::timestamptz and v.published_at < ${window.endsAt}::timestamptz
              group by v.post_id
            ),
            attributed as (
              select o.post_id, count(*)::int as outcomes, sum(o.amount_cents)::float8 as revenue_cents
              from outcomes o
              where o.workspace_id = ${workspaceId} and o.post_id in (select post_id from published)
              group by o.post_id
            )
            select p.id as "postId", left(p.text, 140) as text,
              to_char(pb.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt",
              to_char(date_trunc('week', pb.published_at at time zone ${window.timeZone}), 'YYYY-MM-DD') as "weekStart",
              p.effort_minutes as minutes, pb.engagement::int as engagement,
              coalesce(a.outcomes, 0) as outcomes, coalesce(a.revenue_cents, 0) as "revenueCents"
            from published pb
            join posts p on p.id = pb.post_id and p.workspace_id = ${workspaceId}
            left join attributed a on a.post_id = pb.post_id
            order by pb.published_at desc`,
      );
    },

    /** Tracked minutes per local week (Monday) and task category, in the budget's order of categories. */
    async sumWeeklyCategoryMinutes(
      workspaceId: string,
      window: { startsAt: string; endsAt: string; timeZone: string },
    ) {
      return selectRows<{ weekStart: string; categoryId: string; minutes: number }>(
        db,
        sql`select to_char(date_trunc('week', e.started_at at time zone ${window.timeZone}), 'YYYY-MM-DD') as "weekStart",
              e.category_id as "categoryId",
              round(sum(extract(epoch from e.ended_at - e.started_at)) / 60)::int as minutes
            from time_entries e
            join task_categories c on c.id = e.category_id
            where e.workspace_id = ${workspaceId} and e.ended_at is not null
              and e.started_at >= ${window.startsAt}::timestamptz and e.started_at < ${window.endsAt}::timestamptz
            group by 1, 2, c.sort_order, c.created_at
            order by c.sort_order, c.created_at, 2, 1`,
      );
    },

    /** Outcome entries per local week (Monday) of their date, in the workspace's currency. */
    async countWeeklyOutcomes(
      workspaceId: string,
      fromDate: string,
      toDateExclusive: string,
      currency: string,
    ) {
      return selectRows<{ weekStart: string; outcomes: number }>(
        db,
        sql`select to_char(date_trunc('week', occurred_on::timestamp), 'YYYY-MM-DD') as "weekStart", count(*)::int as outcomes
            from outcomes
            where workspace_id = ${workspaceId} and currency = ${currency}
              and occurred_on >= ${fromDate}::date and occurred_on < ${toDateExclusive}::date
            group by 1`,
      );
    },
  };
}

export type ResultsAgencyRepository = ReturnType<typeof createResultsAgencyRepository>;
