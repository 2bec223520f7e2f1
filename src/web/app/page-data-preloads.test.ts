import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../contracts/workspaces.js';
import { pageDataAddresses, pageDataFollowUps } from '../../server/platform/page-data-preloads.js';
import { budgetPageQueries } from '../features/budget/budget-page-data.js';
import {
  batchPageQueries,
  calendarPageQueries,
  ideasPageQueries,
  postsPageQueries,
} from '../features/content/content-page-data.js';
import { overviewPageQueries } from '../features/overview/overview-page-data.js';
import { regularityPageQueries } from '../features/regularity/regularity-page-data.js';
import { resultsPageQueries } from '../features/results/results-page-data.js';
import { routinePageQueries, todayPageQueries } from '../features/routine/routine-page-data.js';
import { shellQueries } from '../features/shell/shell-page-data.js';
import { strategyPageQueries } from '../features/strategy/strategy-page-data.js';
import { timePageQueries } from '../features/tracking/time-page-data.js';
import { workspaceQueryOptions } from '../features/workspaces/workspaces-queries.js';
import { meQueryOptions } from './me-queries.js';
import { fetchAll, type PageQueriesOf } from './page-data.js';

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

/** The addresses the workspace route and a page's loader fetch on a first visit. */
async function fetchedBy(page: PageQueriesOf, role: Role, blocks: unknown[] = []): Promise<string[]> {
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
    fetchAll(queryClient, await shellQueries(workspaceId, queryClient)),
    (async () => fetchAll(queryClient, await page(workspaceId, queryClient)))(),
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

const pages: [pattern: string, PageQueriesOf][] = [
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
];

/** What the loaders fetch on a phone's screen and on a wider one. */
async function fetchedOnEachScreen(page: PageQueriesOf, role: Role, blocks: unknown[] = []) {
  const wide = await fetchedBy(page, role, blocks);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
  const phone = await fetchedBy(page, role, blocks);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
  return { wide, phone };
}

describe("the server's data preloads are the web's first requests", () => {
  for (const [pattern, page] of pages) {
    for (const role of ['owner', 'viewer'] as const) {
      it(`${pattern} as ${role}`, async () => {
        const { wide, phone } = await fetchedOnEachScreen(page, role);
        const subject = { workspaceId, userId, role, timeZone, now };
        // The loaders' stub answers the blocks with none.
        const blocks = new Map([[`/api/workspaces/${workspaceId}/routine/blocks`, []]]);
        const preloaded = [
          ...pageDataAddresses(pattern, subject),
          ...pageDataFollowUps(pattern, subject, blocks),
        ];
        expect(preloaded.length).toBeGreaterThan(4);
        // Nothing named that no screen asks for, and nothing either screen asks for left out.
        for (const address of preloaded) expect([...wide, ...phone], address).toContain(address);
        expect(wide.filter((address) => !preloaded.includes(address))).toEqual([]);
        expect(phone.filter((address) => !preloaded.includes(address))).toEqual([]);
      });
    }
  }

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
