import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.js';
import { addMember, createTrackingWorld, type TrackingWorld } from './tracking-test-world.js';

let context: TestContext;
let world: TrackingWorld;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z')); // Monday
  world = await createTrackingWorld(context);
});

const track = async (categoryKey: string, startedAt: string, endedAt: string, user = world.owner) => {
  const response = await world.call(
    'POST',
    '/time-entries',
    { categoryId: world.categories[categoryKey], startedAt, endedAt, userId: user.id },
    user,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};
type ReportRow = { categoryId: string; secondsByDay?: number[]; trackedSeconds?: number };
const row = (view: { rows: ReportRow[] }, categoryKey: string) =>
  view.rows.find((candidate) => candidate.categoryId === world.categories[categoryKey]);

describe('timesheet', () => {
  it('turns a typed day total into one grid entry, resizes it, and never goes below timed entries', async () => {
    const set = (seconds: number, date = '2026-11-17') =>
      world.call('PUT', '/timesheet/cell', { categoryId: world.categories.veille, date, seconds });
    const first = await set(7200);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ weekStart: '2026-11-16', userId: world.owner.id });
    expect(first.json().days).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(first.json().rows).toHaveLength(7); // every active category, typed into or not
    expect(row(first.json(), 'veille')).toMatchObject({
      secondsByDay: [0, 7200, 0, 0, 0, 0, 0],
      totalSeconds: 7200,
    });
    const [gridEntry] = (await world.call('GET', '/time-entries')).json().entries;
    expect(gridEntry).toMatchObject({
      origin: 'grid',
      startedAt: '2026-11-17T08:00:00.000Z',
      durationSeconds: 7200,
    });

    await set(3600);
    const entries = (await world.call('GET', '/time-entries')).json().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: gridEntry.id, durationSeconds: 3600 });

    await track('veille', '2026-11-17T15:00:00Z', '2026-11-17T15:30:00Z');
    const withTimed = (await world.call('GET', '/timesheet?weekStart=2026-11-20')).json();
    expect(row(withTimed, 'veille')).toMatchObject({
      secondsByDay: [0, 5400, 0, 0, 0, 0, 0],
      timedSecondsByDay: [0, 1800, 0, 0, 0, 0, 0],
    });
    const below = await set(600);
    expect(below.statusCode).toBe(422);
    expect(below.json()).toMatchObject({
      code: 'timesheet_below_timed_entries',
      errors: [{ path: 'seconds' }],
    });
    expect(below.json().detail).toContain('0:30');

    const toTimedOnly = (await set(1800)).json();
    expect(row(toTimedOnly, 'veille')?.secondsByDay?.[1]).toBe(1800);
    expect(
      (await world.call('GET', '/time-entries'))
        .json()
        .entries.map((entry: { origin: string }) => entry.origin),
    ).toEqual(['manual']);
    expect((await set(600, '2026-11-24')).json().code).toBe('entry_in_future');
  });

  it('splits an entry from Sunday 23:00 to Monday 01:00 (Paris) between the two weeks, 60/60 min', async () => {
    await track('communication', '2026-11-22T22:00:00Z', '2026-11-23T00:00:00Z');
    const before = (await world.call('GET', '/timesheet?weekStart=2026-11-16')).json();
    const after = (await world.call('GET', '/timesheet?weekStart=2026-11-23')).json();
    expect(row(before, 'communication')?.secondsByDay).toEqual([0, 0, 0, 0, 0, 0, 3600]);
    expect(row(after, 'communication')?.secondsByDay).toEqual([3600, 0, 0, 0, 0, 0, 0]);
    const lastWeek = (await world.call('GET', '/planned-vs-actual?weekStart=2026-11-22')).json();
    const thisWeek = (await world.call('GET', '/planned-vs-actual')).json();
    expect(row(lastWeek, 'communication')).toMatchObject({ trackedSeconds: 3600, trackedMinutes: 60 });
    expect(row(thisWeek, 'communication')).toMatchObject({ trackedSeconds: 3600 });
    expect(thisWeek.week.weekStart).toBe('2026-11-23');
  });

  it('counts a week with the autumn DST change as 169 hours, with the night’s entry on Sunday', async () => {
    // 25 October 2026, 01:30Z -> 03:30Z: 02:30 CET -> 04:30 CET, after clocks went back at 01:00Z.
    await track('analyse', '2026-10-25T01:30:00Z', '2026-10-25T03:30:00Z');
    const view = (await world.call('GET', '/planned-vs-actual?weekStart=2026-10-25')).json();
    expect(view.week).toEqual({
      weekStart: '2026-10-19',
      startsAt: '2026-10-18T22:00:00Z',
      endsAt: '2026-10-25T23:00:00Z',
      lengthSeconds: 169 * 3600,
    });
    expect(row(view, 'analyse')?.trackedSeconds).toBe(7200);
    const grid = (await world.call('GET', '/timesheet?weekStart=2026-10-19')).json();
    expect(row(grid, 'analyse')?.secondsByDay).toEqual([0, 0, 0, 0, 0, 0, 7200]);
  });
});

