/**
 * Money is integer cents. A cost is computed exactly as a rational `quantity × rate / unit` and
 * rounded ONCE, halves away from zero; hours are never rounded before multiplying.
 */

export function assertNonNegativeInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a non-negative integer, got ${value}`);
  }
}

/** Rounds `numerator / denominator` (both non-negative integers) half away from zero. */
function divideRounded(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  return 2 * (numerator - quotient * denominator) >= denominator ? quotient + 1 : quotient;
}

/** Cost in cents of `seconds` at `hourlyCostCents`, rounded once. */
export function computeCostCents(seconds: number, hourlyCostCents: number): number {
  assertNonNegativeInteger(seconds, 'seconds');
  assertNonNegativeInteger(hourlyCostCents, 'hourlyCostCents');
  return divideRounded(seconds * hourlyCostCents, 3600);
}

/**
 * Splits the rounded total of `Σ numerators / denominator` over the parts with the largest
 * remainder method: the total is rounded once, each part is within one cent of its exact value,
 * and the parts add up to the total (a table whose rows do not sum to its total looks broken).
 * Ties go to the earlier part, so the result is deterministic for a given order.
 */
export function allocateRoundedTotal(
  numerators: readonly number[],
  denominator: number,
): { parts: number[]; total: number } {
  let exactSum = 0;
  for (const numerator of numerators) exactSum += numerator;
  const total = divideRounded(exactSum, denominator);
  const parts = numerators.map((numerator) => Math.floor(numerator / denominator));
  let remaining = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = numerators
    .map((numerator, index) => ({ index, remainder: numerator % denominator }))
    .sort((left, right) => right.remainder - left.remainder || left.index - right.index);
  for (const { index } of byRemainder) {
    if (remaining <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remaining -= 1;
  }
  return { parts, total };
}

export interface WeekCostInput {
  /** Tracked time per person or role, each with its own hourly cost (owner, employee, intern...). */
  tracked: readonly { seconds: number; hourlyCostCents: number }[];
}

/** The week's time investment: total seconds and their cost, rounded once over all lines. */
export function computeWeekCost(input: WeekCostInput): { totalSeconds: number; costCents: number } {
  let totalSeconds = 0;
  let exactCostTimes3600 = 0;
  for (const [index, line] of input.tracked.entries()) {
    assertNonNegativeInteger(line.seconds, `tracked[${index}].seconds`);
    assertNonNegativeInteger(line.hourlyCostCents, `tracked[${index}].hourlyCostCents`);
    totalSeconds += line.seconds;
    exactCostTimes3600 += line.seconds * line.hourlyCostCents;
  }
  return { totalSeconds, costCents: divideRounded(exactCostTimes3600, 3600) };
}
