import type { AgencyBudgets, BudgetView, Performer, SetBudgetBody } from '../../../contracts/budget.js';
import type { Workspace } from '../../../contracts/workspaces.js';
import { canSeeInAgencyTable } from '../../../core/access/index.js';
import { buildAgencySummary } from '../../../core/budget/agency-summary.js';
import { applyBudgetPreset, type BudgetPresetKey } from '../../../core/budget/presets.js';
import type { RunInTransaction } from '../../platform/db.js';
import { notFound, unprocessable } from '../../platform/problem.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { buildBudgetView } from './budget-view.js';
import type { CategoriesRepository } from './categories.repository.js';
import type { WorkOptionsRepository } from './work-options.repository.js';

export function createBudgetService({
  categoriesRepository,
  workOptionsRepository,
  membersRepository,
  workspacesRepository,
  runInTransaction,
}: {
  categoriesRepository: CategoriesRepository;
  workOptionsRepository: WorkOptionsRepository;
  membersRepository: MembersRepository;
  workspacesRepository: WorkspacesRepository;
  runInTransaction: RunInTransaction;
}) {
  async function getBudgetView(workspaceId: string): Promise<BudgetView> {
    const [workspace, categories, members, options, settings] = await Promise.all([
      workspacesRepository.findSettings(workspaceId),
      categoriesRepository.list(workspaceId),
      membersRepository.list(workspaceId),
      workOptionsRepository.list(workspaceId),
      workOptionsRepository.findSettings(workspaceId),
    ]);
    if (!workspace) throw notFound();
    return buildBudgetView({ currency: workspace.currency, categories, members, options, settings });
  }

  return {
    getBudgetView,

    /** Sets the weekly minutes of the listed categories; one unknown id and nothing is changed. */
    async setBudget(workspaceId: string, body: SetBudgetBody): Promise<BudgetView> {
      await runInTransaction(async (tx) => {
        const updated = await categoriesRepository.setWeeklyMinutes(tx, workspaceId, body.lines);
        if (updated !== new Set(body.lines.map((line) => line.categoryId)).size) throw notFound();
      });
      return getBudgetView(workspaceId);
    },

    async applyPreset(workspaceId: string, preset: BudgetPresetKey, userDefinedCategories: 'keep' | 'reset') {
      const categories = await categoriesRepository.list(workspaceId);
      const { categories: updated, notApplied } = applyBudgetPreset(categories, preset, {
        userDefinedCategories,
      });
      await runInTransaction((tx) =>
        categoriesRepository.setWeeklyMinutes(
          tx,
          workspaceId,
          updated.map((category) => ({ categoryId: category.id, weeklyMinutes: category.weeklyMinutes })),
        ),
      );
      return { ...(await getBudgetView(workspaceId)), notApplied };
    },

    async setPerformer(workspaceId: string, performer: Performer): Promise<BudgetView> {
      if (performer.type === 'member') {
        if (!(await membersRepository.find(workspaceId, performer.userId)))
          throw unprocessable('performer_unknown');
        await workOptionsRepository.saveSettings(workspaceId, {
          performerUserId: performer.userId,
          performerOptionId: null,
        });
      } else {
        const options = await workOptionsRepository.list(workspaceId);
        if (!options.some((option) => option.id === performer.optionId))
          throw unprocessable('performer_unknown');
        await workOptionsRepository.saveSettings(workspaceId, {
          performerUserId: null,
          performerOptionId: performer.optionId,
        });
      }
      return getBudgetView(workspaceId);
    },

    /**
     * Every workspace the person runs (manager or owner), side by side: an agency's client list.
     * Demo workspaces are left out: they are no client, and would inflate the totals.
     */
    async getAgencyBudgets(workspaces: Workspace[]): Promise<AgencyBudgets> {
      const managed = workspaces.filter(
        (workspace) => !workspace.isDemo && canSeeInAgencyTable(workspace.role),
      );
      const views = await Promise.all(managed.map((workspace) => getBudgetView(workspace.id)));
      const summary = buildAgencySummary(
        managed.map((workspace, index) => ({
          workspaceId: workspace.id,
          currency: workspace.currency,
          categories: views[index]?.categories ?? [],
          cost: views[index]?.cost ?? null,
        })),
      );
      return {
        rows: summary.rows.map((row, index) => ({
          ...row,
          name: managed[index]?.name ?? '',
          cost: row.cost
            ? {
                weeklyCents: row.cost.weeklyCents,
                monthlyCents: row.cost.monthlyCents,
                yearlyCents: row.cost.yearlyCents,
              }
            : null,
        })),
        totals: {
          workspaceCount: summary.totals.workspaceCount,
          totalWeeklyMinutes: summary.totals.totalWeeklyMinutes,
          averageWeeklyMinutesPerWorkspace: summary.totals.averageWeeklyMinutesPerWorkspace,
          costsByCurrency: summary.totals.costsByCurrency,
          workspacesWithoutCost: summary.totals.workspacesWithoutCost,
        },
      };
    },
  };
}

export type BudgetService = ReturnType<typeof createBudgetService>;
