import { createExactAmount, roundHalfAwayFromZero } from '../budget/rounding.js';
import { isThinSample } from './results-thresholds.js';
import { costPer, returnOnInvestmentPercent } from './roi.js';

/** One client workspace's facts over the range, as the database sums them. */
export type AgencyWorkspaceFacts = {
  workspaceId: string;
  name: string;
  currency: string;
  /** Tracked seconds per member, with the member's hourly cost (null: not set). */
  labour: readonly { seconds: number; hourlyCostCents: number | null }[];
  /** Tools, advertising and fees in the workspace's currency. */
  directCostsCents: number;
  posts: number;
  leads: number;
  clients: number;
  revenueCents: number;
  /** Outcome entries (leads, clients, revenue) in the workspace's currency: the sample. */
  outcomes: number;
};

export type AgencyResultsRow = {
  workspaceId: string;
  name: string;
  currency: string;
  minutes: number;
  /** Tracked minutes of members whose hourly cost is not set: counted in time, not in cost. */
  minutesWithoutCost: number;
  costCents: number;
  posts: number;
  leads: number;
  clients: number;
  revenueCents: number;
  costPerLeadCents: number | null;
  roiPercent: number | null;
  isThin: boolean;
};

export type AgencyCurrencyTotal = Omit<AgencyResultsRow, 'workspaceId' | 'name'> & { workspaces: number };

/**
 * The agency's ROI table: one row per client workspace, each in its own currency (labour is
 * Σ seconds × hourly cost rounded once per workspace), and one total per currency, never a sum
 * of euros and francs. A row is thin under the same thresholds as the ROI table.
 */
export function buildAgencyResults(workspaces: readonly AgencyWorkspaceFacts[]): {
  rows: AgencyResultsRow[];
  totals: AgencyCurrencyTotal[];
} {
  const rows = workspaces.map((facts): AgencyResultsRow => {
    let secondsTimesRate = 0n;
    let seconds = 0;
    let secondsWithoutCost = 0;
    for (const part of facts.labour) {
      const whole = Math.round(part.seconds);
      seconds += whole;
      if (part.hourlyCostCents === null) secondsWithoutCost += whole;
      else secondsTimesRate += BigInt(whole) * BigInt(part.hourlyCostCents);
    }
    const labourCents = roundHalfAwayFromZero(createExactAmount(secondsTimesRate, 3600n));
    const costCents = labourCents + facts.directCostsCents;
    const minutes = Math.round(seconds / 60);
    return {
      workspaceId: facts.workspaceId,
      name: facts.name,
      currency: facts.currency,
      minutes,
      minutesWithoutCost: Math.round(secondsWithoutCost / 60),
      costCents,
      posts: facts.posts,
      leads: facts.leads,
      clients: facts.clients,
      revenueCents: facts.revenueCents,
      costPerLeadCents: costPer(costCents, facts.leads),
      roiPercent: returnOnInvestmentPercent(facts.revenueCents, costCents),
      isThin: isThinSample({ outcomes: facts.outcomes, minutes }),
    };
  });
  const byCurrency = new Map<string, { rows: AgencyResultsRow[]; outcomes: number }>();
  for (const [index, row] of rows.entries()) {
    const group = byCurrency.get(row.currency) ?? { rows: [], outcomes: 0 };
    group.rows.push(row);
    group.outcomes += workspaces[index]?.outcomes ?? 0;
    byCurrency.set(row.currency, group);
  }
  const totals = [...byCurrency.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([currency, group]): AgencyCurrencyTotal => {
      const sum = (pick: (row: AgencyResultsRow) => number) =>
        group.rows.reduce((total, row) => total + pick(row), 0);
      const costCents = sum((row) => row.costCents);
      const leads = sum((row) => row.leads);
      const revenueCents = sum((row) => row.revenueCents);
      const minutes = sum((row) => row.minutes);
      return {
        currency,
        workspaces: group.rows.length,
        minutes,
        minutesWithoutCost: sum((row) => row.minutesWithoutCost),
        costCents,
        posts: sum((row) => row.posts),
        leads,
        clients: sum((row) => row.clients),
        revenueCents,
        costPerLeadCents: costPer(costCents, leads),
        roiPercent: returnOnInvestmentPercent(revenueCents, costCents),
        isThin: isThinSample({ outcomes: group.outcomes, minutes }),
      };
    });
  return { rows, totals };
}

export const agencySortColumns = [
  'name',
  'minutes',
  'costCents',
  'posts',
  'leads',
  'clients',
  'revenueCents',
  'costPerLeadCents',
  'roiPercent',
] as const;
export type AgencySortColumn = (typeof agencySortColumns)[number];

/**
 * Rows ordered by one column. Rows without a figure (no lead, nothing spent) go last in both
 * directions, and thin rows after the others when the column is a ratio: a ROI from too little
 * data should not top the list. Ties keep the name order.
 */
export function sortAgencyRows<Row extends AgencyResultsRow>(
  rows: readonly Row[],
  column: AgencySortColumn,
  direction: 'asc' | 'desc',
): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  const isRatio = column === 'costPerLeadCents' || column === 'roiPercent';
  const byName = (left: Row, right: Row) =>
    left.name.localeCompare(right.name) || left.workspaceId.localeCompare(right.workspaceId);
  return [...rows].sort((left, right) => {
    if (column === 'name') return sign * byName(left, right);
    const a = left[column];
    const b = right[column];
    if (a === null || b === null) return a === b ? byName(left, right) : a === null ? 1 : -1;
    if (isRatio && left.isThin !== right.isThin) return left.isThin ? 1 : -1;
    return sign * (a - b) || byName(left, right);
  });
}
