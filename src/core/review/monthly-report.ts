import type { NetworkKey } from '../strategy/networks.js';
import { addDaysToDate, type LocalDate, toEpochDay } from '../time/index.js';

export interface MonthlyReportInput {
  /** `YYYY-MM`, a local month of the workspace. */
  month: string;
  categories: readonly { categoryId: string; weeklyBudgetMinutes: number; trackedSeconds: number }[];
  networks: readonly {
    network: NetworkKey;
    target: number | null;
    /** Posts published in the month. */
    published: number;
    /** Finished weeks as regularity judged them (Monday first); only those starting in the month count. */
    weeks: readonly { weekStart: LocalDate; onTarget: boolean }[];
  }[];
}

export interface MonthlyReport {
  month: string;
  days: number;
  hours: {
    rows: { categoryId: string; budgetMinutes: number; trackedMinutes: number }[];
    totals: { budgetMinutes: number; trackedMinutes: number };
  };
  networks: {
    network: NetworkKey;
    target: number | null;
    published: number;
    /** The weekly target over the month's days (3 a week over 31 days: 13.3), one decimal. */
    expected: number | null;
    weeksOnTarget: number;
    /** Finished weeks starting in the month: the ones a target is judged on. */
    weeksJudged: number;
  }[];
}

/** The number of days of a `YYYY-MM` month (28 to 31). */
export function daysInMonth(month: string): number {
  const first = `${month}-01` as LocalDate;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const next =
    monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
  return toEpochDay(next as LocalDate) - toEpochDay(first);
}

/**
 * The month of a client workspace as an agency reports it: tracked hours per category against the
 * weekly budget spread over the month's days, posts against the target spread the same way, and
 * how many of the weeks starting in the month kept each network's target.
 */
export function assembleMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const days = daysInMonth(input.month);
  const first = `${input.month}-01`;
  const afterLast = addDaysToDate(first, days);
  const rows = input.categories
    .map((category) => ({
      categoryId: category.categoryId,
      budgetMinutes: Math.round((category.weeklyBudgetMinutes * days) / 7),
      trackedMinutes: Math.round(category.trackedSeconds / 60),
    }))
    .filter((row) => row.budgetMinutes > 0 || row.trackedMinutes > 0);
  return {
    month: input.month,
    days,
    hours: {
      rows,
      totals: {
        budgetMinutes: rows.reduce((sum, row) => sum + row.budgetMinutes, 0),
        trackedMinutes: rows.reduce((sum, row) => sum + row.trackedMinutes, 0),
      },
    },
    networks: input.networks.map((line) => {
      const judged = line.weeks.filter((week) => week.weekStart >= first && week.weekStart < afterLast);
      return {
        network: line.network,
        target: line.target,
        published: line.published,
        expected: line.target === null ? null : Math.round((line.target * days * 10) / 7) / 10,
        weeksOnTarget: line.target === null ? 0 : judged.filter((week) => week.onTarget).length,
        weeksJudged: line.target === null ? 0 : judged.length,
      };
    }),
  };
}
