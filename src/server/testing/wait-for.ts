/**
 * Polls `check` until it returns something truthy (that value is returned) or the time is up.
 * For work done by another loop or process (a job worker): never a fixed sleep.
 */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  { timeoutMilliseconds = 30_000, everyMilliseconds = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMilliseconds} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMilliseconds));
  }
}