describe('planned vs actual', () => {
  it('compares the 10 h budget, the routine and tracked time, costed at each member’s hourly cost', async () => {
    await world.call('POST', '/budget/preset', { preset: 'low10' });
    const member = await addMember(context, world, 'member');
    const unpriced = await addMember(context, world, 'member');
    await world.call('PATCH', `/members/${world.owner.id}`, { hourlyCostCents: 4000 });
    await world.call('PATCH', `/members/${member.id}`, { hourlyCostCents: 2000 });
    await track('veille', '2026-11-17T09:00:00Z', '2026-11-17T11:00:00Z');
    await track('veille', '2026-11-18T09:00:00Z', '2026-11-18T10:00:00Z', member);
    await track('communication', '2026-11-19T09:00:00Z', '2026-11-19T10:00:00Z');
    await track('curation', '2026-11-19T12:00:00Z', '2026-11-19T12:30:00Z', unpriced);
    const block = await world.call('POST', '/routine/blocks', {
      weekdays: [1, 3],
      startTime: '10:00',
      durationMinutes: 60,
      categoryId: world.categories.communication,
      startsOn: '2026-11-16',
    });
    expect(block.statusCode, block.body).toBe(201);
    await world.call('POST', `/routine/blocks/${block.json().id}/occurrences/2026-11-16/mark`, {
      status: 'done',
    });

    const view = (await world.call('GET', '/planned-vs-actual?weekStart=2026-11-18')).json();
    expect(view.week.weekStart).toBe('2026-11-16');
    expect(view.currency).toBe('EUR');
    expect(row(view, 'veille')).toMatchObject({
      budgetMinutes: 120,
      routineMinutes: 0,
      trackedSeconds: 10_800,
      trackedMinusBudgetSeconds: 3600,
      budgetUsedRatio: 1.5,
      trackedCostCents: 10_000, // 2 h × 40 € + 1 h × 20 €
    });
    expect(row(view, 'communication')).toMatchObject({
      budgetMinutes: 60,
      routineMinutes: 120,
      routineMinusBudgetMinutes: 60,
      trackedSeconds: 3600,
      trackedCostCents: 4000,
    });
    expect(row(view, 'curation')).toMatchObject({ trackedSeconds: 1800, trackedCostCents: 0 });
    expect(view.totals).toMatchObject({
      budgetMinutes: 600,
      routineMinutes: 120,
      trackedSeconds: 16_200,
      trackedCostCents: 14_000,
    });
    expect(view.adherence).toEqual({ planned: 2, done: 1, pending: 0, toMark: 0, ratio: 0.5 });
    // This week (Monday morning): nothing settled yet, two blocks still to come, no ratio.
    const thisWeek = (await world.call('GET', '/planned-vs-actual')).json();
    expect(thisWeek.adherence).toEqual({ planned: 0, done: 0, pending: 2, toMark: 0, ratio: null });
    expect(view.membersWithoutHourlyCost).toEqual([{ userId: unpriced.id, name: unpriced.name }]);

    const memberOnly = (
      await world.call('GET', `/planned-vs-actual?weekStart=2026-11-16&userId=${member.id}`)
    ).json();
    expect(memberOnly.totals).toMatchObject({ trackedSeconds: 3600, trackedCostCents: 2000 });
  });

  it('gives a 12-week trend, oldest first, split at week boundaries', async () => {
    await world.call('PATCH', `/members/${world.owner.id}`, { hourlyCostCents: 3000 });
    await world.call('POST', '/budget/preset', { preset: 'essential6' });
    await track('blogging', '2026-09-07T08:00:00Z', '2026-09-07T10:00:00Z');
    await track('communication', '2026-11-22T22:00:00Z', '2026-11-23T00:00:00Z');
    const trend = (await world.call('GET', '/planned-vs-actual/trend')).json();
    expect(trend.weeks).toHaveLength(12);
    expect(trend.weeks[0].week.weekStart).toBe('2026-09-07');
    expect(trend.weeks[11].week.weekStart).toBe('2026-11-23');
    expect(trend.weeks.map((week: { trackedSeconds: number }) => week.trackedSeconds)).toEqual([
      7200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3600, 3600,
    ]);
    expect(trend.weeks[0]).toMatchObject({
      budgetMinutes: 360,
      trackedCostCents: 6000,
      byCategory: [{ categoryId: world.categories.blogging, trackedSeconds: 7200 }],
    });
    expect(
      (await world.call('GET', '/planned-vs-actual/trend?weeks=4&weekStart=2026-09-30')).json().weeks,
    ).toHaveLength(4);
  });

  it('shows an archived category while the routine still plans it, with the budget comparison’s rows', async () => {
    await world.call('POST', '/budget/preset', { preset: 'low10' });
    const block = (blockCategory: string, weekdays: number[], startsOn: string, endsOn: string | null) =>
      world.call('POST', '/routine/blocks', {
        weekdays,
        startTime: '10:00',
        durationMinutes: 90,
        categoryId: world.categories[blockCategory],
        startsOn,
        endsOn,
      });
    // Planned in the week of 16 November only; idle the week after.
    expect((await block('veille', [2, 4], '2026-11-16', '2026-11-22')).statusCode).toBe(201);
    expect((await block('curation', [5], '2026-11-16', null)).statusCode).toBe(201);
    const archived = await world.call('PATCH', `/categories/${world.categories.veille}`, {
      isArchived: true,
    });
    expect(archived.statusCode, archived.body).toBe(200);

    const planned = (await world.call('GET', '/planned-vs-actual?weekStart=2026-11-16')).json();
    expect(row(planned, 'veille')).toMatchObject({ budgetMinutes: 0, routineMinutes: 180 });
    expect(row(planned, 'curation')).toMatchObject({ routineMinutes: 90 });
    const comparison = (await world.call('GET', '/routine/comparison?week=2026-11-16')).json();
    expect(planned.totals.routineMinutes).toBe(comparison.totalRoutineMinutes);

    const idle = (await world.call('GET', '/planned-vs-actual?weekStart=2026-11-23')).json();
    expect(row(idle, 'veille')).toBeUndefined();
    expect(idle.totals.routineMinutes).toBe(90);

    const trend = (await world.call('GET', '/planned-vs-actual/trend?weeks=2&weekStart=2026-11-23')).json();
    expect(trend.weeks.map((week: { routineMinutes: number }) => week.routineMinutes)).toEqual([270, 90]);
  });
});

