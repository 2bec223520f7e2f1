import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { isLocalDate } from '../../core/time/local-value-checks.js';
import { isReturningVisitor } from '../features/auth/account-queries.js';
import { AuthedLayout } from '../features/shell/authed-layout.js';
import { RootLayout } from '../features/shell/root-layout.js';
import { workspaceQueryOptions } from '../features/workspaces/workspaces-queries.js';
import { FramedRouteError, RouteError } from '../ui/error-state.js';
import { PageLoader } from '../ui/page-loader.js';
import { PublicNotFound } from '../ui/public-not-found.js';
import { meQueryOptions } from './me-queries.js';
import { pageData } from './page-data.js';
import { safeRedirect } from './safe-redirect.js';

// Every page is its own chunk, loaded when first visited (or on hover, with preload 'intent'): the
// first page only downloads the shell, and heavy pages (calendar, charts) cost nothing until used.
// A page's data comes with it: `loader: pageData(...)` (app/page-data.ts) fetches the page's
// queries while its chunk downloads, so it is drawn once, complete. A new page adds one line.

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

/**
 * "/" sends everyone where they belong: a first visit to sign-up (which offers the demo), a
 * returning one to sign-in, then onboarding or the last workspace.
 */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: isReturningVisitor() ? '/sign-in' : '/sign-up' });
    if (!me.profile.onboarded) throw redirect({ to: '/onboarding' });
    const target = me.workspaces.find((item) => item.id === me.profile.lastWorkspaceId) ?? me.workspaces[0];
    if (target) throw redirect({ to: '/w/$workspaceId', params: { workspaceId: target.id } });
  },
  component: lazyRouteComponent(
    () => import('../features/workspaces/no-workspace-page.js'),
    'NoWorkspacePage',
  ),
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
  component: lazyRouteComponent(() => import('../features/auth/sign-in-page.js'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: parseAuthSearch,
  beforeLoad: ({ context, search }) => skipWhenSignedIn(context, search),
  component: lazyRouteComponent(() => import('../features/auth/sign-up-page.js'), 'SignUpPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  validateSearch: parseAuthSearch,
  component: lazyRouteComponent(
    () => import('../features/auth/forgot-password-page.js'),
    'ForgotPasswordPage',
  ),
});

/** Where better-auth's reset link lands, with `?token=` (or `?error=INVALID_TOKEN`). */
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string; error?: string } => ({
    ...(typeof search.token === 'string' && search.token.length <= 200 ? { token: search.token } : {}),
    ...(typeof search.error === 'string' ? { error: 'INVALID_TOKEN' } : {}),
  }),
  component: lazyRouteComponent(() => import('../features/auth/reset-password-page.js'), 'ResetPasswordPage'),
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: lazyRouteComponent(() => import('../features/invitations/invitation-page.js'), 'InvitationPage'),
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
  component: lazyRouteComponent(() => import('../features/onboarding/onboarding-page.js'), 'OnboardingPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/account-page.js'), 'AccountPage'),
});

const instanceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/instance',
  component: lazyRouteComponent(() => import('../features/instance/instance-page.js'), 'InstancePage'),
});

const workspaceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/w/$workspaceId',
  // The workspace must load (a foreign id is the error page); the header's data comes along.
  loader: async (match) => {
    const shell = pageData(() => import('../features/shell/shell-page-data.js'), 'shellQueries')(match);
    await match.context.queryClient.ensureQueryData(workspaceQueryOptions(match.params.workspaceId));
    await shell;
  },
  component: lazyRouteComponent(() => import('../features/shell/workspace-layout.js'), 'WorkspaceLayout'),
  errorComponent: FramedRouteError,
});

const workspaceHomeRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/',
  loader: pageData(() => import('../features/overview/overview-page-data.js'), 'overviewPageQueries'),
  component: lazyRouteComponent(() => import('../features/overview/overview-page.js'), 'OverviewPage'),
});

const membersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'members',
  loader: pageData(() => import('../features/members/members-page-data.js'), 'membersPageQueries'),
  component: lazyRouteComponent(() => import('../features/members/members-page.js'), 'MembersPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'settings',
  component: lazyRouteComponent(() => import('../features/settings/settings-page.js'), 'SettingsPage'),
});

const todayRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'today',
  loader: pageData(() => import('../features/routine/routine-page-data.js'), 'todayPageQueries'),
  component: lazyRouteComponent(() => import('../features/routine/today-page.js'), 'TodayPage'),
});
const routineRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'routine',
  loader: pageData(() => import('../features/routine/routine-page-data.js'), 'routinePageQueries'),
  component: lazyRouteComponent(() => import('../features/routine/routine-page.js'), 'RoutinePage'),
});
const timeRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'time',
  loader: pageData(() => import('../features/tracking/time-page-data.js'), 'timePageQueries'),
  component: lazyRouteComponent(() => import('../features/tracking/time-page.js'), 'TimePage'),
});
const timeImportRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'time/import',
  loader: pageData(() => import('../features/tracking/time-page-data.js'), 'importPageQueries'),
  component: lazyRouteComponent(() => import('../features/tracking/import-page.js'), 'ImportPage'),
});

const budgetRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'budget',
  loader: pageData(() => import('../features/budget/budget-page-data.js'), 'budgetPageQueries'),
  component: lazyRouteComponent(() => import('../features/budget/budget-page.js'), 'BudgetPage'),
});
const strategyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'strategy',
  loader: pageData(() => import('../features/strategy/strategy-page-data.js'), 'strategyPageQueries'),
  component: lazyRouteComponent(() => import('../features/strategy/strategy-page.js'), 'StrategyPage'),
});

