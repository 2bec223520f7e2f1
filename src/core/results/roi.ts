import { createExactAmount, roundHalfAwayFromZero } from '../budget/rounding.js';

/**
 * Money in results is integer minor units (cents) of ONE currency. Sums refuse an amount in
 * another currency rather than adding euros to dollars: the caller decides what to do with those
 * (the results view leaves them out and says how many).
 */
export class CurrencyMismatchError extends Error {
  constructor(expected: string, found: string) {
    super(`Cannot add ${found} to an amount in ${expected}`);
    this.name = 'CurrencyMismatchError';
  }
}

export type Money = { cents: number; currency: string };

/** Σ of amounts that must all be in `currency`. */
export function sumMoney(amounts: readonly Money[], currency: string): number {
  let total = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new CurrencyMismatchError(currency, amount.currency);
    if (!Number.isSafeInteger(amount.cents)) throw new RangeError(`Not integer cents: ${amount.cents}`);
    total += amount.cents;
  }
  return total;
}

/** `cents / count` rounded to the cent (halves away from zero); null when there is nothing to divide by. */
export function costPer(cents: number, count: number): number | null {
  if (count <= 0) return null;
  return roundHalfAwayFromZero(createExactAmount(BigInt(cents), BigInt(count)));
}

/**
 * ROI = (revenue − cost) / cost, as a percent with one decimal (150.0 = the time paid back 2.5×).
 * Null when nothing was spent: a return on zero is not a number anyone can act on.
 */
export function returnOnInvestmentPercent(revenueCents: number, costCents: number): number | null {
  if (costCents <= 0) return null;
  const tenthsOfPercent = roundHalfAwayFromZero(
    createExactAmount(BigInt(revenueCents - costCents) * 1000n, BigInt(costCents)),
  );
  // `+ 0` turns -0 into 0.
  return tenthsOfPercent / 10 + 0;
}

/** `minutes / count`, one decimal; null when the count is zero. */
export function minutesPer(minutes: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((minutes * 10) / count) / 10;
}
