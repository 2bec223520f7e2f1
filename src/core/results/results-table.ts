import { createExactAmount, roundHalfAwayFromZero } from '../budget/rounding.js';
import { isThinSample } from './results-thresholds.js';
import { costPer, minutesPer, returnOnInvestmentPercent, sumMoney } from './roi.js';

export const resultsDimensions = ['workspace', 'network', 'category', 'pillar'] as const;
export type ResultsDimension = (typeof resultsDimensions)[number];
export const resultsGranularities = ['month', 'quarter'] as const;
export type ResultsGranularity = (typeof resultsGranularities)[number];
export const outcomeKinds = ['lead', 'client', 'revenue'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** The key of facts that belong to no network (time tracked without one, a tool used everywhere). */
export const unattributedKey = 'none';
/** The category view's row for tools, advertising and fees, which are not tracked time. */
export const directCostsKey = 'direct_costs';

/** Facts as the database sums them, each in a local month (`YYYY-MM`, the workspace's zone). */
export type LabourFact = {
  month: string;
  network: string | null;
  categoryId: string;
  seconds: number;
  /** Null: the member's hourly cost is not set, so their time counts in minutes but not in cost. */
  hourlyCostCents: number | null;
};
export type DirectCostFact = { month: string; network: string | null; cents: number; currency: string };
export type OutcomeFact = {
  month: string;
  kind: OutcomeKind;
  cents: number;
  currency: string;
  network: string | null;
  pillarId: string | null;
};
export type PostFact = { month: string; network: string; pillarId: string | null; engagement: number | null };

export type ResultsFacts = {
  labour: readonly LabourFact[];
  directCosts: readonly DirectCostFact[];
  outcomes: readonly OutcomeFact[];
  posts: readonly PostFact[];
};

export type ResultsRow = {
  /** `YYYY-MM`, `YYYY-Qn`, or null for the whole range. */
  period: string | null;
  key: string;
  /** Null where the dimension cannot carry it (tracked time has no pillar; outcomes have no task category). */
  costCents: number | null;
  labourCents: number | null;
  directCostsCents: number | null;
  minutes: number | null;
  leads: number | null;
  clients: number | null;
  revenueCents: number | null;
  costPerLeadCents: number | null;
  costPerClientCents: number | null;
  roiPercent: number | null;
  posts: number;
  engagements: number;
  minutesPerPost: number | null;
  minutesPerEngagement: number | null;
  /** Too few outcomes or tracked minutes behind the ratios to trust them. */
  isThin: boolean;
};

/** `2026-05` -> `2026-Q2`. */
export function quarterOfMonth(month: string): string {
  const monthNumber = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(monthNumber / 3)}`;
}

type Accumulator = {
  labourSecondsTimesRate: bigint;
  seconds: number;
  directCents: number[];
  leads: number;
  clients: number;
  revenueCents: number[];
  outcomes: number;
  posts: number;
  engagements: number;
};

const emptyAccumulator = (): Accumulator => ({
  labourSecondsTimesRate: 0n,
  seconds: 0,
  directCents: [],
  leads: 0,
  clients: 0,
  revenueCents: [],
  outcomes: 0,
  posts: 0,
  engagements: 0,
});

/** Which dimensions each kind of fact can be split by (the rest are left null, never guessed). */
const carries = {
  cost: new Set<ResultsDimension>(['workspace', 'network', 'category']),
  outcomes: new Set<ResultsDimension>(['workspace', 'network', 'pillar']),
  posts: new Set<ResultsDimension>(['workspace', 'network', 'pillar']),
};

/**
 * The ROI table: one row per (period, key) and one total row per key (period null). Labour is
 * each member's seconds × hourly cost, summed exactly and rounded ONCE per row, so a quarter is
 * not the sum of three rounded months but the rounding of their exact sum. Every amount must be
 * in `currency` (sumMoney throws otherwise). Keys are network keys, category ids, pillar ids,
 * `none` (no network or pillar) or `direct_costs` (category view).
 */
export function buildResultsTable(
  facts: ResultsFacts,
  options: { dimension: ResultsDimension; granularity: ResultsGranularity; currency: string },
): ResultsRow[] {
  const { dimension, granularity, currency } = options;
  const periodOf = (month: string) => (granularity === 'month' ? month : quarterOfMonth(month));
  const cells = new Map<string, Accumulator>();
  const cell = (period: string | null, key: string) => {
    const id = `${period ?? '*'}|${key}`;
    let found = cells.get(id);
    if (!found) {
      found = emptyAccumulator();
      cells.set(id, found);
    }
    return found;
  };
  const both = (month: string, key: string, apply: (target: Accumulator) => void) => {
    apply(cell(periodOf(month), key));
    apply(cell(null, key));
  };
  const keyOf = (fact: { network?: string | null; pillarId?: string | null; categoryId?: string }) => {
    if (dimension === 'workspace') return 'all';
    if (dimension === 'network') return fact.network ?? unattributedKey;
    if (dimension === 'category') return fact.categoryId ?? directCostsKey;
    return fact.pillarId ?? unattributedKey;
  };

  if (carries.cost.has(dimension)) {
    for (const fact of facts.labour) {
      both(fact.month, keyOf(fact), (target) => {
        target.seconds += fact.seconds;
        target.labourSecondsTimesRate += BigInt(fact.seconds) * BigInt(fact.hourlyCostCents ?? 0);
      });
    }
    for (const fact of facts.directCosts) {
      sumMoney([fact], currency);
      const key = dimension === 'category' ? directCostsKey : keyOf(fact);
      both(fact.month, key, (target) => target.directCents.push(fact.cents));
    }
  }
  if (carries.outcomes.has(dimension)) {
    for (const fact of facts.outcomes) {
      sumMoney([fact], currency);
      both(fact.month, keyOf(fact), (target) => {
        target.outcomes += 1;
        if (fact.kind === 'lead') target.leads += 1;
        if (fact.kind === 'client') target.clients += 1;
        if (fact.cents > 0) target.revenueCents.push(fact.cents);
      });
    }
  }
  if (carries.posts.has(dimension)) {
    for (const fact of facts.posts) {
      both(fact.month, keyOf(fact), (target) => {
        target.posts += 1;
        target.engagements += fact.engagement ?? 0;
      });
    }
  }

  const hasCost = carries.cost.has(dimension);
  const hasOutcomes = carries.outcomes.has(dimension);
  const rows: ResultsRow[] = [];
  for (const [id, value] of cells) {
    const separator = id.indexOf('|');
    const periodText = id.slice(0, separator);
    const labourCents = roundHalfAwayFromZero(createExactAmount(value.labourSecondsTimesRate, 3600n));
    const directCostsCents = value.directCents.reduce((sum, cents) => sum + cents, 0);
    const costCents = labourCents + directCostsCents;
    const revenueCents = value.revenueCents.reduce((sum, cents) => sum + cents, 0);
    const minutes = Math.round(value.seconds / 60);
    const canRatio = hasCost && hasOutcomes;
    rows.push({
      period: periodText === '*' ? null : periodText,
      key: id.slice(separator + 1),
      costCents: hasCost ? costCents : null,
      labourCents: hasCost ? labourCents : null,
      directCostsCents: hasCost ? directCostsCents : null,
      minutes: hasCost ? minutes : null,
      leads: hasOutcomes ? value.leads : null,
      clients: hasOutcomes ? value.clients : null,
      revenueCents: hasOutcomes ? revenueCents : null,
      costPerLeadCents: canRatio ? costPer(costCents, value.leads) : null,
      costPerClientCents: canRatio ? costPer(costCents, value.clients) : null,
      roiPercent: canRatio ? returnOnInvestmentPercent(revenueCents, costCents) : null,
      posts: value.posts,
      engagements: value.engagements,
      minutesPerPost: hasCost ? minutesPer(minutes, value.posts) : null,
      minutesPerEngagement: hasCost ? minutesPer(minutes, value.engagements) : null,
      isThin: isThinSample({ outcomes: hasOutcomes ? value.outcomes : 0, minutes: hasCost ? minutes : 0 }),
    });
  }
  // Periods in order, the totals (period null) last; keys in code-point order (stable everywhere).
  const order = (row: ResultsRow) => `${row.period ?? '\uffff'}|${row.key}`;
  return rows.sort((left, right) => (order(left) < order(right) ? -1 : order(left) > order(right) ? 1 : 0));
}
