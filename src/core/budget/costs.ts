import { assertNonNegativeInteger, type BudgetCategory } from './budget-minutes.js';
import { multiplyExactAmount, roundHalfAwayFromZero } from './rounding.js';
import { computeExactHourlyCost, type Worker } from './worker-rates.js';

/** A year is 52 weeks; a month is a twelfth of it (52/12 = 4.33 weeks), as in the method's examples. */
const WEEKS_PER_YEAR = 52n;
const MONTHS_PER_YEAR = 12n;
const MINUTES_PER_HOUR = 60n;

/** Integer cents, each rounded once from the exact value (half away from zero). */
export interface WorkCost {
  hourlyCents: number;
  weeklyCents: number;
  monthlyCents: number;
  yearlyCents: number;
}

/** The hourly cost of a worker, rounded to the cent (for display: costs use the exact rate). */
export function computeHourlyCostCents(worker: Worker): number {
  return roundHalfAwayFromZero(computeExactHourlyCost(worker));
}

/**
 * Cost of `weeklyMinutes` of work each week by `worker`:
 * week = minutes / 60 x hourly; month = week x 52 / 12; year = week x 52.
 * Each figure is rounded once from the exact value, so |12 x monthly - yearly| <= 6 cents,
 * and every figure is non-decreasing in `weeklyMinutes`.
 */
export function computeWorkCost(worker: Worker, weeklyMinutes: number): WorkCost {
  assertNonNegativeInteger(weeklyMinutes, 'weeklyMinutes');
  const hourly = computeExactHourlyCost(worker);
  const weekly = multiplyExactAmount(hourly, BigInt(weeklyMinutes), MINUTES_PER_HOUR);
  return {
    hourlyCents: roundHalfAwayFromZero(hourly),
    weeklyCents: roundHalfAwayFromZero(weekly),
    monthlyCents: roundHalfAwayFromZero(multiplyExactAmount(weekly, WEEKS_PER_YEAR, MONTHS_PER_YEAR)),
    yearlyCents: roundHalfAwayFromZero(multiplyExactAmount(weekly, WEEKS_PER_YEAR)),
  };
}

/** The options the method asks to weigh when deciding who does the work. */
export const workOptions = ['self', 'employee', 'agency', 'freelancer'] as const;

export type WorkOption = (typeof workOptions)[number];

export interface WorkOptionCost extends WorkCost {
  option: WorkOption;
}

/**
 * Side-by-side cost of the same weekly minutes done by each given option, in {@link workOptions}
 * order; options left out are omitted. Any worker kind can stand for any option (an "employee"
 * may be an intern priced as a member).
 */
export function compareWorkOptions(
  weeklyMinutes: number,
  options: Readonly<Partial<Record<WorkOption, Worker>>>,
): WorkOptionCost[] {
  const rows: WorkOptionCost[] = [];
  for (const option of workOptions) {
    const worker = options[option];
    if (worker !== undefined) {
      rows.push({ option, ...computeWorkCost(worker, weeklyMinutes) });
    }
  }
  return rows;
}

export interface CategoryCostRow {
  categoryId: string;
  /** Null when the category has no assignment and there is no default worker. */
  workerId: string | null;
  weeklyMinutes: number;
  /** Null when unassigned: the time is budgeted but nobody's cost is known. */
  cost: WorkCost | null;
}

export interface CategoryCostBreakdown {
  rows: CategoryCostRow[];
  totals: {
    weeklyMinutes: number;
    /** Minutes of categories with no worker: counted in weeklyMinutes, not in the cents below. */
    unassignedMinutes: number;
    weeklyCents: number;
    monthlyCents: number;
    yearlyCents: number;
  };
}

export interface ComputeCategoryCostsInput {
  categories: readonly Pick<BudgetCategory, 'id' | 'weeklyMinutes' | 'isArchived'>[];
  /** Workers by id. */
  workers: Readonly<Record<string, Worker>>;
  /** Worker id by category id; a category without an entry falls back to `defaultWorkerId`. */
  assignments?: Readonly<Record<string, string>>;
  defaultWorkerId?: string;
}

/**
 * Cost per active category given who does each one. Rows are rounded like {@link computeWorkCost}
 * and the totals are the sums of the rows, so the table always adds up (a total may differ by a
 * few cents from rounding the exact grand total - a deliberate choice).
 * Throws a RangeError when an assignment names a worker that is not in `workers`.
 */
export function computeCategoryCosts(input: ComputeCategoryCostsInput): CategoryCostBreakdown {
  const { categories, workers, assignments = {}, defaultWorkerId } = input;
  const rows: CategoryCostRow[] = [];
  const totals = { weeklyMinutes: 0, unassignedMinutes: 0, weeklyCents: 0, monthlyCents: 0, yearlyCents: 0 };

  for (const category of categories) {
    if (category.isArchived) {
      continue;
    }
    const workerId = assignments[category.id] ?? defaultWorkerId ?? null;
    totals.weeklyMinutes += category.weeklyMinutes;
    if (workerId === null) {
      assertNonNegativeInteger(category.weeklyMinutes, 'weeklyMinutes');
      totals.unassignedMinutes += category.weeklyMinutes;
      rows.push({ categoryId: category.id, workerId, weeklyMinutes: category.weeklyMinutes, cost: null });
      continue;
    }
    const worker = Object.hasOwn(workers, workerId) ? workers[workerId] : undefined;
    if (worker === undefined) {
      throw new RangeError(`Category ${category.id} is assigned to unknown worker ${workerId}`);
    }
    const cost = computeWorkCost(worker, category.weeklyMinutes);
    totals.weeklyCents += cost.weeklyCents;
    totals.monthlyCents += cost.monthlyCents;
    totals.yearlyCents += cost.yearlyCents;
    rows.push({ categoryId: category.id, workerId, weeklyMinutes: category.weeklyMinutes, cost });
  }
  return { rows, totals };
}
