import type { Locale } from '../../contracts/common.js';
import { warmUpSteps } from './warm-up-intl-steps.js';

/**
 * The warm-up started off the main thread, or undefined (no worker could start): true once its
 * worker has loaded ICU's data, false when it failed (its file unreachable offline, say).
 */
let offThread: Promise<boolean> | undefined;

/** The longest the boot waits for the worker: a file stalled on the network never holds the app. */
const workerPatienceMs = 2000;

/**
 * Loads ICU's data for `locale` in a worker: the ~40 ms (150–400 on a slow phone) the page's first
 * `Intl` call costs, paid on another core. ICU's caches and V8's lists of available locales belong
 * to the process, not to a thread: after the worker, the main thread's first NumberFormat took
 * 0.0 ms instead of 4–11, its first `-u-nu-` locale 0.1 instead of 19–27 (bench/README.md,
 * "Session 26"). Called by the boot's entry (main.tsx), which waits for the answer (resolved true
 * once the worker is done, false when it failed, or when it took too long) before its stages: the
 * scripts are still downloading then, and a worker still inside ICU while the main thread evaluates
 * them made the main thread's garbage collections wait for it (up to 68 ms at a safepoint).
 */
export function warmUpIntlOffThread(locale: Locale): Promise<boolean> {
  if (typeof Worker !== 'function') return Promise.resolve(false);
  try {
    const worker = new Worker(new URL('./warm-up-intl.worker.ts', import.meta.url), {
      type: 'module',
      name: 'warm-up-intl',
    });
    offThread = new Promise((resolve) => {
      worker.onmessage = () => resolve(true);
      worker.onerror = () => resolve(false);
      setTimeout(() => resolve(false), workerPatienceMs);
    });
    worker.postMessage(locale);
    return offThread;
  } catch {
    // No worker here (a policy, an old browser): the main thread's steps below do it all.
    return Promise.resolve(false);
  }
}

/**
 * Loads ICU's data for `locale` on the main thread, one step per task, starting after this one:
 * paid in one call, it is one long task that blocks input. After the worker (above) each step
 * finds its part loaded and costs nearly nothing; they still run, for what a worker cannot share.
 */
export function warmUpIntl(locale: Locale): void {
  const runStep = (index: number) => {
    const step = warmUpSteps[index];
    if (!step) return;
    step(locale);
    setTimeout(() => runStep(index + 1), 0);
  };
  const start = () => setTimeout(() => runStep(0), 0);
  if (offThread) void offThread.then(start);
  else start();
}
