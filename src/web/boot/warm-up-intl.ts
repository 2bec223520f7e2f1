import type { Locale } from '../../contracts/common.js';

/**
 * The first use of `Intl` in a page makes ICU load its data (a locale's subtags, its number and
 * date patterns, a zone's rules): 35–70 ms on this machine at full speed, four times that on a
 * phone, in tasks that block input however they are cut (session 18, bench/README.md). ICU keeps
 * what it loads in caches shared by the whole process, and a dedicated worker runs in the page's
 * process: the worker pays it on a thread of its own while the page's scripts download, and the
 * page's own formats then find the data loaded (0–1 ms each instead of 12–40).
 *
 * `locale` is the language the app will speak; English pages also draw routine weeks in en-GB.
 */
export function warmUpIntl(locale: Locale): void {
  if (typeof Worker === 'undefined') return;
  try {
    const worker = new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { name: 'intl-warm-up' });
    worker.postMessage(locale === 'fr' ? ['fr'] : ['en', 'en-GB']);
  } catch {
    // No worker (a policy, a browser without them): the page's own formats load the data.
  }
}

/** Runs `task` once the page has loaded and the browser is idle (Safari has no idle callback: 1 s). */
export function whenIdleAfterLoad(task: () => void): void {
  const later = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(task, { timeout: 5_000 })
      : setTimeout(task, 1_000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
