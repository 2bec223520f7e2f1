import type { Category } from '../../../contracts/budget.js';
import type {
  CreateRoutineBlockBody,
  RoutineBlockView,
  UpdateRoutineBlockBody,
} from '../../../contracts/routine.js';
import type { RoutineBlock } from '../../../core/routine/index.js';
import { getLocalDate } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { notFound, unprocessable } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { OccurrenceFitChecks } from './occurrence-fit.js';
import type { RoutineBlocksRepository } from './routine-blocks.repository.js';
import { toCoreBlock } from './routine-blocks.repository.js';
import { assertNoComplexOverlaps } from './routine-overlaps.js';

type OwnedBlock = RoutineBlock & { memberUserId: string | null };

export type RoutineBlocksDependencies = {
  assertSeriesMissesMovedOccurrences: OccurrenceFitChecks['assertSeriesMissesMovedOccurrences'];
  routineBlocksRepository: RoutineBlocksRepository;
  categoriesRepository: CategoriesRepository;
  membersRepository: MembersRepository;
  workspacesRepository: WorkspacesRepository;
  clock: Clock;
};

/** The workspace's zone and today's date in it: every default date of the routine is local. */
export async function loadWorkspaceClock(
  workspacesRepository: WorkspacesRepository,
  clock: Clock,
  workspaceId: string,
): Promise<{ timeZone: string; today: string; now: string }> {
  const settings = await workspacesRepository.findSettings(workspaceId);
  if (!settings) throw notFound();
  const now = clock.now().toISOString();
  return { timeZone: settings.timeZone, today: getLocalDate(now, settings.timeZone), now };
}

/** A block belongs to the workspace (null) or to a member who does the work (not a viewer). */
export async function assertBlockOwner(
  membersRepository: MembersRepository,
  workspaceId: string,
  memberUserId: string | null,
): Promise<void> {
  if (memberUserId === null) return;
  const member = await membersRepository.find(workspaceId, memberUserId);
  if (!member || member.role === 'viewer') throw unprocessable('routine_member_unknown');
}

function findUsableCategory(categories: Category[], categoryId: string): Category {
  const category = categories.find((candidate) => candidate.id === categoryId);
  if (!category || category.isArchived) throw unprocessable('routine_category_unknown');
  return category;
}

export function createRoutineBlocksService(dependencies: RoutineBlocksDependencies) {
  const { routineBlocksRepository, categoriesRepository, membersRepository, workspacesRepository, clock } =
    dependencies;

  /** The complex-overlap rule against every other block of the workspace and where their occurrences moved. */
  async function assertFits(workspaceId: string, candidate: OwnedBlock, categories: Category[]) {
    const { today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
    const others = (await routineBlocksRepository.list(workspaceId)).filter(
      (block) => block.id !== candidate.id,
    );
    assertNoComplexOverlaps(others, [candidate], categories);
    await dependencies.assertSeriesMissesMovedOccurrences(
      workspaceId,
      others,
      [candidate],
      categories,
      today,
    );
  }

  return {
    listBlocks: (workspaceId: string, memberUserId?: string) =>
      routineBlocksRepository.list(
        workspaceId,
        memberUserId === undefined ? {} : { visibleTo: memberUserId },
      ),

    async createBlock(workspaceId: string, body: CreateRoutineBlockBody): Promise<RoutineBlockView> {
      const { timeZone, today } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      const categories = await categoriesRepository.list(workspaceId);
      findUsableCategory(categories, body.categoryId);
      await assertBlockOwner(membersRepository, workspaceId, body.memberUserId);
      const startsOn = body.startsOn ?? today;
      if (body.endsOn && body.endsOn < startsOn) throw unprocessable('routine_dates');
      const block: Omit<OwnedBlock, 'id'> = {
        ...body,
        weekdays: [...body.weekdays].sort((a, b) => a - b),
        startsOn,
        templateKey: null,
        timeZone,
      };
      await assertFits(workspaceId, { ...block, id: 'new' }, categories);
      const [created] = await routineBlocksRepository.insert(workspaceId, [block]);
      if (!created) throw new Error('insert returned no block');
      return created;
    },

    async updateBlock(
      workspaceId: string,
      blockId: string,
      patch: UpdateRoutineBlockBody,
    ): Promise<RoutineBlockView> {
      const current = await routineBlocksRepository.find(workspaceId, blockId);
      if (!current) throw notFound();
      const categories = await categoriesRepository.list(workspaceId);
      if (patch.categoryId !== undefined && patch.categoryId !== current.categoryId)
        findUsableCategory(categories, patch.categoryId);
      if (patch.memberUserId !== undefined && patch.memberUserId !== current.memberUserId)
        await assertBlockOwner(membersRepository, workspaceId, patch.memberUserId);
      const weekdays = patch.weekdays ? [...patch.weekdays].sort((a, b) => a - b) : undefined;
      const next: OwnedBlock = {
        ...toCoreBlock(current),
        memberUserId: current.memberUserId,
        ...patch,
        ...(weekdays ? { weekdays } : {}),
      };
      if (next.endsOn && next.endsOn < next.startsOn) throw unprocessable('routine_dates');
      await assertFits(workspaceId, next, categories);
      const updated = await routineBlocksRepository.update(
        workspaceId,
        blockId,
        { ...patch, ...(weekdays ? { weekdays } : {}) },
        clock.now(),
      );
      if (!updated) throw notFound();
      return updated;
    },

    async deleteBlock(workspaceId: string, blockId: string): Promise<void> {
      if (!(await routineBlocksRepository.delete(workspaceId, blockId))) throw notFound();
    },

    /**
     * Moves every block to the workspace's current zone, keeping wall-clock times: after a move
     * from Paris to Montréal, 09:00 stays 09:00 on the new local clock. Never done implicitly.
     */
    async adoptWorkspaceTimeZone(workspaceId: string): Promise<RoutineBlockView[]> {
      const { timeZone } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      await routineBlocksRepository.setTimeZone(workspaceId, timeZone, clock.now());
      return routineBlocksRepository.list(workspaceId);
    },
  };
}

export type RoutineBlocksService = ReturnType<typeof createRoutineBlocksService>;
