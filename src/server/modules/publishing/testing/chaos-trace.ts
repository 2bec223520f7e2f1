import { Worker } from 'node:worker_threads';
import type { DatabaseHandle } from '../../../platform/db.js';

/**
 * A watchdog on another thread: it still speaks when the main thread's event loop never reaches
 * its timers (a long statement, or an endless chain of statements that never yields). The main
 * thread writes its last tick, a statement counter and its last statements' text in shared memory.
 */
const slots = 6;
const slotBytes = 400;
function startThreadWatchdog() {
  const shared = new SharedArrayBuffer(16 + slots * slotBytes);
  const header = new Int32Array(shared, 0, 4);
  const text = new Uint8Array(shared, 16);
  const encoder = new TextEncoder();
  const source = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    const header = new Int32Array(workerData, 0, 4);
    const text = new Uint8Array(workerData, 16);
    const decoder = new TextDecoder();
    const nl = String.fromCharCode(10);
    let lastCount = Atomics.load(header, 1);
    setInterval(() => {
      const silent = Math.floor(Date.now() / 1000) - Atomics.load(header, 0);
      const count = Atomics.load(header, 1);
      if (silent > 20) {
        const last = [];
        for (let slot = 0; slot < ${slots}; slot++) {
          const bytes = text.slice(slot * ${slotBytes}, (slot + 1) * ${slotBytes});
          const end = bytes.indexOf(0);
          last.push(decoder.decode(bytes.subarray(0, end < 0 ? bytes.length : end)));
        }
        writeSync(2, new Date().toISOString() + ' trace-thread: main thread silent ' + silent + ' s; statements started in the last 10 s: ' + (count - lastCount) + '; last ones (slot ' + (Atomics.load(header, 2) % ${slots}) + ' newest):' + nl + '  ' + last.join(nl + '  ') + nl);
      }
      lastCount = count;
    }, 10000);
  `;
  const thread = new Worker(source, { eval: true, workerData: shared, execArgv: [] });
  thread.unref();
  setInterval(() => Atomics.store(header, 0, Math.floor(Date.now() / 1000)), 1_000).unref();
  Atomics.store(header, 0, Math.floor(Date.now() / 1000));
  return (label: string) => {
    Atomics.add(header, 1, 1);
    const slot = Atomics.add(header, 2, 1) % slots;
    const target = text.subarray(slot * slotBytes, (slot + 1) * slotBytes - 1);
    target.fill(0);
    encoder.encodeInto(label.slice(0, slotBytes - 60), target);
  };
}

/**
 * Diagnostics for the chaos worker (CHAOS_TRACE=1), test code only: every PGlite transaction and
 * statement is tracked with a label (the first product frame that opened it), and a watchdog
 * writes to stderr what is open when the counts query has not answered for 30 s, and when the
 * event loop was blocked for more than 5 s.
 */
export function traceDatabase(database: DatabaseHandle, write: (line: string) => void) {
  const pglite = database.pglite;
  if (!pglite) return { countsAnswered: () => {} };
  const noteStatement = startThreadWatchdog();
  const open = new Map<number, { label: string; startedAt: number; kind: string }>();
  let next = 0;
  // Statements started since the watchdog's last tick, by label: what ran while timers waited.
  const sinceTick = new Map<string, number>();
  Error.stackTraceLimit = 60;
  const labelOf = () => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    const own = frames.filter((frame) => /\/src\/server\//.test(frame) && !frame.includes('/testing/'));
    return (
      own
        .slice(0, 3)
        .map((frame) =>
          frame
            .trim()
            .replace(/^at (async )?/, '')
            .replace(/\(?file:\/\/\/.*\/src\/server\//, '('),
        )
        .join(' < ') || 'pg-boss'
    );
  };
  const wrap =
    (kind: string, original: (...args: never[]) => Promise<unknown>, describe: (args: unknown[]) => string) =>
    async (...args: never[]) => {
      const id = next++;
      const shortLabel = `${kind} ${labelOf()}`;
      sinceTick.set(shortLabel, (sinceTick.get(shortLabel) ?? 0) + 1);
      const item = { label: `${describe(args)} @ ${labelOf()}`, startedAt: Date.now(), kind };
      open.set(id, item);
      noteStatement(`${new Date().toISOString()} ${item.label}`);
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
