import type { Category } from '../../../contracts/budget.js';
import type {
  GenerateFromBudgetBody,
  GenerateReferenceWeekBody,
  RoutineBlockView,
} from '../../../contracts/routine.js';
import {
  type CategoryMinutes,
  generateReferenceWeek,
  generateRoutineFromBudget,
  type RoutineBlock,
} from '../../../core/routine/index.js';
import type { RunInTransaction } from '../../platform/db.js';
import { unprocessable } from '../../platform/problem.js';
import {
  assertBlockOwner,
  loadWorkspaceClock,
  type RoutineBlocksDependencies,
} from './routine-blocks.service.js';
import { categoryLabel } from './routine-labels.js';
import { assertNoComplexOverlaps } from './routine-overlaps.js';

type Generated = { blocks: RoutineBlockView[]; unplaced: CategoryMinutes[] };

/** The reference routine's roles, played by the workspace's reference categories of the same key. */
const referenceRoles = ['communication', 'acquisition', 'blogging', 'analyse'] as const;

function findReferenceCategoryIds(categories: Category[]) {
  const ids: Partial<Record<(typeof referenceRoles)[number], string>> = {};
  for (const role of referenceRoles) {
    const category = categories.find((candidate) => candidate.referenceKey === role && !candidate.isArchived);
    if (!category) {
      throw unprocessable('routine_reference_category_missing', {
        category_fr: categoryLabel({ name: null, referenceKey: role }, 'fr'),
        category_en: categoryLabel({ name: null, referenceKey: role }, 'en'),
      });
    }
    ids[role] = category.id;
  }
  return ids as Record<(typeof referenceRoles)[number], string>;
}

/**
 * One-click routines: the 6 h reference week and a routine laid out from the budget. Both are
 * ordinary blocks afterwards. 'replace' swaps the owner's blocks in one transaction; 'add' keeps
 * them, and is refused (409) if a generated complex block would overlap an existing one.
 */
export function createGenerateRoutineService(
  dependencies: RoutineBlocksDependencies & { runInTransaction: RunInTransaction },
) {
  const { routineBlocksRepository, categoriesRepository, membersRepository, workspacesRepository, clock } =
    dependencies;

  async function store(
    workspaceId: string,
    mode: 'replace' | 'add',
    memberUserId: string | null,
    blocks: RoutineBlock[],
    categories: Category[],
  ): Promise<RoutineBlockView[]> {
    const existing = await routineBlocksRepository.list(workspaceId);
    const kept =
      mode === 'replace' ? existing.filter((block) => block.memberUserId !== memberUserId) : existing;
    const candidates = blocks.map((block) => ({ ...block, memberUserId }));
    assertNoComplexOverlaps(kept, candidates, categories);
    const { today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
    await dependencies.assertSeriesMissesMovedOccurrences(workspaceId, kept, candidates, categories, today);
    return dependencies.runInTransaction(async (tx) => {
      if (mode === 'replace') await routineBlocksRepository.deleteOwnedBy(workspaceId, memberUserId, tx);
      return routineBlocksRepository.insert(
        workspaceId,
        candidates.map(({ id: _placeholder, ...block }) => block),
        tx,
      );
    });
  }

  return {
    async generateReferenceWeek(workspaceId: string, body: GenerateReferenceWeekBody): Promise<Generated> {
      const { timeZone, today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      await assertBlockOwner(membersRepository, workspaceId, body.memberUserId);
      const categories = await categoriesRepository.list(workspaceId);
      const blocks = generateReferenceWeek({
        categoryIds: findReferenceCategoryIds(categories),
        timeZone,
        startsOn: body.startsOn ?? today,
        dayStart: body.dayStart,
      });
      return {
        blocks: await store(workspaceId, body.mode, body.memberUserId, blocks, categories),
        unplaced: [],
      };
    },

    /** Lays the budget's weekly minutes out in the daily window; what does not fit is returned. */
    async generateFromBudget(workspaceId: string, body: GenerateFromBudgetBody): Promise<Generated> {
      const { timeZone, today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      await assertBlockOwner(membersRepository, workspaceId, body.memberUserId);
      const categories = await categoriesRepository.list(workspaceId);
      const generated = generateRoutineFromBudget({
        budget: categories
          .filter((category) => !category.isArchived && category.weeklyMinutes > 0)
          // Replies open the day, as in the reference week (the generator keeps budget order).
          .sort(
            (a, b) => Number(b.referenceKey === 'communication') - Number(a.referenceKey === 'communication'),
          )
          .map((category) => ({
            categoryId: category.id,
            minutes: category.weeklyMinutes,
            isComplex: category.isComplex,
          })),
        workingDays: body.workingDays,
        dailyWindow: body.dailyWindow,
        timeZone,
        startsOn: body.startsOn ?? today,
        slotMinutes: body.slotMinutes,
      });
      return {
        blocks: await store(workspaceId, body.mode, body.memberUserId, generated.blocks, categories),
        unplaced: generated.unplaced,
      };
    },
  };
}

export type GenerateRoutineService = ReturnType<typeof createGenerateRoutineService>;
