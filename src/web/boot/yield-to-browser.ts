type Scheduler = { yield?: () => Promise<void> };

/**
 * Ends the current task and resolves in a new one, so that the browser can paint and answer input
 * in between. `scheduler.yield` (Chromium) resumes ahead of other queued tasks: the answers and
 * files arriving meanwhile do not push the rest of the work back. Elsewhere a message on a
 * channel: a task of its own without the 4 ms a nested `setTimeout` can be clamped to.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
