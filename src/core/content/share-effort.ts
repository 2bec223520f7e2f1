/**
 * Shares `total` whole units (minutes) out over items in proportion to their weights, so that
 * the shares are whole and add up to exactly `total` (largest remainder: each item first gets the
 * floor of its exact share, then the units left over go to the largest remainders, the earlier
 * item first on a tie). Equal weights by default: a batch session's minutes over its posts.
 * @throws RangeError on a negative or fractional total, or a negative weight.
 */
export function shareOut(total: number, count: number, weights?: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`Invalid total: ${total}`);
  if (count === 0) return [];
  const used = weights ?? Array.from({ length: count }, () => 1);
  if (used.length !== count || used.some((weight) => !(weight >= 0)))
    throw new RangeError('Expected one non-negative weight per item');
  const weightSum = used.reduce((sum, weight) => sum + weight, 0);
  // All weights zero: nothing tells the items apart, so they share equally.
  const effective = weightSum === 0 ? used.map(() => 1) : used;
  const effectiveSum = weightSum === 0 ? count : weightSum;
  const exact = effective.map((weight) => (total * weight) / effectiveSum);
  const shares = exact.map((value) => Math.floor(value));
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** Whole minutes of a tracked duration: 89 s is 1 min, 90 s is 2 min (half rounds up). */
export function minutesOfSeconds(seconds: number): number {
  return Math.max(0, Math.round(seconds / 60));
}
