import { beforeEach, describe, expect, it } from 'vitest';
import { testBaseUrl } from '../../testing/test-app.js';
import { setUpRoutineWorkspace } from './routine-test-setup.js';

const { world, call, invite } = setUpRoutineWorkspace();

type Occurrence = {
  blockId: string;
  occurrenceDate: string;
  templateKey: string | null;
  durationMinutes: number;
  start: string;
  isRush: boolean;
  isMoved: boolean;
};
type Week = { occurrences: Occurrence[]; cancelled: Occurrence[]; rushWeeks: string[] };

/**
 * Rush mode over the API. The reference week runs from 2026-11-16; the clock is Monday 23 November
 * 2026, 10:00 in Paris; the rush week chosen is 30 November - 6 December, the week after is left
 * alone. One of the person's own exceptions (Friday's analysis cancelled) must survive both switches.
 */
describe('rush weeks', () => {
  const twoWeeks = async () =>
    (await call('GET', '/routine/occurrences?from=2026-11-30&to=2026-12-13')).json() as Week;
  const feedUrl = async () =>
    ((await call('POST', '/calendar-feeds/workspace')).json().url as string).replace(testBaseUrl, '');
  // Unfolded (RFC 5545 folds long lines), without DTSTAMP (the time the feed was written).
  const readFeed = async (url: string) =>
    (await world.context.app.inject({ method: 'GET', url })).body
      .replace(/\r\n /g, '')
      .replace(/DTSTAMP:\S+/g, '');
  let replies: string[] = [];

  beforeEach(async () => {
    const generated = await call('POST', '/routine/generate/reference-week', {
      mode: 'replace',
      startsOn: '2026-11-16',
    });
    const blocks = generated.json().blocks as { id: string; templateKey: string }[];
    replies = blocks.filter((block) => block.templateKey === 'replies').map((block) => block.id);
    const analysis = blocks.find((block) => block.templateKey === 'weekly_analysis');
    const cancelled = await call('PUT', `/routine/blocks/${analysis?.id}/exceptions/2026-12-11`, {
      kind: 'cancelled',
    });
    expect(cancelled.statusCode).toBe(200);
  });

  it('shrinks the chosen week to short replies and batch, shows it everywhere, and gives the exact plan back', async () => {
    const before = await twoWeeks();
    const url = await feedUrl();
    const feedBefore = await readFeed(url);
    const todayBefore = (await call('GET', '/routine/today?date=2026-12-01')).json();
    expect(todayBefore.isRushWeek).toBe(false);

    const on = await call('PUT', '/routine/rush-weeks/2026-12-02');
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ weekStart: '2026-11-30', turnedOnBy: world.owner.id });
    // Turning it on twice changes nothing.
    expect((await call('PUT', '/routine/rush-weeks/2026-11-30')).json()).toEqual(on.json());
    expect((await call('GET', '/routine/rush-weeks')).json()).toEqual({
      currentWeekStart: '2026-11-23',
      weeks: [on.json()],
    });

    const during = await twoWeeks();
    expect(during.rushWeeks).toEqual(['2026-11-30']);
    const rushWeek = during.occurrences.filter((occurrence) => occurrence.occurrenceDate <= '2026-12-06');
    expect(rushWeek.map((occurrence) => [occurrence.templateKey, occurrence.durationMinutes])).toEqual([
      ['replies', 15],
      ['batch', 30],
      ['replies', 15],
      ['replies', 15],
      ['replies', 15],
      ['replies', 15],
    ]);
    expect(rushWeek.every((occurrence) => occurrence.isRush && !occurrence.isMoved)).toBe(true);
    expect(during.cancelled.map((occurrence) => [occurrence.templateKey, occurrence.isRush])).toEqual([
      ['deep_content', true],
      ['weekly_analysis', true],
      ['weekly_analysis', false],
    ]);
    // The week after is exactly as before.
    const nextWeek = (week: Week) =>
      week.occurrences.filter((occurrence) => occurrence.occurrenceDate > '2026-12-06');
    expect(nextWeek(during)).toEqual(nextWeek(before));

    const today = (await call('GET', '/routine/today?date=2026-12-01')).json();
    expect(today.isRushWeek).toBe(true);
    expect(today.occurrences).toHaveLength(1);
    expect(today.occurrences[0]).toMatchObject({ templateKey: 'replies', durationMinutes: 15, isRush: true });

    const feed = await readFeed(url);
    expect(feed).toContain(
      'SUMMARY:Réponses aux commentaires et messages (Semaine chargée : version courte)',
    );
    expect(feed).toContain('EXDATE;TZID=Europe/Paris:20261202T093000');
    expect(feed).not.toEqual(feedBefore);

    const off = await call('DELETE', '/routine/rush-weeks/2026-12-06');
    expect(off.statusCode).toBe(204);
    expect(await twoWeeks()).toEqual(before);
    expect((await call('GET', '/routine/today?date=2026-12-01')).json()).toEqual(todayBefore);
    expect(await readFeed(url)).toEqual(feedBefore);
    expect(replies).toHaveLength(2);
  });

  it('refuses to mark a block the rush week skipped, and marks a shortened one as it is', async () => {
    await call('PUT', '/routine/rush-weeks/2026-11-23');
    const deep = (await call('GET', '/routine/occurrences?from=2026-11-23&to=2026-11-23')).json() as Week;
    const batch = deep.occurrences.find((occurrence) => occurrence.templateKey === 'batch');
    const marked = await call('POST', `/routine/blocks/${batch?.blockId}/occurrences/2026-11-23/mark`, {
      status: 'done',
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({ durationMinutes: 30, isRush: true, isMoved: false });
    const week = (await call('GET', '/routine/occurrences?from=2026-11-23&to=2026-11-29')).json() as Week;
    const skipped = week.cancelled.find((occurrence) => occurrence.templateKey === 'deep_content');
    const refused = await call('POST', `/routine/blocks/${skipped?.blockId}/occurrences/2026-11-25/mark`, {
      status: 'done',
    });
    expect(refused.statusCode).toBe(422);
  });

  it('leaves weeks already over alone, and the switch to managers, with clear errors', async () => {
    const past = await call('PUT', '/routine/rush-weeks/2026-11-20', undefined, world.owner, 'fr');
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'rush_week_over', title: 'Semaine terminée' });
    expect((await call('DELETE', '/routine/rush-weeks/2026-11-16')).statusCode).toBe(422);
    expect((await call('PUT', '/routine/rush-weeks/not-a-date')).statusCode).toBe(400);
    const member = await invite('member');
    expect((await call('PUT', '/routine/rush-weeks/2026-11-30', undefined, member)).statusCode).toBe(403);
    expect((await call('GET', '/routine/rush-weeks', undefined, member)).statusCode).toBe(200);
  });
});
