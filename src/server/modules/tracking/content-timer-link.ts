import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { ContentWorkTimer } from '../content/content-sessions.service.js';
import type { RoutineOccurrencesService } from '../routine/routine-occurrences.service.js';
import type { TimerService } from './timer.service.js';

/**
 * The timer of content work (a batch session, a timer on one post): it runs on the routine's
 * batch block of the day when there is one (the reference routine's Monday 1 h 30), else on a
 * content block of the day, else on the content category without a block, so planned vs.
 * actual counts the session where the routine planned it.
 */
export function createContentWorkTimer({
  timerService,
  routineOccurrencesService,
  categoriesRepository,
}: {
  timerService: Pick<TimerService, 'startTimer' | 'finishEntry' | 'getTimer'>;
  routineOccurrencesService: Pick<RoutineOccurrencesService, 'getToday'>;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
}): ContentWorkTimer {
  async function pickTarget(workspaceId: string, userId: string) {
    const [today, categories] = await Promise.all([
      routineOccurrencesService.getToday(workspaceId, {}),
      categoriesRepository.list(workspaceId, { includeArchived: false }),
    ]);
    const contentCategoryIds = new Set(
      categories
        .filter((category) => category.referenceKey === 'blogging' || category.referenceKey === 'acquisition')
        .map((category) => category.id),
    );
    const open = today.occurrences.filter(
      (occurrence) =>
        (occurrence.memberUserId === null || occurrence.memberUserId === userId) &&
        occurrence.status !== 'done' &&
        occurrence.status !== 'skipped',
    );
    const block =
      open.find((occurrence) => occurrence.templateKey === 'batch') ??
      open.find((occurrence) => contentCategoryIds.has(occurrence.categoryId));
    if (block)
      return {
        categoryId: block.categoryId,
        routineBlockId: block.blockId,
        occurrenceDate: block.occurrenceDate,
      };
    const category =
      categories.find((candidate) => candidate.referenceKey === 'blogging') ??
      categories.find((candidate) => candidate.referenceKey === 'acquisition') ??
      categories[0];
    return category ? { categoryId: category.id, routineBlockId: null, occurrenceDate: null } : null;
  }

  return {
    async start(actor, note) {
      const target = await pickTarget(actor.workspaceId, actor.userId);
      if (!target) return { timeEntryId: null };
      const state = await timerService.startTimer(actor, { ...target, networkKey: null, note });
      return { timeEntryId: state.running?.id ?? null };
    },
    finish: (actor, timeEntryId) => timerService.finishEntry(actor, timeEntryId),
    async isRunning(actor, timeEntryId) {
      const state = await timerService.getTimer(actor);
      return state.running?.id === timeEntryId;
    },
  };
}