describe('demo workspace', () => {
  it('has four weeks of tracked time on the routine’s categories, costed, last week’s story included', async () => {
    const demo = await world.call('POST', '/api/demo-workspace', {});
    expect(demo.statusCode).toBe(201);
    const demoId = demo.json().workspaceId;
    const trend = (
      await world.call('GET', `/api/workspaces/${demoId}/planned-vs-actual/trend?weeks=5`)
    ).json();
    const tracked = trend.weeks.map((week: { trackedSeconds: number }) => week.trackedSeconds);
    expect(tracked.slice(0, 4).every((seconds: number) => seconds > 4 * 3600)).toBe(true);
    expect(tracked[4]).toBe(0); // nothing yet this Monday morning: entries stop yesterday
    const lastWeek = (
      await world.call('GET', `/api/workspaces/${demoId}/planned-vs-actual?weekStart=2026-11-16`)
    ).json();
    const byKey = Object.fromEntries(
      (
        (await world.call('GET', `/api/workspaces/${demoId}/categories`)).json() as {
          id: string;
          referenceKey: string;
        }[]
      ).map((category) => [category.referenceKey, category.id]),
    );
    const lastWeekRow = (key: string) =>
      lastWeek.rows.find((candidate: { categoryId: string }) => candidate.categoryId === byKey[key]);
    expect(lastWeekRow('blogging').trackedSeconds).toBe(0); // the deep piece was skipped
    expect(lastWeekRow('communication').trackedSeconds).toBeGreaterThan(0);
    expect(lastWeek.totals.trackedCostCents).toBeGreaterThan(0);
    expect(lastWeek.totals.routineMinutes).toBe(360);
    expect(lastWeek.adherence).toMatchObject({ planned: 8, done: 6 });
  });
});
