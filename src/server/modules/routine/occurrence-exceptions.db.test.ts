import { beforeEach, describe, expect, it } from 'vitest';
import { setUpRoutineWorkspace } from './routine-test-setup.js';

const { world, call, invite } = setUpRoutineWorkspace();

type Occurrence = { blockId: string; occurrenceDate: string; localDate: string; startTime: string };

/**
 * One occurrence moved or restored on its own (holidays, a busy week) obeys "one complex task at a
 * time" like a series does, on the real occurrences around it; cancelled ones stay listed apart.
 * The reference week (from 2026-11-16) has Blogging on Wednesdays 09:30-10:30; a Stratégie block
 * on Thursdays 14:00-15:00 is added. The clock is Monday 23 November 2026, 10:00 in Paris.
 */
describe('exceptions of one occurrence', () => {
  let deepBlockId = '';
  let strategyBlockId = '';
  const moveDeep = (newDate: string, newStartTime: string, language = 'en') =>
    call(
      'PUT',
      `/routine/blocks/${deepBlockId}/exceptions/2026-11-25`,
      { kind: 'moved', newDate, newStartTime },
      world.owner,
      language,
    );
  const week = async () =>
    (await call('GET', '/routine/occurrences?from=2026-11-23&to=2026-11-29')).json() as {
      occurrences: Occurrence[];
      cancelled: Occurrence[];
    };

  beforeEach(async () => {
    const generated = await call('POST', '/routine/generate/reference-week', {
      mode: 'replace',
      startsOn: '2026-11-16',
    });
    deepBlockId = generated
      .json()
      .blocks.find((block: { templateKey: string }) => block.templateKey === 'deep_content').id;
    const strategy = await call('POST', '/routine/blocks', {
      weekdays: [4],
      startTime: '14:00',
      durationMinutes: 60,
      categoryId: world.categoryIds.strategie,
      startsOn: '2026-11-16',
    });
    expect(strategy.statusCode).toBe(201);
    strategyBlockId = strategy.json().id;
  });

  it('refuses to move a Blogging occurrence over Thursday’s Stratégie, with the same clear 409', async () => {
    const clash = await moveDeep('2026-11-26', '14:30', 'fr');
    expect(clash.statusCode).toBe(409);
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json()).toMatchObject({ code: 'routine_complex_overlap' });
    expect(clash.json().detail).toContain('« Stratégie » le jeudi de 14:00 à 15:00');
    expect(clash.json().overlaps).toEqual([
      {
        blockId: strategyBlockId,
        categoryId: world.categoryIds.strategie,
        weekday: 4,
        startTime: '14:00',
        endTime: '15:00',
        firstDate: '2026-11-26',
      },
    ]);
    // Nothing was saved: Wednesday still has its deep piece.
    const unchanged = await week();
    expect(
      unchanged.occurrences.some((one) => one.blockId === deepBlockId && one.localDate === '2026-11-25'),
    ).toBe(true);
    // Touching is fine, and so is a simple task's slot (Thursday's replies at 09:00 are not complex).
    expect((await moveDeep('2026-11-26', '15:00')).statusCode).toBe(200);
    expect((await moveDeep('2026-11-26', '09:00')).statusCode).toBe(200);
  });

  it('checks a change of duration alone, and another week of the same series', async () => {
    const longer = await call('PUT', `/routine/blocks/${strategyBlockId}/exceptions/2026-11-26`, {
      kind: 'moved',
      newDate: '2026-11-25',
      newStartTime: '08:00',
      newDurationMinutes: 120,
    });
    expect(longer.statusCode).toBe(409);
    expect(longer.json().overlaps[0]).toMatchObject({ blockId: deepBlockId, firstDate: '2026-11-25' });
    // Two occurrences of one complex block at once are still two complex tasks.
    const ontoNextWeek = await call('PUT', `/routine/blocks/${deepBlockId}/exceptions/2026-11-25`, {
      kind: 'moved',
      newDate: '2026-12-02',
      newStartTime: '10:00',
    });
    expect(ontoNextWeek.statusCode).toBe(409);
  });

  it('lets an occurrence into a slot a cancellation freed, then refuses restoring the cancelled one', async () => {
    const cancel = await call('PUT', `/routine/blocks/${strategyBlockId}/exceptions/2026-11-26`, {
      kind: 'cancelled',
    });
    expect(cancel.statusCode).toBe(200);
    expect((await moveDeep('2026-11-26', '14:00')).statusCode).toBe(200);

    const listed = await week();
    expect(listed.cancelled).toEqual([
      expect.objectContaining({
        blockId: strategyBlockId,
        occurrenceDate: '2026-11-26',
        localDate: '2026-11-26',
        startTime: '14:00',
        endTime: '15:00',
        start: '2026-11-26T13:00:00Z',
        categoryId: world.categoryIds.strategie,
      }),
    ]);
    expect(listed.occurrences.some((one) => one.blockId === strategyBlockId)).toBe(false);

    const restore = await call('DELETE', `/routine/blocks/${strategyBlockId}/exceptions/2026-11-26`);
    expect(restore.statusCode).toBe(409);
    expect(restore.json().overlaps[0]).toMatchObject({ blockId: deepBlockId, startTime: '14:00' });
    // Moving the deep piece back first makes room for it.
    expect((await call('DELETE', `/routine/blocks/${deepBlockId}/exceptions/2026-11-25`)).statusCode).toBe(
      204,
    );
    expect(
      (await call('DELETE', `/routine/blocks/${strategyBlockId}/exceptions/2026-11-26`)).statusCode,
    ).toBe(204);
    expect((await week()).cancelled).toEqual([]);
  });

  it('lets a member’s own complex occurrence meet another member’s, not the workspace’s', async () => {
    const member = await invite('member');
    const other = await invite('member');
    const own = (owner: string, startTime: string) =>
      call('POST', '/routine/blocks', {
        weekdays: [5],
        startTime,
        durationMinutes: 60,
        categoryId: world.categoryIds.blogging,
        startsOn: '2026-11-16',
        memberUserId: owner,
      });
    const mine = (await own(member.id, '16:00')).json();
    expect((await own(other.id, '16:00')).statusCode).toBe(201);
    const toThursday = (startTime: string) =>
      call('PUT', `/routine/blocks/${mine.id}/exceptions/2026-11-27`, {
        kind: 'moved',
        newDate: '2026-11-26',
        newStartTime: startTime,
      });
    // Thursday's Stratégie is the workspace's: in everyone's calendar.
    expect((await toThursday('14:15')).statusCode).toBe(409);
    expect((await toThursday('16:00')).statusCode).toBe(200);
  });

  it('answers a foreign block with 404 and a cancelled occurrence stays cancelled when the move is refused', async () => {
    const foreign = await call(
      'PUT',
      '/routine/blocks/00000000-0000-4000-8000-000000000000/exceptions/2026-11-25',
      {
        kind: 'cancelled',
      },
    );
    expect(foreign.statusCode).toBe(404);
    await call('PUT', `/routine/blocks/${deepBlockId}/exceptions/2026-11-25`, { kind: 'cancelled' });
    expect((await moveDeep('2026-11-26', '14:00')).statusCode).toBe(409);
    expect((await week()).cancelled.map((one) => one.blockId)).toEqual([deepBlockId]);
  });
});

