import type { PlannedVsActualView, Trend } from '../../../contracts/tracking.js';
import { allocateRoundedTotal, computeWeekCost } from '../../../core/tracking/cost.js';
import { computePlannedVsActual, selectRoutineMinutes } from '../../../core/tracking/planned-vs-actual.js';
import type { Clock } from '../../platform/clock.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { TrackingReportsRepository } from './tracking-reports.repository.js';
import { findWorkspaceTime, listWeeks, resolveWeek, type WeekRange } from './workspace-time.js';

/**
 * What the routine plans, provided by the routine module (wired in app.ts) so that tracking does
 * not depend on its internals. One call per request reads the routine once; the workspace's zone
 * comes from the caller, which has already read it.
 */
export type RoutineWeekSource = {
  /**
   * For each week asked (in order: one call for a whole trend), the minutes planned per category
   * id; with `adherenceWeekStart`, that week's occurrences already settled (`planned`) and those
   * done, else `adherence` is null.
   */
  readRoutineWeeks: (
    workspace: { workspaceId: string; timeZone: string },
    weekStarts: readonly string[],
    options?: { adherenceWeekStart?: string | undefined },
  ) => Promise<{
    minutesByWeek: { categoryId: string; minutes: number }[][];
    adherence: { planned: number; done: number; pending: number; toMark: number } | null;
  }>;
};

/** Until a routine exists: nothing planned. */
export const emptyRoutineWeekSource: RoutineWeekSource = {
  readRoutineWeeks: async (_workspace, weekStarts, options = {}) => ({
    minutesByWeek: weekStarts.map(() => []),
    adherence:
      options.adherenceWeekStart === undefined ? null : { planned: 0, done: 0, pending: 0, toMark: 0 },
  }),
};

const toPeriod = (week: WeekRange) => ({ start: week.startsAt, end: week.endsAt });
const sumValues = (record: Record<string, number>) =>
  Object.values(record).reduce((sum, value) => sum + value, 0);

