import type { PlannedVsActualView, Trend } from '../../../contracts/tracking.js';
import { allocateRoundedTotal, computeWeekCost } from '../../../core/tracking/cost.js';
import { computePlannedVsActual } from '../../../core/tracking/planned-vs-actual.js';
import type { Clock } from '../../platform/clock.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { TrackingReportsRepository } from './tracking-reports.repository.js';
import { findWorkspaceTime, listWeeks, resolveWeek, type WeekRange } from './workspace-time.js';

/**
 * What the routine plans for a week, provided by the routine module (wired in app.ts) so that
 * tracking does not depend on its internals. Minutes are per category id.
 */
export type RoutineWeekSource = {
  /** One record per week asked, in order: one call for a whole trend, not one per week. */
  getRoutineMinutesByCategory: (
    workspaceId: string,
    weekStarts: readonly string[],
  ) => Promise<Record<string, number>[]>;
  /** Occurrences of the week already settled (`planned`) and those done. */
  getRoutineAdherence: (workspaceId: string, weekStart: string) => Promise<{ planned: number; done: number }>;
};

/** Until a routine exists: nothing planned. */
export const emptyRoutineWeekSource: RoutineWeekSource = {
  getRoutineMinutesByCategory: async (_workspaceId, weekStarts) => weekStarts.map(() => ({})),
  getRoutineAdherence: async () => ({ planned: 0, done: 0 }),
};

const toPeriod = (week: WeekRange) => ({ start: week.startsAt, end: week.endsAt });
const wholeMinutes = (minutesByCategory: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(minutesByCategory).map(([categoryId, minutes]) => [
      categoryId,
      Math.max(0, Math.round(minutes)),
    ]),
  );

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
  /** Budgets of the categories still in use; archived ones keep their tracked time only. */
  async function loadBudget(workspaceId: string) {
    const categories = await categoriesRepository.list(workspaceId, { includeArchived: true });
    const active = categories.filter((category) => !category.isArchived);
    return {
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
      const [budget, sums, [routineMinutes = {}], adherence] = await Promise.all([
        loadBudget(workspaceId),
        trackingReportsRepository.sumSecondsByPeriodCategoryAndMember(
          workspaceId,
          [toPeriod(week)],
          query.userId ?? null,
        ),
        routineWeekSource.getRoutineMinutesByCategory(workspaceId, [week.weekStart]),
        routineWeekSource.getRoutineAdherence(workspaceId, week.weekStart),
      ]);
      const trackedSeconds: Record<string, number> = {};
      const costNumerators = new Map<string, number>();
      for (const sum of sums) {
        trackedSeconds[sum.categoryId] = (trackedSeconds[sum.categoryId] ?? 0) + sum.seconds;
        const numerator = sum.seconds * (sum.hourlyCostCents ?? 0);
        costNumerators.set(sum.categoryId, (costNumerators.get(sum.categoryId) ?? 0) + numerator);
      }
      const comparison = computePlannedVsActual({
        budgetMinutesByCategory: budget.minutesByCategory,
        routineMinutesByCategory: wholeMinutes(routineMinutes),
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
        routineWeekSource.getRoutineMinutesByCategory(
          workspaceId,
          weeks.map((week) => week.weekStart),
        ),
      ]);
      const budgetMinutes = Object.values(budget.minutesByCategory).reduce(
        (sum, minutes) => sum + minutes,
        0,
      );
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
            routineMinutes: Object.values(wholeMinutes(routine[index] ?? {})).reduce(
              (sum, value) => sum + value,
              0,
            ),
            trackedSeconds: totalSeconds,
            trackedCostCents: costCents,
            byCategory: [...byCategory].map(([categoryId, trackedSeconds]) => ({
              categoryId,
              trackedSeconds,
            })),
          };
        }),
      };
    },
  };
}

export type PlannedVsActualService = ReturnType<typeof createPlannedVsActualService>;