export type SharedIdeaSearch = { sharedText?: string; sharedLink?: string };
const boundedText = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim().slice(0, max) : undefined;

/**
 * The PWA's share target ("Share -> Cadence" on a phone): what was shared lands in the capture
 * dialog of the notebook of the workspace opened last.
 */
const shareRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/share',
  validateSearch: (search: Record<string, unknown>) => ({
    title: boundedText(search.title, 500),
    text: boundedText(search.text, 4000),
    url: boundedText(search.url, 2000),
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    const target = me?.workspaces.find((item) => item.id === me.profile.lastWorkspaceId) ?? me?.workspaces[0];
    if (!target) throw redirect({ to: '/' });
    // Apps share a link inside the text as often as in `url`.
    const link = search.url ?? /https?:\/\/\S+/.exec(search.text ?? '')?.[0];
    const text = [search.title, search.text].filter(Boolean).join('\n') || link;
    throw redirect({
      to: '/w/$workspaceId/ideas',
      params: { workspaceId: target.id },
      search: { ...(text ? { sharedText: text } : {}), ...(link ? { sharedLink: link } : {}) },
    });
  },
});

const ideasRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'ideas',
  loader: pageData(() => import('../features/content/content-page-data.js'), 'ideasPageQueries'),
  validateSearch: (search: Record<string, unknown>): SharedIdeaSearch => ({
    ...(boundedText(search.sharedText, 5000) ? { sharedText: boundedText(search.sharedText, 5000) } : {}),
    ...(boundedText(search.sharedLink, 2000) ? { sharedLink: boundedText(search.sharedLink, 2000) } : {}),
  }),
  component: lazyRouteComponent(() => import('../features/content/ideas-page.js'), 'IdeasPage'),
});
const postsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'posts',
  loader: pageData(() => import('../features/content/content-page-data.js'), 'postsPageQueries'),
  component: lazyRouteComponent(() => import('../features/content/posts-page.js'), 'PostsPage'),
});
const postRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'posts/$postId',
  // Called with the whole match, so that the route's own params (postId) keep their type.
  loader: (match) =>
    pageData(() => import('../features/content/post-editor-page-data.js'), 'postEditorPageQueries')(match),
  component: lazyRouteComponent(() => import('../features/content/post-editor-page.js'), 'PostEditorPage'),
});
const batchRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'batch',
  loader: pageData(() => import('../features/content/content-page-data.js'), 'batchPageQueries'),
  component: lazyRouteComponent(
    () => import('../features/content/batch-session-page.js'),
    'BatchSessionPage',
  ),
});
const calendarRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'calendar',
  loader: pageData(() => import('../features/content/content-page-data.js'), 'calendarPageQueries'),
  component: lazyRouteComponent(() => import('../features/content/calendar-page.js'), 'CalendarPage'),
});

export type ConnectionsSearch = { connection?: 'connected' | 'failed'; account?: string; reason?: string };
/** `?connection=…` is how the Mastodon callback says how the round trip ended. */
const connectionsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'connections',
  loader: pageData(
    () => import('../features/connections/connections-page-data.js'),
    'connectionsPageQueries',
  ),
  validateSearch: (search: Record<string, unknown>): ConnectionsSearch => ({
    ...(search.connection === 'connected' || search.connection === 'failed'
      ? { connection: search.connection }
      : {}),
    ...(boundedText(search.account, 300) ? { account: boundedText(search.account, 300) } : {}),
    ...(boundedText(search.reason, 300) ? { reason: boundedText(search.reason, 300) } : {}),
  }),
  component: lazyRouteComponent(
    () => import('../features/connections/connections-page.js'),
    'ConnectionsPage',
  ),
});

const resultsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'results',
  loader: pageData(() => import('../features/results/results-page-data.js'), 'resultsPageQueries'),
  component: lazyRouteComponent(() => import('../features/results/results-page.js'), 'ResultsPage'),
});

const agencyResultsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'results/agency',
  loader: pageData(() => import('../features/results/results-page-data.js'), 'agencyResultsPageQueries'),
  component: lazyRouteComponent(
    () => import('../features/results/agency-results-page.js'),
    'AgencyResultsPage',
  ),
});

const regularityRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'regularity',
  loader: pageData(() => import('../features/regularity/regularity-page-data.js'), 'regularityPageQueries'),
  component: lazyRouteComponent(() => import('../features/regularity/regularity-page.js'), 'RegularityPage'),
});

/** `?week=` is any date of the reviewed week; without it (or not a real date), the week in progress. */
const reviewRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'review',
  validateSearch: (search: Record<string, unknown>): { week?: string } =>
    typeof search.week === 'string' && isLocalDate(search.week) ? { week: search.week } : {},
  loader: pageData(() => import('../features/review/review-page-data.js'), 'reviewPageQueries'),
  component: lazyRouteComponent(() => import('../features/review/review-page.js'), 'ReviewPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  authedRoute.addChildren([
    onboardingRoute,
    accountRoute,
    instanceRoute,
    shareRoute,
    workspaceRoute.addChildren([
      workspaceHomeRoute,
      membersRoute,
      settingsRoute,
      budgetRoute,
      strategyRoute,
      todayRoute,
      routineRoute,
      timeRoute,
      timeImportRoute,
      ideasRoute,
      postsRoute,
      postRoute,
      calendarRoute,
      connectionsRoute,
      batchRoute,
      resultsRoute,
      agencyResultsRoute,
      regularityRoute,
      reviewRoute,
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

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
