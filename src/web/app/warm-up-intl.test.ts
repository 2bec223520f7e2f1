import { afterEach, describe, expect, it, vi } from 'vitest';

/** A Worker as the page gets it: records what it was made with and told, answers when asked. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  posted: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: { name?: string },
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
}

async function freshModule() {
  vi.resetModules();
  FakeWorker.made = [];
  return import('./warm-up-intl.js');
}

/** The module anew, with fake timers and a page whose workers are fakes. */
async function withFakeWorker() {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  return freshModule();
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("ICU's data loaded before the page's first formats", () => {
  it('starts a worker on the warm-up file and tells it the language', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { warmUpIntlOffThread } = await freshModule();
    warmUpIntlOffThread('en');
    const [worker] = FakeWorker.made;
    expect(worker?.url.pathname).toMatch(/warm-up-intl\.worker\.ts$/);
    expect(worker?.posted).toEqual(['en']);
  });

  it("runs the main thread's steps once the worker has answered", async () => {
    const { warmUpIntl, warmUpIntlOffThread } = await withFakeWorker();
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    const answered = warmUpIntlOffThread('fr');
    warmUpIntl('fr');
    await vi.advanceTimersByTimeAsync(1500);
    expect(canonical).not.toHaveBeenCalled();

    FakeWorker.made[0]?.onmessage?.({ data: 'warm' });
    await expect(answered).resolves.toBe(true);
    await vi.runAllTimersAsync();
    expect(canonical).toHaveBeenCalledWith('fr-u-nu-latn');
  });

  it('does not hold the app for a worker that never answers', async () => {
    const { warmUpIntl, warmUpIntlOffThread } = await withFakeWorker();
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    const answered = warmUpIntlOffThread('en');
    warmUpIntl('en');
    await vi.advanceTimersByTimeAsync(2000);
    await expect(answered).resolves.toBe(false);
    await vi.runAllTimersAsync();
    expect(canonical).toHaveBeenCalledWith('en-u-nu-latn');
  });

  it('still warms up on the main thread when the worker fails or none can start', async () => {
    let module = await withFakeWorker();
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize');
    const answered = module.warmUpIntlOffThread('en');
    module.warmUpIntl('en');
    FakeWorker.made[0]?.onerror?.(new Event('error'));
    await expect(answered).resolves.toBe(false);
    await vi.runAllTimersAsync();
    expect(maximize).toHaveBeenCalledTimes(1);

    vi.stubGlobal('Worker', undefined);
    module = await freshModule();
    await expect(module.warmUpIntlOffThread('en')).resolves.toBe(false);
    module.warmUpIntl('en');
    await vi.runAllTimersAsync();
    expect(maximize).toHaveBeenCalledTimes(2);
  });
});

describe("the warm-up's worker", () => {
  async function workerAnswers(data: unknown) {
    const scope = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      postMessage: vi.fn(),
      close: vi.fn(),
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('./warm-up-intl.worker.js');
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    scope.onmessage?.({ data });
    return { scope, locales: canonical.mock.calls.map(([locale]) => locale) };
  }

  it('loads the language it is told, answers, and ends', async () => {
    const { scope, locales } = await workerAnswers('en');
    expect(locales).toEqual(['en-u-nu-latn']);
    expect(scope.postMessage).toHaveBeenCalledWith('warm');
    expect(scope.close).toHaveBeenCalled();
  });

  it('takes anything but a language of the app for French', async () => {
    const { scope, locales } = await workerAnswers({ locale: 'de' });
    expect(locales).toEqual(['fr-u-nu-latn']);
    expect(scope.postMessage).toHaveBeenCalledWith('warm');
  });
});
