import { describe, expect, it } from 'vitest';
import type { Category } from '../../../contracts/budget.js';
import { createFixedClock } from '../../platform/clock.js';
import { createPlannedVsActualService, type RoutineWeekSource } from './planned-vs-actual.service.js';
import type { TrackingReportsRepository } from './tracking-reports.repository.js';

const workspaceId = '00000000-0000-4000-8000-000000000001';
const category = (id: string, weeklyMinutes: number, isArchived = false): Category => ({
  id,
  referenceKey: null,
  name: id,
  description: '',
  color: 'blue',
  isComplex: false,
  sortOrder: 0,
  weeklyMinutes,
  isArchived,
});

/** The service over fakes that count their reads: what one request costs the database. */
function createCountedService() {
  const reads = { settings: 0, categories: 0, aggregates: 0, routine: [] as unknown[][] };
  const routineWeekSource: RoutineWeekSource = {
    async readRoutineWeeks(workspace, weekStarts, options) {
      reads.routine.push([workspace, weekStarts, options]);
      return {
        minutesByWeek: weekStarts.map(() => [{ categoryId: 'blogging', minutes: 90 }]),
        adherence:
          options?.adherenceWeekStart === undefined ? null : { planned: 4, done: 3, pending: 2, toMark: 1 },
      };
    },
  };
  const service = createPlannedVsActualService({
    trackingReportsRepository: {
      sumSecondsByPeriodCategoryAndMember: async () => {
        reads.aggregates++;
        return [];
      },
    } as unknown as TrackingReportsRepository,
    categoriesRepository: {
      list: async () => {
        reads.categories++;
        return [category('blogging', 120), category('veille', 60, true)];
      },
    },
    workspacesRepository: {
      findSettings: async () => {
        reads.settings++;
        return { timeZone: 'Europe/Paris', currency: 'EUR', postsNeedApproval: false };
      },
    },
    routineWeekSource,
    clock: createFixedClock(new Date('2026-11-23T09:00:00Z')),
  });
  return { service, reads };
}

describe('planned vs actual service', () => {
  it('reads the workspace, its categories and the routine once for a week, adherence included', async () => {
    const { service, reads } = createCountedService();
    const view = await service.getWeek(workspaceId, { weekStart: '2026-11-18' });
    expect(reads).toEqual({
      settings: 1,
      categories: 1,
      aggregates: 1,
      routine: [
        [{ workspaceId, timeZone: 'Europe/Paris' }, ['2026-11-16'], { adherenceWeekStart: '2026-11-16' }],
      ],
    });
    expect(view.rows.map((row) => [row.categoryId, row.budgetMinutes, row.routineMinutes])).toEqual([
      ['blogging', 120, 90],
    ]);
    expect(view.adherence).toEqual({ planned: 4, done: 3, pending: 2, toMark: 1, ratio: 0.75 });
  });

  it('reads the routine once for a whole trend, without adherence', async () => {
    const { service, reads } = createCountedService();
    const trend = await service.getTrend(workspaceId, { weekStart: '2026-11-16', weeks: 3 });
    expect(reads.settings).toBe(1);
    expect(reads.categories).toBe(1);
    expect(reads.routine).toEqual([
      [{ workspaceId, timeZone: 'Europe/Paris' }, ['2026-11-02', '2026-11-09', '2026-11-16'], undefined],
    ]);
    expect(trend.weeks.map((week) => [week.budgetMinutes, week.routineMinutes])).toEqual([
      [120, 90],
      [120, 90],
      [120, 90],
    ]);
  });
});
