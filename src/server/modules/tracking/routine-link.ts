import { isNetworkKey } from '../../../core/strategy/networks.js';
import type { RoutineBlocksRepository } from '../routine/routine-blocks.repository.js';
import type {
  OccurrenceStartedHook,
  RoutineOccurrencesService,
} from '../routine/routine-occurrences.service.js';
import type { RoutineWeekSource } from './planned-vs-actual.service.js';
import type { TimerService } from './timer.service.js';

/** Whether a routine block exists in a workspace: an entry may only name a block of its own workspace. */
export type RoutineBlockLookup = (workspaceId: string, blockId: string) => Promise<boolean>;

export function createRoutineBlockLookup({
  routineBlocksRepository,
}: {
  routineBlocksRepository: Pick<RoutineBlocksRepository, 'find'>;
}): RoutineBlockLookup {
  return async (workspaceId, blockId) => (await routineBlocksRepository.find(workspaceId, blockId)) !== null;
}

/**
 * What the routine plans for the weeks of a report, read through the routine module's own
 * service: its blocks once for every week, and the exceptions and marks of the adherence week.
 */
export function createRoutineWeekSource({
  routineOccurrencesService,
}: {
  routineOccurrencesService: Pick<RoutineOccurrencesService, 'summariseWeeks'>;
}): RoutineWeekSource {
  return {
    async readRoutineWeeks(workspace, weekStarts, options = {}) {
      const { minutesByWeek, adherence } = await routineOccurrencesService.summariseWeeks(
        workspace,
        weekStarts,
        options,
      );
      return {
        minutesByWeek,
        adherence: adherence && {
          planned: adherence.planned,
          done: adherence.done,
          pending: adherence.pending,
        },
      };
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
