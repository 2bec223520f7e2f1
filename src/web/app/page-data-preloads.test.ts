import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../contracts/workspaces.js';
import {
  pageDataAddresses,
  pageDataFollowUps,
  routeParams,
} from '../../server/platform/page-data-preloads.js';
import { budgetPageQueries } from '../features/budget/budget-page-data.js';
import { connectionsPageQueries } from '../features/connections/connections-page-data.js';
import {
  batchPageQueries,
  calendarPageQueries,
  ideasPageQueries,
  postsPageQueries,
} from '../features/content/content-page-data.js';
import { postEditorPageQueries } from '../features/content/post-editor-page-data.js';
import { membersPageQueries } from '../features/members/members-page-data.js';
import { overviewPageQueries } from '../features/overview/overview-page-data.js';
import { regularityPageQueries } from '../features/regularity/regularity-page-data.js';
import { agencyResultsPageQueries, resultsPageQueries } from '../features/results/results-page-data.js';
import { reviewPageQueries } from '../features/review/review-page-data.js';
import { routinePageQueries, todayPageQueries } from '../features/routine/routine-page-data.js';
import { shellQueries } from '../features/shell/shell-page-data.js';
import { strategyPageQueries } from '../features/strategy/strategy-page-data.js';
import { importPageQueries, timePageQueries } from '../features/tracking/time-page-data.js';
import { workspaceQueryOptions } from '../features/workspaces/workspaces-queries.js';
import { meQueryOptions } from './me-queries.js';
import { fetchAll, type PageQueriesOf, type PageRoute } from './page-data.js';

/*
 * The server writes a page's first data into the page it sends (server/platform/page-data-preloads.ts
 * names the addresses, page-data-answers.ts answers them), and the app takes a carried answer only
 * for the very same address. This runs the web's own route loaders, as the router does on a first
 * visit, on a phone's screen and a wider one, records every address they fetch, and checks the
 * server's list against it: nothing carried that no screen asks for (bytes for nothing), and
 * nothing asked that the server could have carried but did not.
 */

const workspaceId = '0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d';
const userId = 'c4a7e2f0-9b1d-4e3a-8f5c-6d2b1a0e9f87';
const timeZone = 'Europe/Paris';
// Sunday evening in Paris, Monday in UTC+14: the workspace's own date must decide.
const now = new Date('2026-11-29T21:30:00Z');

