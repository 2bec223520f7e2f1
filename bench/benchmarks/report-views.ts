import { addDaysToDate, isoWeekdayOf } from '../../src/core/time/epoch-day.js';
import { maxEntryDays } from '../../src/server/modules/tracking/tracking.table.js';
import type { AgencyPlan } from '../dataset/agency-plan.js';
import { type BenchContext, getAs } from '../lib/bench-context.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';
import { summarise } from '../lib/stats.js';

type WeekBounds = { startsAt: string; endsAt: string };

/**
 * The aggregate behind both views, as the tracking repository runs it, written out by hand:
 * seconds per period, category and member with the member's hourly cost, each entry cut at the
 * period's bounds. This is the floor: what the database alone needs to answer.
 */
const aggregateSql = `
  with sums as (
    select p.period_index, e.category_id, e.user_id,
           sum(extract(epoch from least(e.ended_at, p.ends_at) - greatest(e.started_at, p.starts_at)))::int as seconds
    from unnest($2::timestamptz[], $3::timestamptz[]) with ordinality as p(starts_at, ends_at, period_index)
    join time_entries e
      on e.workspace_id = $1 and e.ended_at is not null
     and e.started_at >= $4::timestamptz - interval '${maxEntryDays} days' and e.started_at < $5::timestamptz
     and e.started_at < p.ends_at and e.ended_at > p.starts_at
    group by p.period_index, e.category_id, e.user_id
  )
  select (s.period_index - 1)::int as "periodIndex", s.category_id as "categoryId", s.user_id as "userId",
         u.name as "userName", m.hourly_cost_cents as "hourlyCostCents", s.seconds
  from sums s
  join "user" u on u.id = s.user_id
  left join memberships m on m.workspace_id = $1 and m.user_id = s.user_id`;

function aggregateParameters(workspaceId: string, weeks: readonly WeekBounds[]): unknown[] {
  const starts = weeks.map((week) => week.startsAt);
  const ends = weeks.map((week) => week.endsAt);
  return [workspaceId, starts, ends, starts[0], ends[ends.length - 1]];
}

/** Samples the view and its raw aggregate alternately, so both see the same machine load. */
async function compare(
  context: BenchContext,
  path: string,
  parameters: unknown[],
  options: { warmup: number; runs: number },
) {
  const http: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < options.warmup + options.runs; run++) {
    let startedAt = performance.now();
    await getAs(context, path);
    const httpMs = performance.now() - startedAt;
    startedAt = performance.now();
    await context.rawQuery(aggregateSql, parameters);
    const rawMs = performance.now() - startedAt;
    if (run >= options.warmup) {
      http.push(httpMs);
      raw.push(rawMs);
    }
  }
  return { http: summarise(http), raw: summarise(raw) };
}

/**
 * Benchmark 1: planned-vs-actual for the last full week and the 12-week trend of the busiest
 * workspace, through HTTP as its owner, against the raw SQL of their aggregate on the same database.
 */
export async function benchmarkReportViews(
  context: BenchContext,
  plan: AgencyPlan,
  options: { warmup: number; runs: number },
): Promise<BenchmarkResult[]> {
  const until = plan.options.until;
  const weekStart = addDaysToDate(until, -(isoWeekdayOf(until) - 1));
  const base = `/api/workspaces/${context.busiestWorkspaceId}/planned-vs-actual`;
  const weekPath = `${base}?weekStart=${weekStart}`;
  const trendPath = `${base}/trend?weeks=12&weekStart=${weekStart}`;
  // The bounds of the weeks in the workspace's zone, as the app computed them.
  const week = (await getAs(context, weekPath)) as { week: WeekBounds };
  const trend = (await getAs(context, trendPath)) as { weeks: { week: WeekBounds }[] };

  const views = [
    { name: 'planned vs actual, one week', path: weekPath, weeks: [week.week] },
    {
      name: 'planned vs actual, 12-week trend',
      path: trendPath,
      weeks: trend.weeks.map((line) => line.week),
    },
  ];
  const results: BenchmarkResult[] = [];
  for (const view of views) {
    const { http, raw } = await compare(
      context,
      view.path,
      aggregateParameters(context.busiestWorkspaceId, view.weeks),
      options,
    );
    const ratio = http.median / raw.median;
    results.push({
      id: '1',
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
