import { addMonths } from '../../src/core/results/months.js';
import { addDaysToDate, isoWeekdayOf } from '../../src/core/time/epoch-day.js';
import { calendarPostsQuery } from '../../src/server/modules/content/calendar-posts.repository.js';
import type { AgencyPlan } from '../dataset/agency-plan.js';
import { type BenchContext, getAs } from '../lib/bench-context.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';
import { summarise } from '../lib/stats.js';

/** A view and its floor: the statements its repository runs, written out, run one after another. */
type View = {
  id: string;
  name: string;
  path: string;
  statements: { text: string; parameters: unknown[] }[];
};

// ---------------------------------------------------------------- the ROI page (results view)
// Tracked time from the rollup the database keeps (tracked_time_months), as sumMonthlyLabour reads it.
const labourSql = `
  select to_char(t.month, 'YYYY-MM') as month, t.network_key as network, t.category_id, t.seconds::float8 as seconds,
    m.hourly_cost_cents
  from tracked_time_months t left join memberships m on m.workspace_id = t.workspace_id and m.user_id = t.user_id
  where t.workspace_id = $1 and t.month >= $2::date and t.month < $3::date`;
const costsSql = `select to_char(month, 'YYYY-MM') as month, network, amount_cents, currency from direct_costs
  where workspace_id = $1 and month >= $2::date and month < $3::date`;
const outcomesSql = `select to_char(o.occurred_on, 'YYYY-MM') as month, o.kind, o.amount_cents, o.currency, o.network, p.pillar_id
  from outcomes o left join posts p on p.id = o.post_id and p.workspace_id = o.workspace_id
  where o.workspace_id = $1 and o.occurred_on >= $2::date and o.occurred_on < $3::date`;
const publishedSql = `
  select v.id, p.id, coalesce(v.text, p.text) as text,
    extract(isodow from v.published_at at time zone $4)::int as weekday, extract(hour from v.published_at at time zone $4)::int as hour,
    to_char(v.published_at at time zone $4, 'YYYY-MM') as month, v.published_at, v.network, p.pillar_id,
    s.impressions, s.reactions, s.comments, s.shares, s.quotes, s.clicks, s.saves
  from post_versions v join posts p on p.id = v.post_id
  left join lateral (select * from post_metric_snapshots m where m.workspace_id = v.workspace_id and m.post_version_id = v.id
    order by m.taken_at desc limit 1) s on true
  where v.workspace_id = $1 and v.status = 'published' and v.published_at >= $2::timestamptz and v.published_at < $3::timestamptz`;

// ---------------------------------------------------------------- the agency table
const agencyBounds = `select id, currency, ($2::date::timestamp at time zone time_zone) as starts_at,
  ($3::date::timestamp at time zone time_zone) as ends_at from workspaces where id = any($1::uuid[])`;
const agencyLabourSql = `
  with sums as (select t.workspace_id, t.user_id, sum(t.seconds)::float8 as seconds from tracked_time_months t
    where t.workspace_id = any($1::uuid[]) and t.month >= $2::date and t.month < $3::date group by 1, 2)
  select s.workspace_id, s.seconds, m.hourly_cost_cents from sums s
  left join memberships m on m.workspace_id = s.workspace_id and m.user_id = s.user_id`;
const agencyMoneySql = `
  with w as (${agencyBounds})
  select w.id,
    coalesce((select sum(c.amount_cents) from direct_costs c where c.workspace_id = w.id and c.currency = w.currency
      and c.month >= $2::date and c.month < $3::date), 0)::float8,
    (select count(*) from post_versions v where v.workspace_id = w.id and v.status = 'published'
      and v.published_at >= w.starts_at and v.published_at < w.ends_at)::int,
    o.*
  from w cross join lateral (
    select count(*) filter (where kind = 'lead')::int as leads, count(*) filter (where kind = 'client')::int as clients,
      coalesce(sum(amount_cents), 0)::float8 as revenue, count(*)::int as outcomes
    from outcomes where workspace_id = w.id and currency = w.currency and occurred_on >= $2::date and occurred_on < $3::date) o`;

// ---------------------------------------------------------------- the calendar's month view
// Both routes first read the workspace's zone (the grid's local dates become instants with it).
const zoneSql = 'select currency, time_zone, posts_need_approval from workspaces where id = $1';
// The calendar route (`…/posts/calendar`, what the month grid asks) then runs one statement: its
// very text and values are imported from calendar-posts.repository.ts, so the two cannot drift.
// The full list (`…/posts?from=&to=`, the posts page's): the posts, their images, their versions.
const monthPostsSql = `select * from posts where workspace_id = $1 and scheduled_at >= $2::timestamptz
  and scheduled_at < $3::timestamptz order by scheduled_at asc nulls last, created_at asc limit 5000`;
const monthMediaSql = `select id, post_id, mime_type, width, height, byte_size, alt_text, created_at from media
  where workspace_id = $1 and post_id = any($2::uuid[]) order by created_at, id`;
const monthVersionsSql = `select * from post_versions where workspace_id = $1 and post_id = any($2::uuid[]) order by sort_order`;

const calendarStatement = ({ text, values }: { text: string; values: unknown[] }) => ({
  text,
  parameters: values,
});

/** Samples each view and its floor alternately, so both see the same machine load. */
async function compare(context: BenchContext, view: View, options: { warmup: number; runs: number }) {
  const http: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < options.warmup + options.runs; run++) {
    let startedAt = performance.now();
    await getAs(context, view.path);
    const httpMs = performance.now() - startedAt;
    startedAt = performance.now();
    for (const statement of view.statements) await context.rawQuery(statement.text, statement.parameters);
    const rawMs = performance.now() - startedAt;
    if (run >= options.warmup) {
      http.push(httpMs);
      raw.push(rawMs);
    }
  }
  return { http: summarise(http), raw: summarise(raw) };
}

