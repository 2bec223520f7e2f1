import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expandRoutine, type RoutineBlock, type RoutineException } from '../../../core/routine/index.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
  testBaseUrl,
} from '../../testing/test-app.js';

/*
 * The ICS feed, read by an independent parser (ical.js) with the VTIMEZONE it carries, must give
 * the same occurrences (UTC instants) as Cadence's own expansion, over a year spanning both 2026
 * DST changes in Paris, cancelled and moved occurrences included.
 */

let context: TestContext;
let owner: TestUser;
let workspaceId: string;
let categoryIds: Record<string, string>;

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  payload?: object,
  user = owner,
) =>
  as(context.app, user, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

const RANGE_START = '2026-01-01T00:00:00Z';
const RANGE_END = '2027-01-01T00:00:00Z';

type Instant = { blockId: string; start: string; end: string };

const toUtc = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');

/** Every occurrence of every series in `ics` starting in [RANGE_START, RANGE_END), by ical.js alone. */
function expandWithIcalJs(ics: string): Instant[] {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const timezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(timezone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const masters = events.filter((event) => !event.isRecurrenceException());
  for (const exception of events.filter((event) => event.isRecurrenceException())) {
    masters.find((master) => master.uid === exception.uid)?.relateException(exception);
  }
  const instants: Instant[] = [];
  const stopAt = ICAL.Time.fromDateTimeString('2027-01-15T00:00:00Z');
  for (const master of masters) {
    // A TZID the parser did not know would make every time floating (and silently wrong).
    // Single events (occurrences at DST-unclear times) are written in UTC on purpose.
    expect(master.startDate.zone?.tzid).toBe(master.isRecurring() ? 'Europe/Paris' : 'UTC');
    const iterator = master.iterator();
    for (let next = iterator.next(); next && next.compare(stopAt) < 0; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      const start = toUtc(details.startDate);
      if (start >= RANGE_START && start < RANGE_END)
        instants.push({ blockId: master.uid.split(/[_@]/)[0] ?? '', start, end: toUtc(details.endDate) });
    }
  }
  return instants.sort((a, b) => a.start.localeCompare(b.start) || a.blockId.localeCompare(b.blockId));
}

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
  const categories = (await call('GET', '/categories')).json() as { id: string; referenceKey: string }[];
  categoryIds = Object.fromEntries(categories.map((category) => [category.referenceKey, category.id]));
});

