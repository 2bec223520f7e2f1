import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A page's queries whose one answer comes when the test says so. */
function slowPage() {
  let answer: (value: string) => void = () => undefined;
  const arrived = new Promise<string>((resolve) => {
    answer = resolve;
  });
  const queries = () => [{ queryKey: ['slow', Math.random()], queryFn: () => arrived }];
  return { module: { queries }, answer: () => answer('data') };
}

const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20))]);

describe('a page loader', () => {
  // Each test is a new visit: the module's record of the first page starts empty.
  beforeEach(() => vi.resetModules());
  const context = { queryClient: new QueryClient() };
  /** The router loading `href` (or preloading it, on a hover) with a page whose data is `page`'s. */
  const loadPage = async (page: ReturnType<typeof slowPage>, href: string, preload = false) => {
    const { pageData } = await import('./page-data.js');
    return pageData(
      async () => page.module,
      'queries',
    )({
      context,
      params: { workspaceId: 'w1' },
      location: { href, search: {} },
      preload,
    });
  };

  it("waits for the first page's data, every loader of that page, and no later page's", async () => {
    const first = slowPage();
    const layout = loadPage(first, '/w/w1/budget');
    const page = loadPage(first, '/w/w1/budget');
    expect(await settled(Promise.race([layout, page]))).toBe(false);

    // Opened from the menu while the first page still loads: drawn at once, with its own loading state.
    const other = slowPage();
    expect(await settled(loadPage(other, '/w/w1/strategy'))).toBe(true);
    // A hover's preload never waits either.
    expect(await settled(loadPage(other, '/w/w1/budget', true))).toBe(true);

    first.answer();
    expect(await settled(Promise.all([layout, page]))).toBe(true);
    // Once drawn, coming back to it is a later navigation.
    expect(await settled(loadPage(other, '/w/w1/budget'))).toBe(true);
  });
});