describe('a series against occurrences moved on their own', () => {
  it('refuses a new or edited complex series over where a complex occurrence was moved, from today on', async () => {
    const generated = await call('POST', '/routine/generate/reference-week', {
      mode: 'replace',
      startsOn: '2026-11-16',
    });
    const deep = generated
      .json()
      .blocks.find((block: { templateKey: string }) => block.templateKey === 'deep_content');
    // This week's Wednesday deep piece goes to Friday 14:00, on its own.
    const moved = await call('PUT', `/routine/blocks/${deep.id}/exceptions/2026-11-25`, {
      kind: 'moved',
      newDate: '2026-11-27',
      newStartTime: '14:00',
    });
    expect(moved.statusCode).toBe(200);
    const strategy = {
      weekdays: [5],
      startTime: '14:30',
      durationMinutes: 60,
      categoryId: world.categoryIds.strategie,
      startsOn: '2026-11-16',
    };
    const clash = await call('POST', '/routine/blocks', strategy);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().overlaps).toEqual([
      expect.objectContaining({ blockId: deep.id, weekday: 5, startTime: '14:00', firstDate: '2026-11-27' }),
    ]);
    // A series that only starts after that Friday does not meet it; moving it onto Friday does.
    const later = await call('POST', '/routine/blocks', { ...strategy, startsOn: '2026-11-30' });
    expect(later.statusCode).toBe(201);
    const onFriday = await call('PATCH', `/routine/blocks/${later.json().id}`, { startsOn: '2026-11-23' });
    expect(onFriday.statusCode).toBe(409);
    // Once that Friday is in the past, the old move no longer blocks anything.
    world.context.clock.set(new Date('2026-11-28T09:00:00Z'));
    expect(
      (await call('PATCH', `/routine/blocks/${later.json().id}`, { startsOn: '2026-11-23' })).statusCode,
    ).toBe(200);
  });
});
