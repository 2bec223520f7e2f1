import type { QueryClient, UseQueryOptions } from '@tanstack/react-query';

// biome-ignore lint/suspicious/noExplicitAny: a list of queries of any data shape.
export type PageQueries = readonly UseQueryOptions<any, any, any, any>[];

/** The page's address beyond its workspace: the route's other params (`postId`) and its search. */
export type PageRoute = {
  params: Readonly<Record<string, string>>;
  search: Readonly<Record<string, unknown>>;
};

/** What a page fetches before it is drawn, from the workspace it is in (see `pageData`). */
export type PageQueriesOf = (
  workspaceId: string,
  queryClient: QueryClient,
  route: PageRoute,
) => PageQueries | Promise<PageQueries>;

/**
 * Fetches queries into the cache, all at once. Errors are left to the page, which shows them where
 * they belong (its useQuery fails again and offers to retry); the route itself never fails here.
 */
export async function fetchAll(queryClient: QueryClient, queries: PageQueries): Promise<void> {
  await Promise.allSettled(queries.map((options) => queryClient.ensureQueryData(options)));
}

/** The visit's first address, until its page is drawn: the loaders of that page wait for their data. */
let firstPage: { href: string; isLoaded: boolean } | undefined;

/**
 * A route loader that fetches a page's data while its code downloads. On the first page of a
 * visit it waits for them, so that the page is drawn once, complete (no skeleton-then-data
 * reflow, no layout shift). Later navigations do not wait (the page shows at once, with its own
 * loading states, as the data it already started arrives): waiting would keep the previous page
 * on screen, and its state, until the next one's data came. That holds for a page opened while
 * the first one still loads, too: it is another address (with a failing API, it waited through
 * every retry before saying so). `load` imports a small module of the feature: the main bundle
 * stays free of every page's contracts.
 *
 *   loader: pageData(() => import('../features/routine/routine-page-data.js'), 'routinePageQueries'),
 */
export function pageData<Name extends string>(load: () => Promise<Record<Name, PageQueriesOf>>, name: Name) {
  return async ({
    context,
    params,
    location,
    preload,
  }: {
    context: { queryClient: QueryClient };
    params: { workspaceId: string };
    location: { href: string; search: Record<string, unknown> };
    preload: boolean;
  }) => {
    // The route's other params (`postId`) are strings too: no route here parses them.
    const route = { params: params as unknown as PageRoute['params'], search: location.search };
    const fetching = load().then(async (module) =>
      fetchAll(context.queryClient, await module[name](params.workspaceId, context.queryClient, route)),
    );
    if (!preload) firstPage ??= { href: location.href, isLoaded: false };
    const page = preload ? undefined : firstPage;
    // Not waited for: a chunk that fails to load fails the page's own import too, which says so.
    if (!page || page.isLoaded || page.href !== location.href) return void fetching.catch(() => undefined);
    await fetching;
    page.isLoaded = true;
  };
}
