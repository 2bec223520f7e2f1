import type { RushWeeksView, RushWeekView } from '../../../contracts/rush-weeks.js';
import { rushWeekOf } from '../../../core/routine/index.js';
import { addDaysToDate } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { loadWorkspaceClock } from './routine-blocks.service.js';
import type { RushWeeksRepository } from './rush-weeks.repository.js';

/**
 * The rush-mode switch of a week. Only this week and coming ones can change: a week already over
 * is history (its streak was judged with or without rush), so it stays as it was.
 */
export function createRushWeeksService(deps: {
  rushWeeksRepository: RushWeeksRepository;
  workspacesRepository: WorkspacesRepository;
  clock: Clock;
}) {
  const { rushWeeksRepository, workspacesRepository, clock } = deps;

  async function changeableWeek(workspaceId: string, anyDateOfWeek: string): Promise<string> {
    const { today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
    const weekStart = rushWeekOf(anyDateOfWeek);
    if (weekStart < rushWeekOf(today)) throw unprocessable('rush_week_over');
    return weekStart;
  }

  return {
    /** Last week's switch (as it was) and every switch from this week on. */
    async listRushWeeks(workspaceId: string): Promise<RushWeeksView> {
      const { today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      const currentWeekStart = rushWeekOf(today);
      const weeks = await rushWeeksRepository.listFrom(workspaceId, addDaysToDate(currentWeekStart, -7));
      return { currentWeekStart, weeks };
    },

    async turnOn(workspaceId: string, anyDateOfWeek: string, userId: string): Promise<RushWeekView> {
      const weekStart = await changeableWeek(workspaceId, anyDateOfWeek);
      return rushWeeksRepository.turnOn(workspaceId, weekStart, userId, clock.now());
    },

    async turnOff(workspaceId: string, anyDateOfWeek: string): Promise<void> {
      const weekStart = await changeableWeek(workspaceId, anyDateOfWeek);
      await rushWeeksRepository.turnOff(workspaceId, weekStart);
    },
  };
}

export type RushWeeksService = ReturnType<typeof createRushWeeksService>;
