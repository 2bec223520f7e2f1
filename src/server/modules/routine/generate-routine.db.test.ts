import { describe, expect, it } from 'vitest';
import { as } from '../../testing/test-app.js';
import { setUpRoutineWorkspace } from './routine-test-setup.js';

const { world, call } = setUpRoutineWorkspace();

type Block = { id: string; weekdays: number[]; startTime: string; endTime: string; templateKey: string };

describe('generators and the budget comparison', () => {
  it('generates the 6 h reference week, equal to the essential budget category by category', async () => {
    await call('POST', '/budget/preset', { preset: 'essential6' });
    const generated = await call('POST', '/routine/generate/reference-week', { mode: 'replace' });
    expect(generated.statusCode).toBe(201);
    const blocks = generated.json().blocks as Block[];
    expect(blocks.map((one) => [one.templateKey, one.weekdays, one.startTime, one.endTime])).toEqual(
      expect.arrayContaining([
        ['replies', [1], '09:00', '10:00'],
        ['batch', [1], '10:00', '11:30'],
        ['replies', [2, 3, 4, 5], '09:00', '09:30'],
        ['deep_content', [3], '09:30', '10:30'],
        ['weekly_analysis', [5], '09:30', '10:00'],
      ]),
    );
    const comparison = (await call('GET', '/routine/comparison')).json();
    // Today is a Monday: the comparison is this week, which the routine (starting today) fully covers.
    expect(comparison.weekStart).toBe('2026-11-23');
    expect(comparison.totalRoutineMinutes).toBe(360);
    expect(comparison.totalBudgetMinutes).toBe(360);
    for (const row of comparison.rows) expect(row.differenceMinutes, row.referenceKey).toBe(0);

    // Replacing keeps one reference week; adding a second one would stack Blogging over Blogging.
    await call('POST', '/routine/generate/reference-week', { mode: 'replace' });
    expect((await call('GET', '/routine/blocks')).json()).toHaveLength(5);
    const twice = await call('POST', '/routine/generate/reference-week', { mode: 'add' });
    expect(twice.statusCode).toBe(409);
    expect((await call('GET', '/routine/blocks')).json()).toHaveLength(5);
  });

  it('lays the low 10 h budget out in a daily window and reports what does not fit', async () => {
    await call('POST', '/budget/preset', { preset: 'low10' });
    const fits = await call('POST', '/routine/generate/from-budget', {
      mode: 'replace',
      dailyWindow: { start: '08:00', end: '10:00' },
    });
    expect(fits.statusCode).toBe(201);
    expect(fits.json().unplaced).toEqual([]);
    const comparison = (await call('GET', '/routine/comparison?week=2026-11-26')).json();
    expect(comparison.weekStart).toBe('2026-11-23');
    expect(comparison.totalRoutineMinutes).toBe(600);

    const tight = (
      await call('POST', '/routine/generate/from-budget', {
        mode: 'replace',
        dailyWindow: { start: '08:00', end: '09:00' },
        workingDays: [1, 2, 3],
      })
    ).json();
    const unplaced = tight.unplaced.reduce((sum: number, line: { minutes: number }) => sum + line.minutes, 0);
    expect(unplaced).toBe(600 - 180);
    expect((await call('GET', '/routine/comparison')).json().totalRoutineMinutes).toBe(180);
    const reversed = await call('POST', '/routine/generate/from-budget', {
      mode: 'add',
      dailyWindow: { start: '10:00', end: '09:00' },
    });
    expect(reversed.statusCode).toBe(400);
  });
});

describe('demo workspace', () => {
  it('gets a whole method: a strategy, the 6 h budget and the routine that matches it, weeks of marked blocks', async () => {
    const demo = await as(world.context.app, world.owner, {
      method: 'POST',
      url: '/api/demo-workspace',
      payload: {},
    });
    expect(demo.statusCode).toBe(201);
    world.workspaceId = demo.json().workspaceId;
    expect((await call('GET', '/budget')).json().totalMinutes).toBe(360);
    const comparison = (await call('GET', '/routine/comparison')).json();
    expect([comparison.totalBudgetMinutes, comparison.totalRoutineMinutes]).toEqual([360, 360]);
    expect(comparison.rows.every((row: { differenceMinutes: number }) => row.differenceMinutes === 0)).toBe(
      true,
    );
    const lastWeek = (await call('GET', '/routine/occurrences?from=2026-11-16&to=2026-11-22')).json();
    expect(lastWeek.adherence).toEqual({
      planned: 8,
      done: 6,
      skipped: 1,
      missed: 1,
      pending: 0,
      toMark: 0,
      ratio: 0.75,
    });
    // Every earlier week is marked too: four weeks of history, one skip three weeks ago.
    const earlier = (await call('GET', '/routine/occurrences?from=2026-10-26&to=2026-11-15')).json();
    expect(earlier.adherence).toMatchObject({ planned: 24, done: 23, skipped: 1, missed: 0 });

    const strategy = (await call('GET', '/strategy')).json();
    expect(strategy.summary).toContain('Instagram');
    expect(strategy.pillars).toHaveLength(4);
    expect(strategy.pillarShares.isValid).toBe(true);
    expect(
      strategy.networks.map((network: { targetPostsPerWeek: number }) => network.targetPostsPerWeek),
    ).toEqual([4, 2, 1]);
    expect((await call('GET', '/personas')).json()).toHaveLength(2);
    const objectives = (await call('GET', '/objectives')).json();
    expect(objectives.objectives).toHaveLength(2);
    expect(objectives.objectives.flatMap((objective: { kpis: unknown[] }) => objective.kpis)).toHaveLength(4);
  });
});