/**
 * Benchmark 10 (issues #15 and #13): the ROI page's table for the busiest workspace (twelve
 * months by network), the agency table over every client workspace (twelve months), the
 * calendar's month grid (six weeks of posts: `…/posts/calendar`, what the grid asks) of the busiest
 * workspace and, beside it, the full posts list of the same six weeks, through HTTP as the
 * agency's owner, each against the raw SQL its repository runs.
 */
export async function benchmarkResultsViews(
  context: BenchContext,
  plan: AgencyPlan,
  options: { warmup: number; runs: number },
): Promise<BenchmarkResult[]> {
  const workspaceId = context.busiestWorkspaceId;
  const [workspace] = (await context.rawQuery(
    'select time_zone as "timeZone" from workspaces where id = $1',
    [workspaceId],
  )) as { timeZone: string }[];
  const zone = workspace?.timeZone ?? 'Europe/Paris';
  const toMonth = plan.options.until.slice(0, 7);
  const fromMonth = addMonths(toMonth, -11);
  const fromDate = `${fromMonth}-01`;
  const toDateExclusive = `${addMonths(toMonth, 1)}-01`;
  const [bounds] = (await context.rawQuery(
    `select ($1::date::timestamp at time zone $3) as "startsAt", ($2::date::timestamp at time zone $3) as "endsAt"`,
    [fromDate, toDateExclusive, zone],
  )) as { startsAt: Date; endsAt: Date }[];
  const startsAt = new Date(bounds?.startsAt ?? fromDate).toISOString();
  const endsAt = new Date(bounds?.endsAt ?? toDateExclusive).toISOString();
  const managed = (
    (await context.rawQuery(
      `select m.workspace_id as id from memberships m join "user" u on u.id = m.user_id
       join workspaces w on w.id = m.workspace_id where u.email = $1 and m.role in ('owner', 'manager') and not w.is_demo`,
      [plan.owner.email],
    )) as { id: string }[]
  ).map((row) => row.id);

  // The calendar's month grid: the last full month before the dataset's end, Monday to Sunday, six weeks.
  const month = addMonths(toMonth, -1);
  const gridStart = addDaysToDate(`${month}-01`, -(isoWeekdayOf(`${month}-01`) - 1));
  const gridEnd = addDaysToDate(gridStart, 42);
  const [grid] = (await context.rawQuery(
    `select ($1::date::timestamp at time zone $3) as "startsAt", ($2::date::timestamp at time zone $3) as "endsAt"`,
    [gridStart, gridEnd, zone],
  )) as { startsAt: Date; endsAt: Date }[];
  const gridPosts = (await context.rawQuery(monthPostsSql, [workspaceId, grid?.startsAt, grid?.endsAt])) as {
    id: string;
  }[];
  const postIds = gridPosts.map((post) => post.id);

  const views: View[] = [
    {
      id: '10',
      name: 'ROI page: 12 months by network (busiest workspace)',
      path: `/api/workspaces/${workspaceId}/results?from=${fromMonth}&to=${toMonth}&dimension=network&granularity=month`,
      statements: [
        { text: labourSql, parameters: [workspaceId, fromDate, toDateExclusive] },
        { text: costsSql, parameters: [workspaceId, fromDate, toDateExclusive] },
        { text: outcomesSql, parameters: [workspaceId, fromDate, toDateExclusive] },
        { text: publishedSql, parameters: [workspaceId, startsAt, endsAt, zone] },
      ],
    },
    {
      id: '10',
      name: `agency ROI table: 12 months, ${managed.length} workspaces`,
      path: `/api/agency/results?from=${fromMonth}&to=${toMonth}`,
      statements: [
        { text: agencyLabourSql, parameters: [managed, fromDate, toDateExclusive] },
        { text: agencyMoneySql, parameters: [managed, fromDate, toDateExclusive] },
      ],
    },
    {
      id: '10',
      name: `calendar month grid: ${postIds.length} posts (busiest workspace)`,
      path: `/api/workspaces/${workspaceId}/posts/calendar?from=${gridStart}&to=${gridEnd}`,
      statements: [
        { text: zoneSql, parameters: [workspaceId] },
        calendarStatement(
          calendarPostsQuery(workspaceId, {
            from: new Date(grid?.startsAt ?? gridStart),
            before: new Date(grid?.endsAt ?? gridEnd),
          }),
        ),
      ],
    },
    {
      id: '10',
      name: `posts list, same six weeks, full posts (busiest workspace)`,
      path: `/api/workspaces/${workspaceId}/posts?from=${gridStart}&to=${gridEnd}`,
      statements: [
        { text: zoneSql, parameters: [workspaceId] },
        { text: monthPostsSql, parameters: [workspaceId, grid?.startsAt, grid?.endsAt] },
        { text: monthMediaSql, parameters: [workspaceId, postIds] },
        { text: monthVersionsSql, parameters: [workspaceId, postIds] },
      ],
    },
  ];
  const results: BenchmarkResult[] = [];
  for (const view of views) {
    const { http, raw } = await compare(context, view, options);
    const ratio = http.median / raw.median;
    results.push({
      id: view.id,
      name: view.name,
      database: context.kind,
      measured: `HTTP median ${milliseconds(http.median)}, p95 ${milliseconds(http.p95)}`,
      baseline: `raw SQL median ${milliseconds(raw.median)}, p95 ${milliseconds(raw.p95)}`,
      ratio,
      target: '<= 1.5x, p95 < 150 ms',
      met: ratio <= 1.5 && http.p95 < 150,
    });
  }
  return results;
}
