import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../contracts/workspaces.js';
import { canAccessWorkspace, canManageWorkspace, canSeeConnections } from '../../core/access/index.js';
import { resolveRangePreset } from '../../core/results/months.js';
import { calendarRangeAt, firstFullRoutineWeek } from '../../core/routine/calendar-range.js';
import { addDaysToDate } from '../../core/time/epoch-day.js';
import { isLocalDate } from '../../core/time/local-value-checks.js';
import { getLocalDate, zonedWeekStart } from '../../core/time/zoned-bounds.js';
import type { CurrentUser, DeclaredRoute } from './access.js';
import type { PageAnswers } from './page-data-answers.js';

/**
 * What a workspace page's first queries depend on, as the web computes it: who asks, the
 * workspace's calendar, and the page's address (its route's params beyond the workspace, as
 * `postId`, and its search, as the review's `?week=`).
 */
export type PageSubject = {
  workspaceId: string;
  userId: string;
  role: Role;
  timeZone: string;
  now: Date;
  params?: Readonly<Record<string, string>>;
  search?: URLSearchParams;
};

type DatedSubject = PageSubject & { today: string; weekStart: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Addresses = (base: string, subject: DatedSubject) => string[];

/**
 * The API addresses a workspace page asks for before its first drawing, exactly as the web's
 * route loaders write them (`src/web/features/<page>/*-page-data.ts`, the frame's
 * `shell-page-data.ts` and the workspace route): same path, same query string in the same order,
 * or the app would not take the answer the page carries (page-data-answers.ts).
 * `page-data-preloads.test.ts` runs the web's loaders and checks each address here is one they
 * fetch. Dates are the workspace's, as the web takes them (`todayIn(workspace.timeZone)`). Where
 * the first range depends on the screen (the content calendar's view, the routine's, see
 * `followUps`), both are named: the page carries them (page-data-answers.ts), and drops the one
 * its screen did not ask for.
 */
const frame: Addresses = (base, { userId }) => [
  // Who is signed in: every signed-in route waits for it (index.html preloads it for everyone;
  // a page that carries it goes without that preload).
  '/api/session',
  base,
  `${base}/timer`,
  `${base}/categories`,
  '/api/workspaces',
  // The header's "resume" button: the person's two latest entries.
  `${base}/time-entries?userId=${userId}&page=1&pageSize=2`,
];

const pages: Record<string, Addresses> = {
  '/w/$workspaceId': (base, { today, weekStart }) => [
    `${base}/strategy`,
    `${base}/planned-vs-actual?weekStart=${weekStart}`,
    `${base}/routine/blocks`,
    `${base}/calendar-feeds`,
    `${base}/time-entries?page=1&pageSize=1`,
    `${base}/routine/occurrences?from=${today}&to=${addDaysToDate(today, 6)}`,
    `${base}/routine/occurrences?from=${weekStart}&to=${addDaysToDate(weekStart, 6)}`,
    `${base}/posts/calendar?from=${weekStart}&to=${addDaysToDate(weekStart, 7)}`,
    `${base}/posts/due-by-hand`,
    `${base}/connections`,
    `${base}/regularity`,
    `${base}/routine/rush-weeks`,
    `${base}/results/next-hour`,
  ],
  '/w/$workspaceId/today': (base) => [`${base}/routine/today`],
  '/w/$workspaceId/routine': (base) => [
    `${base}/routine/blocks`,
    `${base}/routine/comparison`,
    `${base}/calendar-feeds`,
  ],
  '/w/$workspaceId/time': (base, { weekStart, role }) => [
    `${base}/planned-vs-actual?weekStart=${weekStart}`,
    `${base}/planned-vs-actual/trend?weekStart=${weekStart}&weeks=12`,
    ...(canManageWorkspace(role) ? [`${base}/members`] : []),
  ],
  '/w/$workspaceId/budget': (base, { role }) => [
    `${base}/budget`,
    ...(canManageWorkspace(role) ? [`${base}/members`] : []),
  ],
  '/w/$workspaceId/strategy': (base) => [`${base}/strategy`, `${base}/objectives`, `${base}/personas`],
  '/w/$workspaceId/posts': (base) => [
    `${base}/posts`,
    `${base}/posts/due-by-hand`,
    `${base}/strategy`,
    `${base}/publications/problems`,
  ],
  '/w/$workspaceId/ideas': (base) => [`${base}/ideas`, `${base}/strategy`],
  '/w/$workspaceId/batch': (base, { role }) => [
    `${base}/batch-plan`,
    `${base}/ideas`,
    `${base}/strategy`,
    ...(canAccessWorkspace(role, 'write') ? [`${base}/content-sessions/current`] : []),
  ],
  // The results page opens on the last twelve months, by network and month; its effort section looks 26 weeks back.
  '/w/$workspaceId/results': (base, { today }) => {
    const { from, to } = resolveRangePreset('last12', today);
    const range = `from=${from}&to=${to}`;
    return [
      `${base}/results?${range}&dimension=network&granularity=month`,
      `${base}/outcomes?${range}`,
      `${base}/costs?${range}`,
      `${base}/results/followers`,
      `${base}/results/posts?${range}`,
      `${base}/results/effort?weeks=26`,
      `${base}/results/settings`,
      `${base}/strategy`,
    ];
  },
  '/w/$workspaceId/regularity': (base) => [`${base}/regularity`],
  '/w/$workspaceId/posts/$postId': (base, { params, role }) => {
    const postId = params?.postId ?? '';
    if (!uuidPattern.test(postId)) return [];
    const post = `${base}/posts/${postId}`;
    const writes = canAccessWorkspace(role, 'write');
    return [
      post,
      `${base}/strategy`,
      `${base}/personas`,
      ...(canSeeConnections(role) ? [`${base}/connections`] : []),
      ...(writes ? [`${base}/content-sessions/current`] : []),
      `${post}/publications`,
      `${post}/events`,
      `${post}/efforts`,
      ...(writes ? [`${post}/linkable-entries`] : []),
      `${base}/results/settings`,
    ];
  },
  '/w/$workspaceId/review': (base, { search }) => {
    const week = search?.get('week');
    return [week && isLocalDate(week) ? `${base}/review?week=${week}` : `${base}/review`];
  },
  '/w/$workspaceId/connections': (base) => [`${base}/connections`],
  '/w/$workspaceId/members': (base, { role }) => [
    `${base}/members`,
    ...(canManageWorkspace(role) ? [`${base}/invitations`] : []),
  ],
  '/w/$workspaceId/time/import': (base, { role }) => [
    `${base}/imports`,
    ...(canManageWorkspace(role) ? [`${base}/members`] : []),
  ],
  // Not the workspace's own data: every workspace the person manages, over the last twelve months.
  '/w/$workspaceId/results/agency': (_base, { today }) => {
    const { from, to } = resolveRangePreset('last12', today);
    return [`/api/agency/results?from=${from}&to=${to}`];
  },
  '/w/$workspaceId/calendar': (base, { today, weekStart }) => {
    const monthStart = `${today.slice(0, 8)}01`;
    const [year, month] = today.split('-').map(Number) as [number, number];
    const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    return [
      `${base}/strategy`,
      `${base}/members`,
      `${base}/posts/calendar?from=${weekStart}&to=${addDaysToDate(weekStart, 7)}`,
      `${base}/posts/calendar?from=${monthStart}&to=${nextMonth}`,
    ];
  },
};

/**
 * What a page asks for once one of its first answers is in. The routine calendar's first range
 * depends on the blocks: a routine that begins after this week opens on its first full week
 * (routine-page-data.ts). Both screens' ranges are named, a phone's three days and a wider
 * screen's week: the page carries both and drops the one its screen does not draw.
 */
const followUps: Record<string, (base: string, subject: DatedSubject, answers: PageAnswers) => string[]> = {
  '/w/$workspaceId/routine': (base, { today }, answers) => {
    const blocks = answers.get(`${base}/routine/blocks`);
    if (!Array.isArray(blocks)) return [];
    const startsOn = blocks
      .map((block: { startsOn?: unknown }) => block.startsOn)
      .filter((date): date is string => typeof date === 'string');
    const anchor = firstFullRoutineWeek(startsOn, today) ?? today;
    return [true, false].map((isPhone) => {
      const { from, to } = calendarRangeAt(anchor, isPhone);
      return `${base}/routine/occurrences?from=${from}&to=${to}`;
    });
  },
};

function dated(subject: PageSubject): DatedSubject {
  const today = getLocalDate(subject.now.toISOString(), subject.timeZone);
  return { ...subject, today, weekStart: zonedWeekStart(today, subject.timeZone) };
}

const isFramePage = (pattern: string) =>
  pattern === '/w/$workspaceId' || pattern.startsWith('/w/$workspaceId/');

/**
 * The addresses to preload for a page of the workspace frame (`pattern` as in route-preloads.json):
 * the frame's, then the page's own, without repeats. Empty outside the frame.
 */
export function pageDataAddresses(pattern: string, subject: PageSubject): string[] {
  if (!isFramePage(pattern)) return [];
  const base = `/api/workspaces/${subject.workspaceId}`;
  const datedSubject = dated(subject);
  return [...new Set([...frame(base, datedSubject), ...(pages[pattern]?.(base, datedSubject) ?? [])])];
}

/** What the page asks for once `answers` (to `pageDataAddresses`) are in: see `followUps`. */
export function pageDataFollowUps(pattern: string, subject: PageSubject, answers: PageAnswers): string[] {
  const base = `/api/workspaces/${subject.workspaceId}`;
  return followUps[pattern]?.(base, dated(subject), answers) ?? [];
}

/** What a page carries: its first addresses, then those that depend on their answers. */
export type PageDataPlan = { addresses: string[]; after: (answers: PageAnswers) => string[] };

const nothing: PageDataPlan = { addresses: [], after: () => [] };

/** The params `pattern` (`/w/$workspaceId/posts/$postId`) names in `pathname`, decoded. */
export function routeParams(pattern: string, pathname: string): Record<string, string> {
  const names = pattern.split('/');
  const values = pathname.split('/');
  const params: Record<string, string> = {};
  names.forEach((name, index) => {
    const value = values[index];
    if (!name.startsWith('$') || value === undefined) return;
    try {
      params[name.slice(1)] = decodeURIComponent(value);
    } catch {
      // A malformed escape names nothing: the page asks for its data itself.
    }
  });
  return params;
}

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

/** `/api/workspaces/:workspaceId/x` -> a test of a path (without its query string). */
const routeTest = (url: string) =>
  new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`);

export type PageDataPreloadDependencies = {
  /** May set headers on `reply` (a refreshed session cookie). */
  findUserBySession: (request: FastifyRequest, reply: FastifyReply) => Promise<CurrentUser | null>;
  findRole: (workspaceId: string, userId: string) => Promise<Role | null>;
  findSettings: (workspaceId: string) => Promise<{ timeZone: string } | null>;
  /** The API's routes and who may call them: an address is preloaded only when the caller may. */
  declaredRoutes: readonly DeclaredRoute[];
  now?: () => Date;
};

/**
 * Which data the page sent for `pathname` (matched as `pattern`) should carry: only for a visitor
 * whose session cookie the server has checked, a member of the workspace in the address, and only addresses that person may read (checked against each GET
 * route's declared access, as the access hook will). Anyone else, a foreign or unknown workspace
 * id included, gets none: the page then fetches as it always did, and learns nothing here.
 */
export function createPageDataPreloads(dependencies: PageDataPreloadDependencies) {
  // Read on first use: routes registered in plugins are declared once the app is ready.
  let getRoutes: { test: RegExp; access: DeclaredRoute['access']; params: number }[] | undefined;
  const now = dependencies.now ?? (() => new Date());

  function mayRead(address: string, role: Role): boolean {
    getRoutes ??= dependencies.declaredRoutes
      .filter((route) => route.method === 'GET')
      .map((route) => ({
        test: routeTest(route.url),
        access: route.access,
        params: route.url.split(':').length,
      }))
      // `/posts/due-by-hand` is its own route, not `/posts/:postId`: the most literal match wins.
      .sort((a, b) => a.params - b.params);
    const path = address.split('?')[0] ?? address;
    const route = getRoutes.find((candidate) => candidate.test.test(path));
    if (!route) return false;
    if (route.access === 'public' || route.access === 'user') return true;
    return typeof route.access === 'object' && 'workspace' in route.access
      ? canAccessWorkspace(role, route.access.workspace)
      : false;
  }

  return async function pageDataPreloads(
    request: FastifyRequest,
    reply: FastifyReply,
    pathname: string,
    pattern: string | undefined,
  ): Promise<PageDataPlan> {
    if (!pattern?.startsWith('/w/$workspaceId')) return nothing;
    const workspaceId = pathname.split('/')[2] ?? '';
    if (!uuidPattern.test(workspaceId) || !sessionCookie.test(request.headers.cookie ?? '')) return nothing;
    const user = await dependencies.findUserBySession(request, reply);
    if (!user) return nothing;
    const role = await dependencies.findRole(workspaceId, user.id);
    if (!role) return nothing;
    const settings = await dependencies.findSettings(workspaceId);
    if (!settings) return nothing;
    const subject = {
      workspaceId,
      userId: user.id,
      role,
      timeZone: settings.timeZone,
      now: now(),
      params: routeParams(pattern, pathname),
      search: new URLSearchParams(request.url.split('?')[1] ?? ''),
    };
    const readable = (address: string) => mayRead(address, role);
    return {
      addresses: pageDataAddresses(pattern, subject).filter(readable),
      after: (answers) => pageDataFollowUps(pattern, subject, answers).filter(readable),
    };
  };
}

export type PageDataPreloads = ReturnType<typeof createPageDataPreloads>;
