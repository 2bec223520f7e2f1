/**
 * One line of the results table. `ratio` compares Cadence with its limit measured in the same run
 * (or with a fixed budget, where the issue sets one), so a busy machine slows both sides alike.
 */
export type BenchmarkResult = {
  id: string;
  name: string;
  database: 'pglite' | 'postgres' | '-';
  /** What Cadence did, in words with units (medians, p95). */
  measured: string;
  /** The limit it is compared with, measured in the same run. */
  baseline: string;
  ratio: number;
  /** e.g. "<= 1.5x and p95 < 150 ms". */
  target: string;
  met: boolean;
  notes?: string;
};

export const milliseconds = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** The table as Markdown, ready for bench/README.md. */
export function formatResultsTable(results: readonly BenchmarkResult[]): string {
  const header = '| # | benchmark | db | Cadence | limit (same run) | ratio | target | result |';
  const rule = '|---|---|---|---|---|---|---|---|';
  const lines = results.map(
    (result) =>
      `| ${result.id} | ${result.name} | ${result.database} | ${result.measured} | ${result.baseline} | ` +
      `${result.ratio.toFixed(2)}x | ${result.target} | ${result.met ? 'met' : '**MISSED**'} |`,
  );
  return [header, rule, ...lines].join('\n');
}

/**
 * The line under the table: the missed targets, or "Every target met." only when nothing was
 * missed and nothing crashed (a crashed benchmark has no result, so it cannot count as met).
 */
export function formatVerdict(results: readonly BenchmarkResult[], crashCount: number): string {
  const missed = results.filter((result) => !result.met);
  if (missed.length > 0)
    return `MISSED TARGETS (${missed.length}):\n${missed.map((result) => `  - ${result.id} ${result.name} [${result.database}]: ${result.measured} vs target ${result.target}`).join('\n')}\n`;
  if (crashCount > 0) return `No target missed, but ${crashCount} benchmark(s) crashed (listed below).\n`;
  return 'Every target met.\n';
}