function workspaceAnswer(role: Role) {
  return {
    id: workspaceId,
    name: 'Atelier',
    timeZone,
    currency: 'EUR',
    locale: 'fr',
    publishingLatenessMinutes: 15,
    isDemo: false,
    postsNeedApproval: false,
    role,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
}

function sessionAnswer(role: Role) {
  const profile = { locale: 'fr', kind: 'freelancer', defaultHourlyRateCents: null, onboarded: true };
  return {
    me: {
      user: { id: userId, name: 'Camille', email: 'camille@example.com' },
      profile: { ...profile, lastWorkspaceId: workspaceId },
      workspaces: [workspaceAnswer(role)],
    },
  };
}

/** A routine generated on a Friday: its first block is on the next Monday, 2026-11-30. */
const blockFromMonday = {
  id: '7d1f6a52-3b8e-4c47-9f0a-2e5d6c7b8a91',
  weekdays: [1],
  startTime: '09:00',
  endTime: '10:00',
  durationMinutes: 60,
  categoryId: 'b3c1a4e2-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
  networkKey: null,
  note: null,
  title: null,
  description: null,
  intervalWeeks: 1,
  startsOn: '2026-11-30',
  endsOn: null,
  templateKey: 'replies',
  memberUserId: null,
  timeZone,
  createdAt: '2026-11-27T09:00:00.000Z',
  updatedAt: '2026-11-27T09:00:00.000Z',
};

const postId = '5e0c2b8d-7a41-4f6e-b3d9-1c8a2e4f6b70';
const noRoute: PageRoute = { params: {}, search: {} };

/** The addresses the workspace route and a page's loader fetch on a first visit. */
async function fetchedBy(
  page: PageQueriesOf,
  role: Role,
  blocks: unknown[] = [],
  route: PageRoute = noRoute,
): Promise<string[]> {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (address: string) => {
    fetched.push(address);
    if (address === '/api/session') return Response.json(sessionAnswer(role));
    if (address === `/api/workspaces/${workspaceId}`) return Response.json(workspaceAnswer(role));
    if (address.endsWith('/routine/blocks')) return Response.json(blocks);
    // Every other answer fails: the loaders leave errors to the page, and still ask for everything.
    return new Response('{}', { status: 500 });
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // The signed-in area's guard asks first (authedRoute's beforeLoad), then the loaders run together.
  await queryClient.ensureQueryData(meQueryOptions);
  await Promise.all([
    queryClient.ensureQueryData(workspaceQueryOptions(workspaceId)),
    fetchAll(queryClient, await shellQueries(workspaceId, queryClient, noRoute)),
    (async () => fetchAll(queryClient, await page(workspaceId, queryClient, route)))(),
  ]);
  return fetched;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A page, its loader, and the address it is opened at (beyond the workspace). */
type Opened = [pattern: string, PageQueriesOf, route?: { path: string; search?: Record<string, string> }];

const pages: Opened[] = [
  ['/w/$workspaceId/routine', routinePageQueries],
  ['/w/$workspaceId', overviewPageQueries],
  ['/w/$workspaceId/today', todayPageQueries],
  ['/w/$workspaceId/time', timePageQueries],
  ['/w/$workspaceId/budget', budgetPageQueries],
  ['/w/$workspaceId/strategy', strategyPageQueries],
  ['/w/$workspaceId/posts', postsPageQueries],
  ['/w/$workspaceId/ideas', ideasPageQueries],
  ['/w/$workspaceId/batch', batchPageQueries],
  ['/w/$workspaceId/calendar', calendarPageQueries],
  ['/w/$workspaceId/results', resultsPageQueries],
  ['/w/$workspaceId/regularity', regularityPageQueries],
  ['/w/$workspaceId/posts/$postId', postEditorPageQueries, { path: `posts/${postId}` }],
  ['/w/$workspaceId/review', reviewPageQueries, { path: 'review' }],
  ['/w/$workspaceId/review', reviewPageQueries, { path: 'review', search: { week: '2026-11-11' } }],
  ['/w/$workspaceId/connections', connectionsPageQueries],
  ['/w/$workspaceId/members', membersPageQueries],
  ['/w/$workspaceId/time/import', importPageQueries],
  ['/w/$workspaceId/results/agency', agencyResultsPageQueries],
];

/** What the loaders fetch on a phone's screen and on a wider one. */
async function fetchedOnEachScreen(
  page: PageQueriesOf,
  role: Role,
  blocks: unknown[] = [],
  route: PageRoute = noRoute,
) {
  const wide = await fetchedBy(page, role, blocks, route);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
  const phone = await fetchedBy(page, role, blocks, route);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
  return { wide, phone };
}

describe("the server's data preloads are the web's first requests", () => {
  for (const [pattern, page, opened] of pages) {
    for (const role of ['owner', 'viewer'] as const) {
      const search = opened?.search ?? {};
      it(`${pattern}${opened?.search ? `?${new URLSearchParams(search)}` : ''} as ${role}`, async () => {
        // The params as the router and the server read them from the same address.
        const pathname = `/w/${workspaceId}${opened ? `/${opened.path}` : ''}`;
        const params = routeParams(pattern, pathname);
        const { wide, phone } = await fetchedOnEachScreen(page, role, [], { params, search });
        const subject = {
          workspaceId,
          userId,
          role,
          timeZone,
          now,
          params,
          search: new URLSearchParams(search),
        };
        // The loaders' stub answers the blocks with none.
        const blocks = new Map([[`/api/workspaces/${workspaceId}/routine/blocks`, []]]);
        const preloaded = [
          ...pageDataAddresses(pattern, subject),
          ...pageDataFollowUps(pattern, subject, blocks),
        ];
        // The page's own, beyond the frame's (the settings page carries the frame's only).
        expect(preloaded.length).toBeGreaterThan(
          pageDataAddresses('/w/$workspaceId/settings', subject).length,
        );
        // Nothing named that no screen asks for, and nothing either screen asks for left out.
        for (const address of preloaded) expect([...wide, ...phone], address).toContain(address);
        expect(wide.filter((address) => !preloaded.includes(address))).toEqual([]);
        expect(phone.filter((address) => !preloaded.includes(address))).toEqual([]);
      });
    }
  }

  it('reads the params and search of the address the page is opened at, and names nothing from bad ones', () => {
    expect(routeParams('/w/$workspaceId/posts/$postId', `/w/${workspaceId}/posts/${postId}`)).toEqual({
      workspaceId,
      postId,
    });
    expect(routeParams('/w/$workspaceId/posts/$postId', `/w/${workspaceId}/posts/%E0%A4%A`)).toEqual({
      workspaceId,
    });
    const subject = { workspaceId, userId, role: 'owner' as const, timeZone, now };
    const frameOnly = pageDataAddresses('/w/$workspaceId/settings', subject);
    // Not an id: the editor's page carries the frame's data only, and asks for the post itself.
    const notAPost = pageDataAddresses('/w/$workspaceId/posts/$postId', {
      ...subject,
      params: { postId: 'x/../..' },
    });
    expect(notAPost).toEqual(frameOnly);
    // A `?week=` that is not a real date opens the week in progress, as the review's route reads it.
    const review = (week: string) =>
      pageDataAddresses('/w/$workspaceId/review', { ...subject, search: new URLSearchParams({ week }) }).at(
        -1,
      );
    expect(review('2026-11-11')).toBe(`/api/workspaces/${workspaceId}/review?week=2026-11-11`);
    expect(review('<script>')).toBe(`/api/workspaces/${workspaceId}/review`);
    expect(review('2026-13-45')).toBe(`/api/workspaces/${workspaceId}/review`);
  });

  it("names the routine's first ranges from its blocks, as the page opens on them", async () => {
    const subject = { workspaceId, userId, role: 'owner' as const, timeZone, now };
    const blocks = new Map([[`/api/workspaces/${workspaceId}/routine/blocks`, [blockFromMonday]]]);
    const named = pageDataFollowUps('/w/$workspaceId/routine', subject, blocks);
    const { wide, phone } = await fetchedOnEachScreen(routinePageQueries, 'owner', [blockFromMonday]);
    const occurrences = (addresses: string[]) => addresses.filter((a) => a.includes('/occurrences'));
    expect(named).toEqual([...occurrences(phone), ...occurrences(wide)]);
    expect(named).toEqual([
      `/api/workspaces/${workspaceId}/routine/occurrences?from=2026-11-30&to=2026-12-02`,
      `/api/workspaces/${workspaceId}/routine/occurrences?from=2026-11-30&to=2026-12-06`,
    ]);
  });

  it("asks for the routine's occurrences once, for the range the page opens on", async () => {
    // Sunday 29 November: a wide screen's week is 23–29; a routine beginning on Monday 30 opens there.
    const today = (await fetchedBy(routinePageQueries, 'owner')).filter((a) => a.includes('/occurrences'));
    expect(today).toEqual([
      `/api/workspaces/${workspaceId}/routine/occurrences?from=2026-11-23&to=2026-11-29`,
    ]);
    const later = (await fetchedBy(routinePageQueries, 'owner', [blockFromMonday])).filter((a) =>
      a.includes('/occurrences'),
    );
    expect(later).toEqual([
      `/api/workspaces/${workspaceId}/routine/occurrences?from=2026-11-30&to=2026-12-06`,
    ]);
    vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
    const phone = (await fetchedBy(routinePageQueries, 'owner', [blockFromMonday])).filter((a) =>
      a.includes('/occurrences'),
    );
    expect(phone).toEqual([
      `/api/workspaces/${workspaceId}/routine/occurrences?from=2026-11-30&to=2026-12-02`,
    ]);
  });
});
