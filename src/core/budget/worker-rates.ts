import { assertNonNegativeInteger } from './budget-minutes.js';
import { createExactAmount, type ExactAmount, multiplyExactAmount, toExactFactor } from './rounding.js';

/** French legal full-time work: 1607 hours a year (35 h/week net of leave and public holidays). */
export const FRENCH_FULL_TIME_MINUTES_PER_YEAR = 1607 * 60;

/** Default working day used to turn a freelancer's day rate into an hourly rate. */
export const DEFAULT_WORK_MINUTES_PER_DAY = 7 * 60;

/**
 * Who does the work, and what an hour of it costs. Every amount is integer cents in the
 * workspace's currency (cost functions are currency-agnostic: never mix currencies in one call).
 */
export type Worker =
  /** The owner, a member or an intern with a known hourly cost (possibly an opportunity cost). */
  | { kind: 'member'; hourlyCents: number }
  | {
      kind: 'salaried';
      /** Gross salary for `salaryPeriod`. */
      salaryCents: number;
      salaryPeriod: 'month' | 'year';
      /** Employer cost / gross salary, e.g. 1.45 in France; >= 1; kept to 1/10 000. */
      employerChargesMultiplier: number;
      /** Paid working minutes a year; defaults to {@link FRENCH_FULL_TIME_MINUTES_PER_YEAR}. */
      workMinutesPerYear?: number;
    }
  | { kind: 'agency_hourly'; hourlyCents: number }
  | {
      kind: 'agency_retainer';
      monthlyRetainerCents: number;
      /** The work the retainer covers each month: the retainer is spread over these minutes. */
      includedMinutesPerMonth: number;
    }
  | {
      kind: 'freelancer';
      dayRateCents: number;
      /** Defaults to {@link DEFAULT_WORK_MINUTES_PER_DAY}. */
      workMinutesPerDay?: number;
    };

export type WorkerKind = Worker['kind'];

function assertPositiveInteger(value: number, label: string): void {
  assertNonNegativeInteger(value, label);
  if (value === 0) {
    throw new RangeError(`${label} must be greater than 0`);
  }
}

/**
 * The exact cost of one hour of work, in cents.
 *
 * - member, agency_hourly: hourlyCents.
 * - salaried: yearlySalary x employerChargesMultiplier / (workMinutesPerYear / 60),
 *   with yearlySalary = 12 x monthly salary when given per month.
 *   e.g. 30 000 EUR/year x 1.45 / 1607 h = 27.07 EUR/h.
 * - agency_retainer: monthlyRetainer / (includedMinutesPerMonth / 60).
 * - freelancer: dayRate / (workMinutesPerDay / 60).
 */
export function computeExactHourlyCost(worker: Worker): ExactAmount {
  switch (worker.kind) {
    case 'member':
    case 'agency_hourly':
      assertNonNegativeInteger(worker.hourlyCents, 'hourlyCents');
      return createExactAmount(BigInt(worker.hourlyCents), 1n);
    case 'salaried': {
      assertNonNegativeInteger(worker.salaryCents, 'salaryCents');
      const workMinutesPerYear = worker.workMinutesPerYear ?? FRENCH_FULL_TIME_MINUTES_PER_YEAR;
      assertPositiveInteger(workMinutesPerYear, 'workMinutesPerYear');
      if (!Number.isFinite(worker.employerChargesMultiplier) || worker.employerChargesMultiplier < 1) {
        throw new RangeError(
          `employerChargesMultiplier must be a number >= 1, got ${worker.employerChargesMultiplier}`,
        );
      }
      const monthsPerPeriod = worker.salaryPeriod === 'month' ? 12n : 1n;
      const yearlySalary = createExactAmount(BigInt(worker.salaryCents) * monthsPerPeriod, 1n);
      const charges = toExactFactor(worker.employerChargesMultiplier);
      const employerCost = multiplyExactAmount(yearlySalary, charges.numerator, charges.denominator);
      return multiplyExactAmount(employerCost, 60n, BigInt(workMinutesPerYear));
    }
    case 'agency_retainer':
      assertNonNegativeInteger(worker.monthlyRetainerCents, 'monthlyRetainerCents');
      assertPositiveInteger(worker.includedMinutesPerMonth, 'includedMinutesPerMonth');
      return createExactAmount(
        BigInt(worker.monthlyRetainerCents) * 60n,
        BigInt(worker.includedMinutesPerMonth),
      );
    case 'freelancer': {
      assertNonNegativeInteger(worker.dayRateCents, 'dayRateCents');
      const workMinutesPerDay = worker.workMinutesPerDay ?? DEFAULT_WORK_MINUTES_PER_DAY;
      assertPositiveInteger(workMinutesPerDay, 'workMinutesPerDay');
      return createExactAmount(BigInt(worker.dayRateCents) * 60n, BigInt(workMinutesPerDay));
    }
  }
}
