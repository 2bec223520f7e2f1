import type {
  AgencyResults,
  AgencyResultsQuery,
  EffortQuery,
  EffortResults,
} from '../../../contracts/results-agency.js';
import type { Workspace } from '../../../contracts/workspaces.js';
import { canSeeInAgencyTable } from '../../../core/access/index.js';
import { buildAgencyResults } from '../../../core/results/agency-results.js';
import {
  compareCategoryWeeks,
  type EffortWeek,
  effortThresholds,
  summarisePostEffort,
} from '../../../core/results/effort-results.js';
import { resultsThresholds } from '../../../core/results/results-thresholds.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { dayBounds, zonedWeekStart } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { findWorkspaceTime, todayIn } from '../tracking/workspace-time.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ResultsAgencyRepository } from './results-agency.repository.js';
import { resolveMonthWindow } from './results-window.js';

/** The agency's ROI table across its client workspaces, and effort against results. */
export function createResultsAgencyService({
  resultsAgencyRepository,
  workspacesRepository,
  clock,
}: {
  resultsAgencyRepository: ResultsAgencyRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
}) {
  return {
    /**
     * One row per workspace the person runs (owner or manager; demos left out), the same local
     * months in each workspace's own zone. One query per kind of fact for all of them.
     */
    async getAgencyResults(
      workspaces: readonly Workspace[],
      query: AgencyResultsQuery,
    ): Promise<AgencyResults> {
      const managed = workspaces.filter(
        (workspace) => !workspace.isDemo && canSeeInAgencyTable(workspace.role),
      );
      // The months are the same everywhere; "this month" is read in the first workspace's zone.
      const zone = managed[0]?.timeZone ?? 'UTC';
      const window = resolveMonthWindow(query, zone, todayIn(zone, clock.now()));
      const facts =
        managed.length === 0
          ? { labour: [], money: [] }
          : await resultsAgencyRepository.sumAgencyFacts(
              managed.map((workspace) => workspace.id),
              window.fromDate,
              window.toDateExclusive,
            );
      const { rows, totals } = buildAgencyResults(
        managed.map((workspace) => {
          const money = facts.money.find((row) => row.workspaceId === workspace.id);
          return {
            workspaceId: workspace.id,
            name: workspace.name,
            currency: workspace.currency,
            labour: facts.labour.filter((row) => row.workspaceId === workspace.id),
            directCostsCents: Math.round(money?.directCostsCents ?? 0),
            posts: money?.posts ?? 0,
            leads: money?.leads ?? 0,
            clients: money?.clients ?? 0,
            revenueCents: Math.round(money?.revenueCents ?? 0),
            outcomes: money?.outcomes ?? 0,
          };
        }),
      );
      return {
        from: window.from,
        to: window.to,
        rows,
        totals,
        thresholds: {
          minimumMinutes: resultsThresholds.minimumMinutes,
          minimumOutcomes: resultsThresholds.minimumOutcomes,
        },
      };
    },

    /**
     * The last `weeks` local weeks of one workspace: each published post's minutes beside what
     * it earned, and per task category whether heavier weeks were followed by more results.
     */
    async getEffortResults(workspaceId: string, query: EffortQuery): Promise<EffortResults> {
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      const today = todayIn(workspace.timeZone, clock.now());
      const fromDate = addDaysToDate(zonedWeekStart(today, workspace.timeZone), -7 * (query.weeks - 1));
      const toDateExclusive = addDaysToDate(fromDate, 7 * query.weeks);
      const window = {
        startsAt: dayBounds(fromDate, workspace.timeZone).start,
        endsAt: dayBounds(toDateExclusive, workspace.timeZone).start,
        timeZone: workspace.timeZone,
      };
      const [postFacts, weeklyMinutes, weeklyOutcomes] = await Promise.all([
        resultsAgencyRepository.listPostEffort(workspaceId, window),
        resultsAgencyRepository.sumWeeklyCategoryMinutes(workspaceId, window),
        resultsAgencyRepository.countWeeklyOutcomes(
          workspaceId,
          fromDate,
          toDateExclusive,
          workspace.currency,
        ),
      ]);
      const weeks: EffortWeek[] = Array.from({ length: query.weeks }, (_, index) => ({
        weekStart: addDaysToDate(fromDate, 7 * index),
        minutesByCategory: {},
        outcomes: 0,
        engagement: 0,
      }));
      const weekOf = new Map(weeks.map((week) => [week.weekStart, week]));
      const categoryIds = new Set<string>();
      for (const row of weeklyMinutes) {
        const week = weekOf.get(row.weekStart);
        if (!week) continue;
        (week.minutesByCategory as Record<string, number>)[row.categoryId] = row.minutes;
        categoryIds.add(row.categoryId);
      }
      for (const row of weeklyOutcomes) {
        const week = weekOf.get(row.weekStart);
        if (week) week.outcomes += row.outcomes;
      }
      for (const post of postFacts) {
        const week = weekOf.get(post.weekStart);
        if (week) week.engagement += post.engagement ?? 0;
      }
      const { posts, summary } = summarisePostEffort(
        postFacts.map(({ weekStart: _week, ...post }) => ({
          ...post,
          revenueCents: Math.round(post.revenueCents),
        })),
      );
      return {
        fromDate,
        toDateExclusive,
        // The posts that took time first: the ones this view is about.
        posts: posts.filter((post) => post.minutes > 0).slice(0, 200),
        summary,
        weeks: weeks.map((week) => ({ ...week, minutesByCategory: { ...week.minutesByCategory } })),
        // In the budget's order: the rows come category by category in it.
        categories: compareCategoryWeeks(weeks, [...categoryIds]),
        thresholds: {
          minimumPosts: effortThresholds.minimumPosts,
          minimumWeeksPerSide: effortThresholds.minimumWeeksPerSide,
        },
      };
    },
  };
}

export type ResultsAgencyService = ReturnType<typeof createResultsAgencyService>;
