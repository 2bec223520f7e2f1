import type { DatabaseHandle } from '../../../platform/db.js';

/**
 * Diagnostics for the chaos worker (CHAOS_TRACE=1), test code only: every PGlite transaction and
 * statement is tracked with a label (the first product frame that opened it), and a watchdog
 * writes to stderr what is open when the counts query has not answered for 30 s, and when the
 * event loop was blocked for more than 5 s.
 */
export function traceDatabase(database: DatabaseHandle, write: (line: string) => void) {
  const pglite = database.pglite;
  if (!pglite) return { countsAnswered: () => {} };
  const open = new Map<number, { label: string; startedAt: number; kind: string }>();
  let next = 0;
  // Statements started since the watchdog's last tick, by label: what ran while timers waited.
  const sinceTick = new Map<string, number>();
  const labelOf = () => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    const own = frames.filter((frame) => frame.includes('/src/') && !frame.includes('chaos-trace'));
    return (
      own
        .slice(0, 4)
        .map((frame) =>
          frame
            .trim()
            .replace(/^at /, '')
            .replace(/\(.*\/src\//, '('),
        )
        .join(' < ') || frames.slice(0, 3).join(' < ')
    );
  };
  const wrap =
    (kind: string, original: (...args: never[]) => Promise<unknown>, describe: (args: unknown[]) => string) =>
    async (...args: never[]) => {
      const id = next++;
      const shortLabel = `${kind} ${labelOf().split(' < ').slice(0, 2).join(' < ')}`;
      sinceTick.set(shortLabel, (sinceTick.get(shortLabel) ?? 0) + 1);
      const item = { label: `${describe(args)} @ ${labelOf()}`, startedAt: Date.now(), kind };
      open.set(id, item);
      try {
        return await original(...args);
      } finally {
        open.delete(id);
        const took = Date.now() - item.startedAt;
        if (took > 3_000) write(`trace: slow ${took} ms ${kind} ${item.label}`);
      }
    };
  const target = pglite as unknown as Record<string, (...args: never[]) => Promise<unknown>>;
  for (const name of ['transaction', 'query', 'exec'] as const) {
    const original = target[name]?.bind(pglite);
    if (!original) continue;
    target[name] = wrap(name, original, (args) =>
      name === 'transaction' ? 'tx' : `${name} ${String(args[0]).replace(/\s+/g, ' ').slice(0, 120)}`,
    );
  }
  let lastCounts = Date.now();
  let lastTick = Date.now();
  setInterval(() => {
    const now = Date.now();
    if (now - lastTick > 5_000) {
      write(`trace: event loop blocked ${now - lastTick} ms; statements meanwhile:`);
      for (const [label, count] of [...sinceTick].sort((a, b) => b[1] - a[1]).slice(0, 12))
        write(`trace:   ${count} × ${label}`);
    }
    sinceTick.clear();
    lastTick = now;
    if (now - lastCounts > 30_000) {
      write(`trace: counts silent ${now - lastCounts} ms; open (${open.size}):`);
      for (const item of [...open.values()].sort((a, b) => a.startedAt - b.startedAt).slice(0, 15))
        write(`trace:   ${now - item.startedAt} ms ${item.kind} ${item.label}`);
    }
  }, 1_000).unref();
  return { countsAnswered: () => (lastCounts = Date.now()) };
}
