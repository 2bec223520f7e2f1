import type { QueryClient, UseQueryOptions } from '@tanstack/react-query';

// biome-ignore lint/suspicious/noExplicitAny: a list of queries of any data shape.
export type PageQueries = readonly UseQueryOptions<any, any, any, any>[];

/** What a page fetches before it is drawn, from the workspace it is in (see `pageData`). */
export type PageQueriesOf = (
  workspaceId: string,
  queryClient: QueryClient,
) => PageQueries | Promise<PageQueries>;

/**
 * Fetches queries into the cache, all at once. Errors are left to the page, which shows them where
 * they belong (its useQuery fails again and offers to retry); the route itself never fails here.
 */
export async function fetchAll(queryClient: QueryClient, queries: PageQueries): Promise<void> {
  await Promise.allSettled(queries.map((options) => queryClient.ensureQueryData(options)));
}

/**
 * A route loader that fetches a page's data while its code downloads, so that the page is drawn
 * once, complete (no skeleton-then-data reflow, no layout shift), in the router's transition (which
 * React renders in slices instead of one long task). `load` imports the feature's queries module
 * (a small chunk, shared with the page): the main bundle stays free of every page's contracts.
 *
 *   loader: pageData(() => import('../features/routine/routine-queries.js'), 'routinePageQueries'),
 */
export function pageData<Name extends string>(load: () => Promise<Record<Name, PageQueriesOf>>, name: Name) {
  return async ({
    context,
    params,
  }: {
    context: { queryClient: QueryClient };
    params: { workspaceId: string };
  }) => {
    const queriesOf = (await load())[name];
    await fetchAll(context.queryClient, await queriesOf(params.workspaceId, context.queryClient));
  };
}
