import { isNetworkKey } from '../../../core/strategy/networks.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import type { RoutineComparisonService } from '../routine/routine-comparison.service.js';
import type {
  OccurrenceStartedHook,
  RoutineOccurrencesService,
} from '../routine/routine-occurrences.service.js';
import type { RoutineWeekSource } from './planned-vs-actual.service.js';
import type { TimerService } from './timer.service.js';

/** What the routine plans for a week, read through the routine module's own services. */
export function createRoutineWeekSource({
  routineComparisonService,
  routineOccurrencesService,
}: {
  routineComparisonService: Pick<RoutineComparisonService, 'compareWeeksWithBudget'>;
  routineOccurrencesService: Pick<RoutineOccurrencesService, 'listOccurrences'>;
}): RoutineWeekSource {
  return {
    async getRoutineMinutesByCategory(workspaceId, weekStarts) {
      const comparisons = await routineComparisonService.compareWeeksWithBudget(workspaceId, weekStarts);
      return comparisons.map((comparison) =>
        Object.fromEntries(comparison.rows.map((row) => [row.categoryId, row.routineMinutes])),
      );
    },
    async getRoutineAdherence(workspaceId, weekStart) {
      const week = await routineOccurrencesService.listOccurrences(workspaceId, {
        from: weekStart,
        to: addDaysToDate(weekStart, 6),
      });
      return { planned: week.adherence.planned, done: week.adherence.done };
    },
  };
}

/**
 * Starting a routine occurrence (the "today" planner) starts the timer on its category, linked to
 * the occurrence, and stops whatever else was running: one task at a time.
 */
export function startTimerOnOccurrence(
  timerService: Pick<TimerService, 'startTimer'>,
): OccurrenceStartedHook {
  return async ({ workspaceId, userId, occurrence }) => {
    await timerService.startTimer(
      { workspaceId, userId },
      {
        categoryId: occurrence.categoryId,
        networkKey:
          occurrence.networkKey !== null && isNetworkKey(occurrence.networkKey)
            ? occurrence.networkKey
            : null,
        note: occurrence.note ?? '',
        routineBlockId: occurrence.blockId,
        occurrenceDate: occurrence.occurrenceDate,
      },
    );
  };
}
