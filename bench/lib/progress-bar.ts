/**
 * A one-line progress bar on stderr (stdout stays clean for results). Redraws at most every
 * 100 ms; on a non-terminal (CI logs) it prints a plain line every 10 %.
 */
export function createProgressBar(label: string, total: number, unit: string) {
  const startedAt = performance.now();
  const isTerminal = process.stderr.isTTY === true;
  let lastDrawAt = 0;
  let lastDecile = -1;

  function line(done: number): string {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = (performance.now() - startedAt) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const remaining = rate > 0 ? (total - done) / rate : 0;
    return (
      `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ` +
      `${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}, ${Math.round(rate).toLocaleString('en')}/s, ` +
      `${seconds.toFixed(0)} s elapsed, ~${remaining.toFixed(0)} s left`
    );
  }

  return {
    update(done: number) {
      if (isTerminal) {
        const now = performance.now();
        if (now - lastDrawAt < 100 && done < total) return;
        lastDrawAt = now;
        process.stderr.write(`\r${line(done)}\u001b[K`);
        return;
      }
      const decile = Math.floor((total === 0 ? 1 : done / total) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${line(done)}\n`);
      }
    },
    finish(done: number) {
      if (isTerminal) process.stderr.write(`\r${line(done)}\u001b[K\n`);
      else if (lastDecile < 10) process.stderr.write(`${line(done)}\n`);
    },
  };
}
