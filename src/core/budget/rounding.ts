/**
 * Money arithmetic is done on exact fractions of bigints and rounded once, at the end, so that a
 * salary divided by 1607 hours and multiplied back by 52/12 never accumulates float error.
 * Bigints because salary x charges x minutes x 52 overflows Number's 2^53 exact range.
 */
export interface ExactAmount {
  numerator: bigint;
  /** Always > 0. */
  denominator: bigint;
}

export function createExactAmount(numerator: bigint, denominator: bigint): ExactAmount {
  if (denominator <= 0n) {
    throw new RangeError('An exact amount needs a positive denominator');
  }
  return { numerator, denominator };
}

export function multiplyExactAmount(amount: ExactAmount, numerator: bigint, denominator = 1n): ExactAmount {
  return createExactAmount(amount.numerator * numerator, amount.denominator * denominator);
}

/** Rounds to the nearest integer, halves away from zero (0.5 -> 1, -0.5 -> -1). */
export function roundHalfAwayFromZero(amount: ExactAmount): number {
  const { numerator, denominator } = amount;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  const result = Number(numerator < 0n ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError('Amount is too large to be represented in cents');
  }
  return result;
}

/** Converts a decimal factor such as 1.45 to an exact fraction, to 1/10 000 precision. */
export function toExactFactor(factor: number): ExactAmount {
  const scale = 10_000;
  return createExactAmount(BigInt(Math.round(factor * scale)), BigInt(scale));
}
