import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, createWorkspaceFor, type TestContext } from '../../testing/test-app.js';
import { addMember, createTrackingWorld, type TrackingWorld } from './tracking-test-world.js';

let context: TestContext;
let world: TrackingWorld;
const minutes = (count: number) => count * 60_000;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
});

describe('timer', () => {
  it('starts, switches (the previous one stops in the same instant) and stops: one task at a time', async () => {
    expect((await world.call('GET', '/timer')).json()).toMatchObject({
      running: null,
      runningElsewhere: null,
    });
    const started = await world.call('POST', '/timer/start', {
      categoryId: world.categories.veille,
      note: 'Fil',
    });
    expect(started.statusCode).toBe(200);
    expect(started.json().running).toMatchObject({
      categoryId: world.categories.veille,
      note: 'Fil',
      origin: 'timer',
      endedAt: null,
      elapsedSeconds: 0,
      isForgotten: false,
    });

    context.clock.advance(minutes(10) + 400); // sub-second parts are dropped: whole seconds only
    const switched = (
      await world.call('POST', '/timer/start', {
        categoryId: world.categories.communication,
        networkKey: 'instagram',
      })
    ).json();
    expect(switched.running).toMatchObject({
      categoryId: world.categories.communication,
      networkKey: 'instagram',
    });
    context.clock.advance(minutes(5));
    expect((await world.call('GET', '/timer')).json().running.elapsedSeconds).toBe(300);

    const stopped = await world.call('POST', '/timer/stop');
    expect(stopped.json().stopped).toMatchObject({
      durationSeconds: 300,
      endedAt: '2026-11-23T09:15:00.000Z',
    });
    const entries = (await world.call('GET', '/time-entries')).json();
    expect(entries.entries.map((entry: { durationSeconds: number }) => entry.durationSeconds)).toEqual([
      300, 600,
    ]);
    expect(entries.totalSeconds).toBe(900);

    const again = await world.call('POST', '/timer/stop');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('timer_not_running');
  });

  it('keeps one running timer per person across workspaces, and says where it runs', async () => {
    const clientB = await createWorkspaceFor(context.app, world.owner, 'Client B');
    const clientBCategories = (await world.call('GET', `/api/workspaces/${clientB}/categories`)).json();
    await world.call('POST', '/timer/start', { categoryId: world.categories.veille });
    context.clock.advance(minutes(20));
    await world.call('POST', `/api/workspaces/${clientB}/timer/start`, {
      categoryId: clientBCategories[0].id,
    });

    const here = (await world.call('GET', '/timer')).json();
    expect(here.running).toBeNull();
    expect(here.runningElsewhere).toMatchObject({ workspaceId: clientB, workspaceName: 'Client B' });
    const [first] = (await world.call('GET', '/time-entries')).json().entries;
    expect(first.durationSeconds).toBe(1200);
    expect((await world.call('POST', '/timer/stop')).statusCode).toBe(409);
  });

  it('lets two devices race to start: exactly one timer runs afterwards', async () => {
    await Promise.all([
      world.call('POST', '/timer/start', { categoryId: world.categories.veille }),
      world.call('POST', '/timer/start', { categoryId: world.categories.analyse }),
    ]);
    context.clock.advance(minutes(1));
    const page = (await world.call('GET', '/time-entries')).json();
    expect(page.entries.filter((entry: { endedAt: string | null }) => entry.endedAt === null)).toHaveLength(
      1,
    );
  });

  it('drops a timer stopped within the second it started (a misclick), keeping nothing empty', async () => {
    await world.call('POST', '/timer/start', { categoryId: world.categories.veille });
    expect((await world.call('POST', '/timer/stop')).json()).toEqual({ stopped: null });
    expect((await world.call('GET', '/time-entries')).json().total).toBe(0);
  });

  it('flags a forgotten timer after the workspace limit and cuts it back to a past time', async () => {
    const settings = await world.call('PATCH', '/tracking/settings', { forgottenTimerMinutes: 60 });
    expect(settings.json()).toEqual({ forgottenTimerMinutes: 60 });
    await world.call('POST', '/timer/start', { categoryId: world.categories.blogging });
    context.clock.advance(minutes(59));
    expect((await world.call('GET', '/timer')).json().running.isForgotten).toBe(false);
    context.clock.advance(minutes(2 * 60));
    const forgotten = (await world.call('GET', '/timer')).json();
    expect(forgotten.running.isForgotten).toBe(true);
    expect(forgotten.forgottenTimerMinutes).toBe(60);

    const future = await world.call('POST', '/timer/cut-back', { endedAt: '2026-11-23T13:00:00Z' });
    expect(future.statusCode).toBe(422);
    expect(future.json()).toMatchObject({ code: 'entry_end_after_now', errors: [{ path: 'endedAt' }] });
    const beforeStart = await world.call('POST', '/timer/cut-back', { endedAt: '2026-11-23T08:00:00Z' });
    expect(beforeStart.json().code).toBe('entry_end_not_after_start');

    const cut = await world.call('POST', '/timer/cut-back', { endedAt: '2026-11-23T10:15:00+01:00' });
    expect(cut.statusCode).toBe(200);
    expect(cut.json()).toMatchObject({ endedAt: '2026-11-23T09:15:00.000Z', durationSeconds: 900 });
    expect((await world.call('GET', '/timer')).json().running).toBeNull();
  });

  it('starts the timer when a routine occurrence is started, linked to it', async () => {
    const block = await world.call('POST', '/routine/blocks', {
      weekdays: [1],
      startTime: '10:00',
      durationMinutes: 60,
      categoryId: world.categories.communication,
      startsOn: '2026-11-23',
    });
    expect(block.statusCode).toBe(201);
    const marked = await world.call(
      'POST',
      `/routine/blocks/${block.json().id}/occurrences/2026-11-23/mark`,
      { status: 'started' },
    );
    expect(marked.statusCode).toBe(200);
    expect((await world.call('GET', '/timer')).json().running).toMatchObject({
      categoryId: world.categories.communication,
      routineBlockId: block.json().id,
      occurrenceDate: '2026-11-23',
    });
  });

  it('stops the occurrence’s timer, recording the time, when the occurrence is marked done or skipped', async () => {
    const block = await world.call('POST', '/routine/blocks', {
      weekdays: [1],
      startTime: '10:00',
      durationMinutes: 60,
      categoryId: world.categories.communication,
      startsOn: '2026-11-23',
    });
    const path = `/routine/blocks/${block.json().id}/occurrences/2026-11-23/mark`;
    await world.call('POST', path, { status: 'started' });
    context.clock.advance(minutes(25));
    expect((await world.call('POST', path, { status: 'done' })).statusCode).toBe(200);
    expect((await world.call('GET', '/timer')).json().running).toBeNull();
    const entries = (await world.call('GET', '/time-entries')).json().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ durationSeconds: 1500, routineBlockId: block.json().id });

    // Another timer than the occurrence's keeps running when the occurrence is skipped.
    await world.call('POST', path, { status: 'started' });
    await world.call('POST', '/timer/start', { categoryId: world.categories.veille });
    context.clock.advance(minutes(5));
    await world.call('POST', path, { status: 'skipped' });
    expect((await world.call('GET', '/timer')).json().running).toMatchObject({
      categoryId: world.categories.veille,
    });
  });

  it('lets a manager fix a member’s entry, but not a member another’s', async () => {
    const member = await addMember(context, world, 'member');
    const manager = await addMember(context, world, 'manager');
    const entry = (
      await world.call(
        'POST',
        '/time-entries',
        { categoryId: world.categories.veille, startedAt: '2026-11-20T09:00:00Z', durationSeconds: 600 },
        member,
      )
    ).json();
    expect(entry.userId).toBe(member.id);
    const byOther = await world.call(
      'PATCH',
      `/time-entries/${entry.id}`,
      { note: 'x' },
      await addMember(context, world, 'member'),
    );
    expect(byOther.statusCode).toBe(403);
    const byManager = await world.call('PATCH', `/time-entries/${entry.id}`, { note: 'Corrigé' }, manager);
    expect(byManager.json()).toMatchObject({ note: 'Corrigé', userId: member.id });
  });
});
