/** Summary of timed samples, in milliseconds. */
export type Timing = { median: number; p95: number; runs: number };

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: the smallest sample at or above the fraction (p95 of 20 runs is the 19th).
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((left, right) => left - right);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

/** Runs `work` `warmup` times untimed, then `runs` times timed, one after the other. */
export async function time(
  work: () => Promise<unknown>,
  options: { warmup: number; runs: number },
): Promise<Timing> {
  for (let index = 0; index < options.warmup; index++) await work();
  const samples: number[] = [];
  for (let index = 0; index < options.runs; index++) {
    const startedAt = performance.now();
    await work();
    samples.push(performance.now() - startedAt);
  }
  return summarise(samples);
}
