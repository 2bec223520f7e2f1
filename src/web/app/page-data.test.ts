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
  const params = { workspaceId: 'w1' };

  it("waits for the first page's data, every loader of that page, and no later page's", async () => {
    const { pageData } = await import('./page-data.js');
    const first = slowPage();
    const layout = pageData(
      async () => first.module,
      'queries',
    )({
      context,
      params,
      location: { href: '/w/w1/budget' },
      preload: false,
    });
    const page = pageData(
      async () => first.module,
      'queries',
    )({
      context,
      params,
      location: { href: '/w/w1/budget' },
      preload: false,
    });
    expect(await settled(Promise.race([layout, page]))).toBe(false);

    // Opened from the menu while the first page still loads: drawn at once, with its own loading state.
    const other = slowPage();
    const next = pageData(
      async () => other.module,
      'queries',
    )({
      context,
      params,
      location: { href: '/w/w1/strategy' },
      preload: false,
    });
    expect(await settled(next)).toBe(true);
    // A hover's preload never waits either.
    const preload = pageData(
      async () => other.module,
      'queries',
    )({
      context,
      params,
      location: { href: '/w/w1/budget' },
      preload: true,
    });
    expect(await settled(preload)).toBe(true);

    first.answer();
    expect(await settled(Promise.all([layout, page]))).toBe(true);
    // Once drawn, coming back to it is a later navigation.
    const again = pageData(
      async () => other.module,
      'queries',
    )({
      context,
      params,
      location: { href: '/w/w1/budget' },
      preload: false,
    });
    expect(await settled(again)).toBe(true);
  });
});
