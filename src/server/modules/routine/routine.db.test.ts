import { beforeEach, describe, expect, it } from 'vitest';
import { setUpRoutineWorkspace } from './routine-test-setup.js';

const { world, call, invite } = setUpRoutineWorkspace();

type Occurrence = {
  blockId: string;
  occurrenceDate: string;
  localDate: string;
  startTime: string;
  start: string;
  status: string;
  isMoved: boolean;
  categoryId: string;
};

const block = (overrides: Record<string, unknown>) => ({
  weekdays: [3],
  startTime: '10:00',
  durationMinutes: 60,
  categoryId: world.categoryIds.blogging,
  startsOn: '2026-11-02',
  ...overrides,
});

describe('routine blocks', () => {
  it('creates, lists, edits and deletes a block in the workspace zone', async () => {
    const created = await call(
      'POST',
      '/routine/blocks',
      block({ note: 'Article du mois', networkKey: 'linkedin' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      weekdays: [3],
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'Europe/Paris',
      intervalWeeks: 1,
      memberUserId: null,
      note: 'Article du mois',
    });
    const id = created.json().id;
    const edited = await call('PATCH', `/routine/blocks/${id}`, { startTime: '14:30', weekdays: [5, 2] });
    expect(edited.json()).toMatchObject({
      startTime: '14:30',
      endTime: '15:30',
      weekdays: [2, 5],
      note: 'Article du mois',
    });
    expect((await call('GET', '/routine/blocks')).json()).toHaveLength(1);
    expect((await call('DELETE', `/routine/blocks/${id}`)).statusCode).toBe(204);
    expect((await call('GET', '/routine/blocks')).json()).toEqual([]);
    expect((await call('PATCH', `/routine/blocks/${id}`, { startTime: '09:00' })).statusCode).toBe(404);
  });

  it('defaults the start date to today, and refuses dates out of order and unknown categories', async () => {
    const created = await call('POST', '/routine/blocks', block({ startsOn: undefined }));
    expect(created.json().startsOn).toBe('2026-11-23');
    const reversed = await call('PATCH', `/routine/blocks/${created.json().id}`, { endsOn: '2026-11-01' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().code).toBe('routine_dates');
    const unknown = await call(
      'POST',
      '/routine/blocks',
      block({ categoryId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.json().code).toBe('routine_category_unknown');
    const badTime = await call('POST', '/routine/blocks', block({ startTime: '24:00', durationMinutes: 7 }));
    expect(badTime.statusCode).toBe(400);
    expect(
      badTime
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['durationMinutes', 'startTime']);
  });

  it('refuses Blogging over Stratégie (both complex) with a message naming the clash', async () => {
    const strategy = (
      await call(
        'POST',
        '/routine/blocks',
        block({ categoryId: world.categoryIds.strategie, startTime: '10:00' }),
      )
    ).json();
    const clash = await call('POST', '/routine/blocks', block({ startTime: '10:30' }), world.owner, 'fr');
    expect(clash.statusCode).toBe(409);
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json()).toMatchObject({
      code: 'routine_complex_overlap',
      title: 'Une seule tâche complexe à la fois',
    });
    expect(clash.json().detail).toContain('« Stratégie » le mercredi de 10:00 à 11:00');
    expect(clash.json().overlaps).toEqual([
      {
        blockId: strategy.id,
        categoryId: world.categoryIds.strategie,
        weekday: 3,
        startTime: '10:00',
        endTime: '11:00',
        firstDate: '2026-11-04',
      },
    ]);
    const english = await call('POST', '/routine/blocks', block({ startTime: '10:30' }));
    expect(english.json().detail).toContain('“Strategy” on Wednesday from 10:00 to 11:00');

    // Touching is fine, a simple task alongside is fine, and moving into the clash is refused.
    const after = await call('POST', '/routine/blocks', block({ startTime: '11:00' }));
    expect(after.statusCode).toBe(201);
    const replies = await call(
      'POST',
      '/routine/blocks',
      block({ categoryId: world.categoryIds.communication }),
    );
    expect(replies.statusCode).toBe(201);
    const moved = await call('PATCH', `/routine/blocks/${after.json().id}`, { startTime: '10:45' });
    expect(moved.statusCode).toBe(409);
    expect((await call('GET', '/routine/blocks')).json()).toHaveLength(3);
  });

  it("lets two members do complex tasks at the same time, but not over the workspace's own block", async () => {
    const member = await invite('member');
    const colleague = await invite('member');
    const mine = await call('POST', '/routine/blocks', block({ memberUserId: member.id }));
    expect(mine.statusCode).toBe(201);
    const theirs = await call('POST', '/routine/blocks', block({ memberUserId: colleague.id }));
    expect(theirs.statusCode).toBe(201);
    const shared = await call('POST', '/routine/blocks', block({ categoryId: world.categoryIds.strategie }));
    expect(shared.statusCode).toBe(409);
    expect(shared.json().overlaps).toHaveLength(2);
    const viewer = await invite('viewer');
    const forViewer = await call(
      'POST',
      '/routine/blocks',
      block({ memberUserId: viewer.id, startTime: '15:00' }),
    );
    expect(forViewer.json().code).toBe('routine_member_unknown');
    expect((await call('GET', `/routine/blocks?memberUserId=${member.id}`)).json()).toHaveLength(1);
  });

  it('lets a member mark occurrences but not edit the routine; a viewer does neither', async () => {
    const created = (
      await call('POST', '/routine/blocks', block({ weekdays: [1], startTime: '09:00' }))
    ).json();
    const member = await invite('member');
    const viewer = await invite('viewer');
    expect((await call('POST', '/routine/blocks', block({}), member)).statusCode).toBe(403);
    const mark = `/routine/blocks/${created.id}/occurrences/2026-11-23/mark`;
    expect((await call('POST', mark, { status: 'done' }, viewer)).statusCode).toBe(403);
    const done = await call('POST', mark, { status: 'done' }, member);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', mark: { status: 'done', markedBy: member.id } });
    expect((await call('GET', '/routine/today', undefined, viewer)).json().occurrences).toHaveLength(1);
  });
});

describe('occurrences, marks and exceptions', () => {
  beforeEach(async () => {
    await call('POST', '/routine/generate/reference-week', { mode: 'replace', startsOn: '2026-11-16' });
  });
  const week = async (from = '2026-11-23', to = '2026-11-29') =>
    (await call('GET', `/routine/occurrences?from=${from}&to=${to}`)).json() as {
      occurrences: Occurrence[];
      adherence: { done: number; missed: number; pending: number; toMark: number };
    };

  it('lists the week with statuses: past days missed unless done or skipped', async () => {
    const monday = (await week()).occurrences.filter((one) => one.localDate === '2026-11-23');
    expect(monday.map((one) => [one.startTime, one.status])).toEqual([
      ['09:00', 'planned'],
      ['10:00', 'planned'],
    ]);
    const [replies, batch] = monday as [Occurrence, Occurrence];
    await call('POST', `/routine/blocks/${replies.blockId}/occurrences/2026-11-23/mark`, { status: 'done' });
    await call('POST', `/routine/blocks/${batch.blockId}/occurrences/2026-11-23/mark`, { status: 'started' });
    const today = (await call('GET', '/routine/today')).json();
    expect(today.occurrences.map((one: Occurrence) => one.status)).toEqual(['done', 'started']);
    expect(today.unfinished).toHaveLength(1);

    world.context.clock.set(new Date('2026-11-24T08:30:00Z'));
    const later = await week();
    expect(later.occurrences.slice(0, 2).map((one) => one.status)).toEqual(['done', 'missed']);
    // Tuesday's 30 min of replies ended at 09:30 (Paris), right now: to mark, no longer to come.
    expect(later.adherence).toMatchObject({ done: 1, missed: 1, pending: 5, toMark: 1 });
    const tuesday = (await call('GET', '/routine/today')).json();
    expect(tuesday.date).toBe('2026-11-24');
    expect(tuesday.occurrences.map((one: Occurrence) => [one.startTime, one.status])).toEqual([
      ['09:00', 'planned'],
    ]);
    expect(tuesday.unfinished.map((one: Occurrence) => [one.localDate, one.status])).toEqual([
      ['2026-11-23', 'missed'],
    ]);

    const future = await call('POST', `/routine/blocks/${replies.blockId}/occurrences/2026-11-30/mark`, {
      status: 'done',
    });
    expect(future.json().code).toBe('routine_occurrence_in_future');
    const notADay = await call('POST', `/routine/blocks/${replies.blockId}/occurrences/2026-11-24/mark`, {
      status: 'done',
    });
    expect(notADay.json().code).toBe('routine_not_an_occurrence');
    expect(
      (await call('DELETE', `/routine/blocks/${batch.blockId}/occurrences/2026-11-23/mark`)).statusCode,
    ).toBe(204);
    expect((await week()).occurrences[1]?.status).toBe('missed');
  });

  it('moves and cancels one occurrence without touching the series, and restores it', async () => {
    const occurrences = (await week()).occurrences;
    const deep = occurrences.find(
      (one) => one.localDate === '2026-11-25' && one.startTime === '09:30',
    ) as Occurrence;
    const thursday = occurrences.find((one) => one.localDate === '2026-11-26') as Occurrence;
    const cancel = await call('PUT', `/routine/blocks/${deep.blockId}/exceptions/2026-11-25`, {
      kind: 'cancelled',
    });
    expect(cancel.statusCode).toBe(200);
    const move = await call('PUT', `/routine/blocks/${thursday.blockId}/exceptions/2026-11-26`, {
      kind: 'moved',
      newDate: '2026-11-27',
      newStartTime: '14:00',
    });
    expect(move.json()).toMatchObject({ kind: 'moved', newDate: '2026-11-27', newStartTime: '14:00' });
    const after = (await week()).occurrences;
    expect(after).toHaveLength(occurrences.length - 1);
    expect(after.some((one) => one.blockId === deep.blockId && one.localDate === '2026-11-25')).toBe(false);
    const moved = after.find((one) => one.isMoved) as Occurrence;
    expect(moved).toMatchObject({
      occurrenceDate: '2026-11-26',
      localDate: '2026-11-27',
      startTime: '14:00',
    });
    expect(moved.start).toBe('2026-11-27T13:00:00Z');
    // Next week is untouched.
    const next = (await week('2026-11-30', '2026-12-06')).occurrences;
    expect(next).toHaveLength(occurrences.length);

    const cancelledMark = await call('POST', `/routine/blocks/${deep.blockId}/occurrences/2026-11-25/mark`, {
      status: 'skipped',
    });
    expect(cancelledMark.json().code).toBe('routine_occurrence_cancelled');
    expect((await call('DELETE', `/routine/blocks/${deep.blockId}/exceptions/2026-11-25`)).statusCode).toBe(
      204,
    );
    expect((await call('DELETE', `/routine/blocks/${deep.blockId}/exceptions/2026-11-25`)).statusCode).toBe(
      404,
    );
    expect((await week()).occurrences).toHaveLength(occurrences.length);
    const wrongDay = await call('PUT', `/routine/blocks/${deep.blockId}/exceptions/2026-11-24`, {
      kind: 'cancelled',
    });
    expect(wrongDay.json().code).toBe('routine_not_an_occurrence');
  });

  it('refuses ranges that are reversed or too long', async () => {
    expect((await call('GET', '/routine/occurrences?from=2026-11-29&to=2026-11-23')).statusCode).toBe(400);
    expect((await call('GET', '/routine/occurrences?from=2026-01-01&to=2026-12-31')).statusCode).toBe(400);
    expect((await call('GET', '/routine/occurrences?from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
  });
});
