import { QueryClient } from '@tanstack/react-query';
import { isProblem } from './api.js';

/** Client errors (4xx) are answers, not hiccups: they are not retried. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isProblem(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
