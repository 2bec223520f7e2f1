import { isNetworkKey } from '../../../core/strategy/networks.js';
import type { RoutineBlocksRepository } from '../routine/routine-blocks.repository.js';
import type {
  OccurrenceMarkedHook,
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
          toMark: adherence.toMark,
        },
      };
    },
  };
}

/**
 * The timer follows the "today" planner: starting an occurrence starts the timer on its category,
 * linked to it (stopping whatever else ran: one task at a time); marking it done or skipped stops
 * the person's timer when it runs on that very occurrence, recording the time spent. A forgotten
 * timer is left running: only its owner can say when the work really ended (the cut-back).
 */
export function followOccurrenceWithTimer(
  timerService: Pick<TimerService, 'startTimer' | 'stopTimerOnOccurrence'>,
): OccurrenceMarkedHook {
  return async ({ workspaceId, userId, status, occurrence }) => {
    if (status !== 'started') {
      await timerService.stopTimerOnOccurrence(
        { workspaceId, userId },
        { routineBlockId: occurrence.blockId, occurrenceDate: occurrence.occurrenceDate },
      );
      return;
    }
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
