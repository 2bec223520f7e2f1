import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  createTrackingWorld,
  type TrackingWorld,
} from '../modules/tracking/tracking-test-world.js';
import { as, createTestContext, createWorkspaceFor, type TestContext } from '../testing/test-app.js';

/** The rules of src/core/access that the route-level roles alone did not enforce. */
let context: TestContext;
let world: TrackingWorld;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
});

const mondayBlock = (memberUserId: string | null) => ({
  weekdays: [1],
  startTime: '10:00',
  durationMinutes: 60,
  categoryId: world.categories.communication,
  startsOn: '2026-11-23',
  memberUserId,
});

describe('access rules', () => {
  it('lets a member mark their own and shared blocks, not a teammate’s; a manager marks anyone’s', async () => {
    const alice = await addMember(context, world, 'member');
    const bruno = await addMember(context, world, 'member');
    const manager = await addMember(context, world, 'manager');
    const brunos = (await world.call('POST', '/routine/blocks', mondayBlock(bruno.id))).json().id;
    const shared = (
      await world.call('POST', '/routine/blocks', { ...mondayBlock(null), startTime: '14:00' })
    ).json().id;
    const mark = (blockId: string) => `/routine/blocks/${blockId}/occurrences/2026-11-23/mark`;

    expect((await world.call('POST', mark(brunos), { status: 'done' }, alice)).statusCode).toBe(403);
    expect((await world.call('POST', mark(shared), { status: 'done' }, alice)).statusCode).toBe(200);
    expect((await world.call('POST', mark(brunos), { status: 'done' }, bruno)).statusCode).toBe(200);
    expect((await world.call('DELETE', mark(brunos), undefined, alice)).statusCode).toBe(403);
    expect((await world.call('DELETE', mark(brunos), undefined, manager)).statusCode).toBe(204);
    expect((await world.call('POST', mark(brunos), { status: 'skipped' }, manager)).statusCode).toBe(200);
  });

  it('refuses a routine block of another workspace in a time entry or a timer', async () => {
    const outsiderWorld = await createTrackingWorld(context);
    const foreignBlock = (
      await outsiderWorld.call('POST', '/routine/blocks', {
        ...mondayBlock(null),
        categoryId: outsiderWorld.categories.communication,
      })
    ).json().id;
    const link = { routineBlockId: foreignBlock, occurrenceDate: '2026-11-23' };
    const entry = await world.call('POST', '/time-entries', {
      categoryId: world.categories.communication,
      startedAt: '2026-11-20T09:00:00Z',
      durationSeconds: 1800,
      ...link,
    });
    expect(entry.statusCode).toBe(422);
    expect(entry.json()).toMatchObject({
      code: 'routine_block_unknown',
      errors: [{ path: 'routineBlockId' }],
    });
    const own = await world.call('POST', '/time-entries', {
      categoryId: world.categories.communication,
      startedAt: '2026-11-20T09:00:00Z',
      durationSeconds: 1800,
    });
    expect((await world.call('PATCH', `/time-entries/${own.json().id}`, link)).json().code).toBe(
      'routine_block_unknown',
    );
    const timer = await world.call('POST', '/timer/start', {
      categoryId: world.categories.communication,
      ...link,
    });
    expect(timer.json().code).toBe('routine_block_unknown');
    expect((await world.call('GET', '/timer')).json().running).toBeNull();
  });

  it('stops the running timer of a member who is removed or leaves', async () => {
    const member = await addMember(context, world, 'member');
    const start = () =>
      world.call('POST', '/timer/start', { categoryId: world.categories.communication }, member);
    expect((await start()).statusCode).toBe(200);
    context.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect((await world.call('DELETE', `/members/${member.id}`)).statusCode).toBe(204);
    const entries = (await world.call('GET', `/time-entries?userId=${member.id}`)).json().entries;
    expect(entries).toMatchObject([{ durationSeconds: 3600, endedAt: '2026-11-23T10:00:00.000Z' }]);
    const me = await as(context.app, member, { method: 'GET', url: '/api/me' });
    expect(me.json().workspaces.map((workspace: { id: string }) => workspace.id)).not.toContain(
      world.workspaceId,
    );
  });

  it('names the workspace where a forgotten timer blocks a new one', async () => {
    expect(
      (await world.call('POST', '/timer/start', { categoryId: world.categories.communication })).statusCode,
    ).toBe(200);
    const otherId = await createWorkspaceFor(context.app, world.owner, 'Boulangerie');
    const otherCategories = (await world.call('GET', `/api/workspaces/${otherId}/categories`)).json();
    context.clock.set(new Date('2027-01-10T09:00:00Z'));
    const refused = await as(context.app, world.owner, {
      method: 'POST',
      url: `/api/workspaces/${otherId}/timer/start`,
      headers: { 'accept-language': 'en' },
      payload: { categoryId: otherCategories[0].id },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'timer_too_long_elsewhere',
      workspaceId: world.workspaceId,
      workspaceName: 'Atelier',
    });
    expect(refused.json().detail).toContain('“Atelier”');
  });
});
