import type { RoutineComparison } from '../../../contracts/routine.js';
import { summariseRoutineMinutesByCategory } from '../../../core/routine/index.js';
import { addDaysToDate, isoWeekdayOf, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { type RoutineBlocksRepository, toCoreBlock } from './routine-blocks.repository.js';
import { loadWorkspaceClock } from './routine-blocks.service.js';

/** The budget's weekly minutes per category next to the routine's, for one Monday-based week. */
export function createRoutineComparisonService({
  routineBlocksRepository,
  categoriesRepository,
  workspacesRepository,
  clock,
}: {
  routineBlocksRepository: RoutineBlocksRepository;
  categoriesRepository: CategoriesRepository;
  workspacesRepository: WorkspacesRepository;
  clock: Clock;
}) {
  return {
    /**
     * Without `week`, the first week that starts on or after today: the plan as it will run, not
     * a week already half gone (a routine created on a Wednesday would look half empty).
     * Exceptions are left out on purpose: this compares the plan with the budget.
     */
    async compareWithBudget(workspaceId: string, week?: string): Promise<RoutineComparison> {
      const { timeZone, today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      const weekStart =
        week !== undefined
          ? zonedWeekStart(week, timeZone)
          : isoWeekdayOf(today) === 1
            ? today
            : addDaysToDate(zonedWeekStart(today, timeZone), 7);
      const [categories, blocks] = await Promise.all([
        categoriesRepository.list(workspaceId),
        routineBlocksRepository.list(workspaceId),
      ]);
      const routineMinutes = new Map(
        summariseRoutineMinutesByCategory(blocks.map(toCoreBlock), weekStart).map((line) => [
          line.categoryId,
          line.minutes,
        ]),
      );
      const rows = categories
        .map((category) => {
          const budgetMinutes = category.isArchived ? 0 : category.weeklyMinutes;
          const planned = routineMinutes.get(category.id) ?? 0;
          return {
            categoryId: category.id,
            referenceKey: category.referenceKey,
            name: category.name,
            color: category.color,
            isComplex: category.isComplex,
            budgetMinutes,
            routineMinutes: planned,
            differenceMinutes: planned - budgetMinutes,
          };
        })
        // Archived categories only show while the routine still plans time for them.
        .filter((row, index) => !categories[index]?.isArchived || row.routineMinutes > 0);
      return {
        weekStart,
        rows,
        totalBudgetMinutes: rows.reduce((sum, row) => sum + row.budgetMinutes, 0),
        totalRoutineMinutes: rows.reduce((sum, row) => sum + row.routineMinutes, 0),
      };
    },
  };
}

export type RoutineComparisonService = ReturnType<typeof createRoutineComparisonService>;