export function createPlannedVsActualService({
  trackingReportsRepository,
  categoriesRepository,
  workspacesRepository,
  routineWeekSource,
  clock,
}: {
  trackingReportsRepository: TrackingReportsRepository;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  routineWeekSource: RoutineWeekSource;
  clock: Clock;
}) {
  /**
   * Budgets of the categories still in use; archived ones keep their tracked time only. The same
   * categories select the routine's rows (`selectRoutineMinutes`): one read serves both.
   */
  async function loadBudget(workspaceId: string) {
    const categories = await categoriesRepository.list(workspaceId, { includeArchived: true });
    const active = categories.filter((category) => !category.isArchived);
    return {
      categories,
      order: categories.map((category) => category.id),
      minutesByCategory: Object.fromEntries(active.map((category) => [category.id, category.weeklyMinutes])),
    };
  }

  return {
    /**
     * One week, per category: budget, routine and tracked time, and the cost of the tracked time
     * at each member's own hourly cost (rounded once over the week; rows add up to the total).
     */
    async getWeek(
      workspaceId: string,
      query: { weekStart?: string | undefined; userId?: string | undefined },
    ): Promise<PlannedVsActualView> {
      const { timeZone, currency } = await findWorkspaceTime(workspacesRepository, workspaceId);
      const week = resolveWeek(query.weekStart, timeZone, clock.now());
      // Independent reads: concurrent on PostgreSQL's pool (PGlite runs them one after another).
      const [budget, sums, routine] = await Promise.all([
        loadBudget(workspaceId),
        trackingReportsRepository.sumSecondsByPeriodCategoryAndMember(
          workspaceId,
          [toPeriod(week)],
          query.userId ?? null,
        ),
        routineWeekSource.readRoutineWeeks({ workspaceId, timeZone }, [week.weekStart], {
          adherenceWeekStart: week.weekStart,
        }),
      ]);
      const adherence = routine.adherence ?? { planned: 0, done: 0, pending: 0, toMark: 0 };
      const trackedSeconds: Record<string, number> = {};
      const costNumerators = new Map<string, number>();
      for (const sum of sums) {
        trackedSeconds[sum.categoryId] = (trackedSeconds[sum.categoryId] ?? 0) + sum.seconds;
        const numerator = sum.seconds * (sum.hourlyCostCents ?? 0);
        costNumerators.set(sum.categoryId, (costNumerators.get(sum.categoryId) ?? 0) + numerator);
      }
      const comparison = computePlannedVsActual({
        budgetMinutesByCategory: budget.minutesByCategory,
        routineMinutesByCategory: selectRoutineMinutes(routine.minutesByWeek[0] ?? [], budget.categories),
        trackedSecondsByCategory: trackedSeconds,
        // Costs are computed below, member by member; the core's single rate is not used.
        hourlyCostCents: 0,
        categoryOrder: budget.order,
      });
      const cost = allocateRoundedTotal(
        comparison.rows.map((row) => costNumerators.get(row.categoryId) ?? 0),
        3600,
      );
      const withoutCost = new Map(
        sums
          .filter((sum) => sum.hourlyCostCents === null && sum.seconds > 0)
          .map((sum) => [sum.userId, { userId: sum.userId, name: sum.userName }]),
      );
      const { budgetCostCents: _unusedTotal, ...totals } = comparison.totals;
      return {
        week,
        currency,
        userId: query.userId ?? null,
        rows: comparison.rows.map(({ budgetCostCents: _unused, ...row }, index) => ({
          ...row,
          trackedCostCents: cost.parts[index] ?? 0,
        })),
        totals: { ...totals, trackedCostCents: cost.total },
        adherence: {
          ...adherence,
          ratio: adherence.planned === 0 ? null : adherence.done / adherence.planned,
        },
        membersWithoutHourlyCost: [...withoutCost.values()],
      };
    },

    /** `weeks` consecutive weeks ending with the given (or current) one: one grouped query. */
    async getTrend(
      workspaceId: string,
      query: { weekStart?: string | undefined; weeks: number; userId?: string | undefined },
    ): Promise<Trend> {
      const { timeZone, currency } = await findWorkspaceTime(workspacesRepository, workspaceId);
      const last = resolveWeek(query.weekStart, timeZone, clock.now());
      const weeks = listWeeks(last.weekStart, query.weeks, timeZone);
      const [budget, sums, routine] = await Promise.all([
        loadBudget(workspaceId),
        trackingReportsRepository.sumSecondsByPeriodCategoryAndMember(
          workspaceId,
          weeks.map(toPeriod),
          query.userId ?? null,
        ),
        routineWeekSource.readRoutineWeeks(
          { workspaceId, timeZone },
          weeks.map((week) => week.weekStart),
        ),
      ]);
      const budgetMinutes = sumValues(budget.minutesByCategory);
      const rankOf = (categoryId: string) => {
        const rank = budget.order.indexOf(categoryId);
        return rank === -1 ? budget.order.length : rank;
      };
      return {
        currency,
        userId: query.userId ?? null,
        weeks: weeks.map((week, index) => {
          const lines = sums.filter((sum) => sum.periodIndex === index);
          const byCategory = new Map<string, number>();
          for (const line of lines)
            byCategory.set(line.categoryId, (byCategory.get(line.categoryId) ?? 0) + line.seconds);
          const { totalSeconds, costCents } = computeWeekCost({
            tracked: lines.map((line) => ({
              seconds: line.seconds,
              hourlyCostCents: line.hourlyCostCents ?? 0,
            })),
          });
          return {
            week,
            budgetMinutes,
            routineMinutes: sumValues(
              selectRoutineMinutes(routine.minutesByWeek[index] ?? [], budget.categories),
            ),
            trackedSeconds: totalSeconds,
            trackedCostCents: costCents,
            // In the categories' own order: the sums come in whatever order the database groups them.
            byCategory: [...byCategory]
              .sort(([left], [right]) => rankOf(left) - rankOf(right) || left.localeCompare(right))
              .map(([categoryId, trackedSeconds]) => ({ categoryId, trackedSeconds })),
          };
        }),
      };
    },
  };
}

export type PlannedVsActualService = ReturnType<typeof createPlannedVsActualService>;
