import { assertNonNegativeInteger, type BudgetCategory } from './budget-minutes.js';
import type { WorkCost } from './costs.js';
import { computePresetTotalMinutes } from './presets.js';
import { type ReferenceCategoryKey, referenceCategoryKeys } from './reference-categories.js';

/** ISO 4217 code, e.g. 'EUR'. */
export type CurrencyCode = string;

export interface AgencyWorkspaceInput {
  workspaceId: string;
  currency: CurrencyCode;
  categories: readonly Pick<BudgetCategory, 'referenceKey' | 'weeklyMinutes' | 'isArchived'>[];
  /** The workspace's cost in `currency`, or null when nobody's cost has been set yet. */
  cost: Pick<WorkCost, 'weeklyCents' | 'monthlyCents' | 'yearlyCents'> | null;
}

export type MinutesByReferenceCategory = Record<ReferenceCategoryKey, number>;

export interface AgencySummaryRow {
  workspaceId: string;
  currency: CurrencyCode;
  totalWeeklyMinutes: number;
  minutesByReferenceCategory: MinutesByReferenceCategory;
  /** Minutes on the workspace's own categories, which cannot be compared across workspaces. */
  userDefinedMinutes: number;
  /** totalWeeklyMinutes minus the ~6 h/week an agency typically spends per client (essential6). */
  differenceFromEssentialMinutes: number;
  cost: AgencyWorkspaceInput['cost'];
}

export interface AgencyCurrencyTotal {
  currency: CurrencyCode;
  /** Workspaces in this currency that have a cost. */
  workspaceCount: number;
  weeklyCents: number;
  monthlyCents: number;
  yearlyCents: number;
}

export interface AgencySummary {
  rows: AgencySummaryRow[];
  totals: {
    workspaceCount: number;
    totalWeeklyMinutes: number;
    minutesByReferenceCategory: MinutesByReferenceCategory;
    userDefinedMinutes: number;
    /** Rounded to the minute; 0 when there is no workspace. */
    averageWeeklyMinutesPerWorkspace: number;
    /** One entry per currency, sorted by code: amounts in different currencies are never added. */
    costsByCurrency: AgencyCurrencyTotal[];
    workspacesWithoutCost: number;
  };
}

const currencyCodePattern = /^[A-Z]{3}$/;

function createEmptyMinutesByCategory(): MinutesByReferenceCategory {
  return Object.fromEntries(referenceCategoryKeys.map((key) => [key, 0])) as MinutesByReferenceCategory;
}

/**
 * Rows (in input order) and totals for the agency's table of client workspaces. Only active
 * categories count. Throws a RangeError on a currency that is not three capital letters, since
 * 'eur' and 'EUR' would otherwise split one currency into two totals.
 */
export function buildAgencySummary(workspaces: readonly AgencyWorkspaceInput[]): AgencySummary {
  const essentialMinutes = computePresetTotalMinutes('essential6');
  const totalMinutesByCategory = createEmptyMinutesByCategory();
  const costsByCurrency = new Map<CurrencyCode, AgencyCurrencyTotal>();
  let totalWeeklyMinutes = 0;
  let totalUserDefinedMinutes = 0;
  let workspacesWithoutCost = 0;

  const rows = workspaces.map((workspace): AgencySummaryRow => {
    if (!currencyCodePattern.test(workspace.currency)) {
      throw new RangeError(
        `Workspace ${workspace.workspaceId} has an invalid currency: ${workspace.currency}`,
      );
    }
    const minutesByReferenceCategory = createEmptyMinutesByCategory();
    let userDefinedMinutes = 0;
    let workspaceMinutes = 0;
    for (const category of workspace.categories) {
      assertNonNegativeInteger(category.weeklyMinutes, 'weeklyMinutes');
      if (category.isArchived) {
        continue;
      }
      workspaceMinutes += category.weeklyMinutes;
      if (category.referenceKey === null) {
        userDefinedMinutes += category.weeklyMinutes;
      } else {
        minutesByReferenceCategory[category.referenceKey] += category.weeklyMinutes;
        totalMinutesByCategory[category.referenceKey] += category.weeklyMinutes;
      }
    }
    totalWeeklyMinutes += workspaceMinutes;
    totalUserDefinedMinutes += userDefinedMinutes;

    if (workspace.cost === null) {
      workspacesWithoutCost += 1;
    } else {
      const currencyTotal = costsByCurrency.get(workspace.currency) ?? {
        currency: workspace.currency,
        workspaceCount: 0,
        weeklyCents: 0,
        monthlyCents: 0,
        yearlyCents: 0,
      };
      currencyTotal.workspaceCount += 1;
      currencyTotal.weeklyCents += workspace.cost.weeklyCents;
      currencyTotal.monthlyCents += workspace.cost.monthlyCents;
      currencyTotal.yearlyCents += workspace.cost.yearlyCents;
      costsByCurrency.set(workspace.currency, currencyTotal);
    }

    return {
      workspaceId: workspace.workspaceId,
      currency: workspace.currency,
      totalWeeklyMinutes: workspaceMinutes,
      minutesByReferenceCategory,
      userDefinedMinutes,
      differenceFromEssentialMinutes: workspaceMinutes - essentialMinutes,
      cost: workspace.cost === null ? null : { ...workspace.cost },
    };
  });

  return {
    rows,
    totals: {
      workspaceCount: workspaces.length,
      totalWeeklyMinutes,
      minutesByReferenceCategory: totalMinutesByCategory,
      userDefinedMinutes: totalUserDefinedMinutes,
      averageWeeklyMinutesPerWorkspace:
        workspaces.length === 0 ? 0 : Math.round(totalWeeklyMinutes / workspaces.length),
      costsByCurrency: [...costsByCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
      workspacesWithoutCost,
    },
  };
}
