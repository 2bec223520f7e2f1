import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useAfterFirstDraw } from '../ui/use-after-first-draw.js';
import type { AppRouter } from './router.js';
import { cssVariablesResolver, theme } from './theme.js';

const NotificationsHost = lazy(() =>
  import('../ui/notifications-host.js').then((module) => ({ default: module.NotificationsHost })),
);

/** The toasts' host, fetched once the first page is drawn (a toast asked for before waits for it). */
function DeferredNotificationsHost() {
  const isDrawn = useAfterFirstDraw();
  if (!isDrawn) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  );
}

/** The query client and the router are made before the first render (main.tsx loads the first page). */
export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DeferredNotificationsHost />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
