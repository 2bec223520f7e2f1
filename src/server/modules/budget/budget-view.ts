import type { BudgetView, Category, WorkOption } from '../../../contracts/budget.js';
import type { Member } from '../../../contracts/workspaces.js';
import { computeWorkCost } from '../../../core/budget/costs.js';
import { summarizeBudget } from '../../../core/budget/presets.js';
import type { Worker } from '../../../core/budget/worker-rates.js';

type Settings = { performerUserId: string | null; performerOptionId: string | null } | null;

/**
 * Who does the work when nobody chose: the first owner. A chosen member who has left, or a
 * deleted option, falls back the same way.
 */
function resolvePerformer(
  settings: Settings,
  members: Member[],
  options: WorkOption[],
): BudgetView['performer'] {
  const option = options.find((candidate) => candidate.id === settings?.performerOptionId);
  if (option) return { type: 'option', optionId: option.id, label: option.label };
  const member =
    members.find((candidate) => candidate.userId === settings?.performerUserId) ??
    members.find((candidate) => candidate.role === 'owner');
  return member ? { type: 'member', userId: member.userId, label: member.name } : null;
}

/** The budget page in one piece: totals, presets, the performer's cost and the side-by-side comparison. */
export function buildBudgetView(input: {
  currency: string;
  categories: Category[];
  members: Member[];
  options: WorkOption[];
  settings: Settings;
}): BudgetView {
  const { currency, categories, members, options } = input;
  const summary = summarizeBudget(categories);
  const performer = resolvePerformer(input.settings, members, options);

  const candidates: {
    kind: BudgetView['comparison'][number]['kind'];
    id: string;
    label: string;
    worker: Worker;
  }[] = [
    ...members
      .filter((member) => member.hourlyCostCents !== null && member.role !== 'viewer')
      .map((member) => ({
        kind: 'member' as const,
        id: member.userId,
        label: member.name,
        worker: { kind: 'member' as const, hourlyCents: member.hourlyCostCents ?? 0 },
      })),
    ...options.map((option) => ({
      kind: option.kind,
      id: option.id,
      label: option.label,
      worker: option.pricing,
    })),
  ];
  const comparison = candidates.map((candidate) => ({
    kind: candidate.kind,
    id: candidate.id,
    label: candidate.label,
    isPerformer:
      performer?.type === 'member' ? performer.userId === candidate.id : performer?.optionId === candidate.id,
    ...computeWorkCost(candidate.worker, summary.totalMinutes),
  }));
  const performerRow = comparison.find((row) => row.isPerformer);

  return {
    currency,
    categories,
    totalMinutes: summary.totalMinutes,
    presets: summary.presets,
    closestPreset: summary.closestPreset,
    performer,
    cost: performerRow
      ? {
          hourlyCents: performerRow.hourlyCents,
          weeklyCents: performerRow.weeklyCents,
          monthlyCents: performerRow.monthlyCents,
          yearlyCents: performerRow.yearlyCents,
        }
      : null,
    comparison,
    options,
  };
}