async function createBlock(body: Record<string, unknown>) {
  const response = await call('POST', '/routine/blocks', {
    durationMinutes: 60,
    categoryId: categoryIds.communication,
    startsOn: '2026-01-05',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as RoutineBlock & { id: string };
}

async function fetchFeed(url: string) {
  return context.app.inject({ method: 'GET', url: url.replace(testBaseUrl, '') });
}

describe('ICS feed', () => {
  it('matches Cadence expansion over a year across both DST changes, with a cancelled and a moved occurrence', async () => {
    const morning = await createBlock({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: '09:00',
      note: 'Réponses',
    });
    const night = await createBlock({ weekdays: [7], startTime: '02:30', categoryId: categoryIds.veille });
    const fortnightly = await createBlock({
      weekdays: [3, 5],
      startTime: '23:30',
      durationMinutes: 90,
      intervalWeeks: 2,
      endsOn: '2026-12-02',
      categoryId: categoryIds.blogging,
    });
    const exceptions: RoutineException[] = [
      { blockId: morning.id, originalDate: '2026-03-30', kind: 'cancelled' },
      { blockId: night.id, originalDate: '2026-10-25', kind: 'cancelled' },
      {
        blockId: morning.id,
        originalDate: '2026-10-26',
        kind: 'moved',
        newDate: '2026-10-27',
        newStartTime: '14:15',
      },
      {
        blockId: night.id,
        originalDate: '2026-03-22',
        kind: 'moved',
        newDate: '2026-03-29',
        newStartTime: '02:45',
      },
      { blockId: fortnightly.id, originalDate: '2026-07-22', kind: 'moved', newDurationMinutes: 30 },
    ];
    for (const { blockId, originalDate, ...body } of exceptions) {
      const saved = await call('PUT', `/routine/blocks/${blockId}/exceptions/${originalDate}`, body);
      expect(saved.statusCode, saved.body).toBe(200);
    }

    const created = await call('POST', '/calendar-feeds/workspace');
    expect(created.statusCode).toBe(201);
    expect(created.json().url).toMatch(new RegExp(`^${testBaseUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetchFeed(created.json().url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VTIMEZONE');
    expect(feed.body).toContain(`DTSTART;TZID=Europe/Paris:20260105T090000`);

    const blocks = (await call('GET', '/routine/blocks')).json() as RoutineBlock[];
    const expected = expandRoutine(blocks, exceptions, RANGE_START, RANGE_END).map((occurrence) => ({
      blockId: occurrence.blockId,
      start: occurrence.start,
      end: occurrence.end,
    }));
    const fromIcs = expandWithIcalJs(feed.body);
    expect(fromIcs.length).toBeGreaterThan(365);
    expect(fromIcs).toEqual(expected);

    // The DST rule, seen through the independent parser.
    const startsOf = (blockId: string, day: string) =>
      fromIcs.filter((one) => one.blockId === blockId && one.start.startsWith(day)).map((one) => one.start);
    expect(startsOf(morning.id, '2026-03-28')).toEqual(['2026-03-28T08:00:00Z']);
    expect(startsOf(morning.id, '2026-03-29')).toEqual(['2026-03-29T07:00:00Z']);
    expect(startsOf(morning.id, '2026-10-25')).toEqual(['2026-10-25T08:00:00Z']);
    // 02:30 does not exist on 29 March: shifted forward to 03:30 local (01:30Z), as documented.
    // The occurrence moved there at 02:45 is shifted the same way, to 03:45 local.
    expect(startsOf(night.id, '2026-03-29')).toEqual(['2026-03-29T01:30:00Z', '2026-03-29T01:45:00Z']);
    expect(startsOf(night.id, '2026-10-25')).toEqual([]);
    expect(startsOf(night.id, '2026-10-18')).toEqual(['2026-10-18T00:30:00Z']);
  });

  it('happens once at 02:30 on 25 October, and the feed names the category and links back', async () => {
    const night = await createBlock({
      weekdays: [7],
      startTime: '02:30',
      startsOn: '2026-10-19',
      note: 'Veille',
    });
    const feed = await fetchFeed((await call('POST', '/calendar-feeds/workspace')).json().url);
    const fromIcs = expandWithIcalJs(feed.body);
    const blocks = (await call('GET', '/routine/blocks')).json() as RoutineBlock[];
    expect(fromIcs).toEqual(
      expandRoutine(blocks, [], RANGE_START, RANGE_END).map(({ blockId, start, end }) => ({
        blockId,
        start,
        end,
      })),
    );
    // Ambiguous (02:30 happens twice): the earlier instant, still in summer time, and only once.
    expect(fromIcs.filter((one) => one.start.startsWith('2026-10-25'))).toEqual([
      { blockId: night.id, start: '2026-10-25T00:30:00Z', end: '2026-10-25T01:30:00Z' },
    ]);
    // That first occurrence is written in UTC; the series starts the week after, at 02:30 Paris time.
    expect(feed.body).toContain('DTSTART:20261025T003000Z');
    expect(feed.body).toContain('DTSTART;TZID=Europe/Paris:20261101T023000');
    const unfolded = feed.body.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Communication');
    expect(unfolded).toContain(`URL;VALUE=URI:${testBaseUrl}/w/${workspaceId}/routine`);
    expect(unfolded).toMatch(/DESCRIPTION:Veille\\n/);
  });

  it('names each event after its task: the block’s title, else the reference week’s, with the category beside', async () => {
    const titled = await createBlock({
      weekdays: [2],
      startTime: '14:00',
      title: '  Répondre aux avis Google  ',
      description: 'Les avis de la semaine, un par un.',
    });
    expect(titled).toMatchObject({
      title: 'Répondre aux avis Google',
      description: 'Les avis de la semaine, un par un.',
    });
    await call('POST', '/routine/generate/reference-week', { mode: 'add', startsOn: '2026-01-05' });
    const body = (await fetchFeed((await call('POST', '/calendar-feeds/workspace')).json().url)).body;
    const unfolded = body.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Répondre aux avis Google');
    expect(unfolded).toMatch(/DESCRIPTION:Communication\\nLes avis de la semaine\\, un par un\./);
    expect(unfolded).toContain('SUMMARY:Création et programmation des posts de la semaine');
    // An empty title puts the category back.
    const cleared = await call('PATCH', `/routine/blocks/${titled.id}`, { title: '' });
    expect(cleared.json().title).toBeNull();
  });

  it("gives a member their blocks and the workspace's, and revokes and regenerates URLs", async () => {
    const member = await signUp(context.app);
    const invitation = await call('POST', '/invitations', { email: member.email, role: 'member' });
    await as(context.app, member, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    const shared = await createBlock({ weekdays: [1], startTime: '09:00' });
    const theirs = await createBlock({ weekdays: [2], startTime: '09:00', memberUserId: member.id });
    await createBlock({ weekdays: [3], startTime: '09:00', memberUserId: owner.id });

    const personal = await call('POST', '/calendar-feeds/me', undefined, member);
    expect(personal.json().scope).toBe('member');
    const uids = (await fetchFeed(personal.json().url)).body.match(/^UID:.*$/gm);
    expect(uids?.sort()).toEqual([`UID:${shared.id}@cadence`, `UID:${theirs.id}@cadence`].sort());
    expect((await call('GET', '/calendar-feeds', undefined, member)).json()).toMatchObject({
      workspace: null,
      mine: { createdAt: '2026-11-23T09:00:00.000Z', canShowUrl: true },
    });

    const regenerated = await call('POST', '/calendar-feeds/me', undefined, member);
    expect((await fetchFeed(personal.json().url)).statusCode).toBe(404);
    expect((await fetchFeed(regenerated.json().url)).statusCode).toBe(200);
    expect((await call('DELETE', '/calendar-feeds/me', undefined, member)).statusCode).toBe(204);
    expect((await fetchFeed(regenerated.json().url)).statusCode).toBe(404);
    expect((await call('DELETE', '/calendar-feeds/me', undefined, member)).statusCode).toBe(404);

    // A member who leaves takes their feed with them.
    const again = await call('POST', '/calendar-feeds/me', undefined, member);
    await as(context.app, member, { method: 'POST', url: `/api/workspaces/${workspaceId}/leave` });
    expect((await fetchFeed(again.json().url)).statusCode).toBe(404);
    expect((await context.app.inject({ method: 'GET', url: '/api/calendar/not-a-token' })).statusCode).toBe(
      400,
    );
  });

  it('shows a live URL again, unchanged, to whoever may hold it; a feed from before cannot be shown', async () => {
    expect((await call('GET', '/calendar-feeds/workspace')).statusCode).toBe(404);
    const created = (await call('POST', '/calendar-feeds/workspace')).json();
    const shown = await call('GET', '/calendar-feeds/workspace');
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual(created);
    expect((await fetchFeed(shown.json().url)).statusCode).toBe(200);
    expect((await call('GET', '/calendar-feeds')).json()).toEqual({
      workspace: { createdAt: created.createdAt, canShowUrl: true },
      mine: null,
      // The tests' base URL is localhost: Google or Outlook could not fetch it.
      isBaseUrlLocal: true,
      baseUrl: testBaseUrl,
    });

    const viewer = await signUp(context.app);
    const invitation = await call('POST', '/invitations', { email: viewer.email, role: 'viewer' });
    await as(context.app, viewer, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    expect((await call('GET', '/calendar-feeds/workspace', undefined, viewer)).statusCode).toBe(403);

    // A feed whose token was random (made before this scheme) keeps working but cannot be shown.
    await context.database.db.execute(
      sql`update calendar_feeds set token_hash = 'legacy' where user_id is null`,
    );
    expect((await call('GET', '/calendar-feeds')).json().workspace.canShowUrl).toBe(false);
    const legacy = await call('GET', '/calendar-feeds/workspace');
    expect(legacy.statusCode).toBe(409);
    expect(legacy.json().code).toBe('calendar_feed_url_not_kept');
  });
});
