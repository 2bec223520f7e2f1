import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { SignUpPage } from '../features/auth/sign-up-page.js';
import { BudgetPage } from '../features/budget/budget-page.js';
import { InvitationPage } from '../features/invitations/invitation-page.js';
import { MembersPage } from '../features/members/members-page.js';
import { OnboardingPage } from '../features/onboarding/onboarding-page.js';
import { RoutinePage } from '../features/routine/routine-page.js';
import { TodayPage } from '../features/routine/today-page.js';
import { SettingsPage } from '../features/settings/settings-page.js';
import { AuthedLayout } from '../features/shell/authed-layout.js';
import { RootLayout } from '../features/shell/root-layout.js';
import { WorkspaceLayout } from '../features/shell/workspace-layout.js';
import { StrategyPage } from '../features/strategy/strategy-page.js';
import { TimePage } from '../features/tracking/time-page.js';
import { NoWorkspacePage } from '../features/workspaces/no-workspace-page.js';
import { WorkspaceHomePage } from '../features/workspaces/workspace-home-page.js';
import { workspaceQueryOptions } from '../features/workspaces/workspaces-queries.js';
import { FramedRouteError, RouteError } from '../ui/error-state.js';
import { PageLoader } from '../ui/page-loader.js';
import { PublicNotFound } from '../ui/public-not-found.js';
import { meQueryOptions } from './me-queries.js';
import { safeRedirect } from './safe-redirect.js';

export type RouterContext = { queryClient: QueryClient };

export type AuthSearch = { redirect?: string; email?: string };

function parseAuthSearch(search: Record<string, unknown>): AuthSearch {
  const result: AuthSearch = {};
  const target = typeof search.redirect === 'string' ? safeRedirect(search.redirect) : undefined;
  if (target) result.redirect = target;
  if (typeof search.email === 'string' && search.email.length <= 254) result.email = search.email;
  return result;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: PublicNotFound,
});

/** "/" sends everyone where they belong: sign-in, onboarding, or their last workspace. */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/sign-in' });
    if (!me.profile.onboarded) throw redirect({ to: '/onboarding' });
    const target = me.workspaces.find((item) => item.id === me.profile.lastWorkspaceId) ?? me.workspaces[0];
    if (target) throw redirect({ to: '/w/$workspaceId', params: { workspaceId: target.id } });
  },
  component: NoWorkspacePage,
});

/** Signed-in people skip the sign-in and sign-up pages. */
async function skipWhenSignedIn(context: RouterContext, search: AuthSearch) {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (me) throw redirect({ href: search.redirect ?? '/' });
}

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: parseAuthSearch,
  beforeLoad: ({ context, search }) => skipWhenSignedIn(context, search),
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: parseAuthSearch,
  beforeLoad: ({ context, search }) => skipWhenSignedIn(context, search),
  component: SignUpPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: InvitationPage,
});

/** Everything below needs a session; without one, sign in and come back. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AuthedLayout,
});

const onboardingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/onboarding',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (me?.profile.onboarded) throw redirect({ to: '/' });
  },
  component: OnboardingPage,
});

const workspaceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/w/$workspaceId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(workspaceQueryOptions(params.workspaceId)),
  component: WorkspaceLayout,
  errorComponent: FramedRouteError,
});

const workspaceHomeRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/',
  component: WorkspaceHomePage,
});

const membersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'members',
  component: MembersPage,
});

const settingsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'settings',
  component: SettingsPage,
});

const todayRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'today', component: TodayPage });
const routineRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'routine',
  component: RoutinePage,
});
const timeRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'time', component: TimePage });

const budgetRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'budget',
  component: BudgetPage,
});
const strategyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'strategy',
  component: StrategyPage,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  signUpRoute,
  invitationRoute,
  authedRoute.addChildren([
    onboardingRoute,
    workspaceRoute.addChildren([
      workspaceHomeRoute,
      membersRoute,
      settingsRoute,
      budgetRoute,
      strategyRoute,
      todayRoute,
      routineRoute,
      timeRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data lives in TanStack Query; the router only makes sure it is there before rendering.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 150,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
