import { describe, expect, it } from 'vitest';
import { assembleMonthlyReport, daysInMonth } from './monthly-report.js';

describe('assembleMonthlyReport', () => {
  it('knows the length of every month, leap Februaries included', () => {
    expect([
      daysInMonth('2026-02'),
      daysInMonth('2028-02'),
      daysInMonth('2026-03'),
      daysInMonth('2026-12'),
    ]).toEqual([28, 29, 31, 31]);
  });

  it('spreads weekly budgets and targets over the month, and judges the weeks starting in it', () => {
    const report = assembleMonthlyReport({
      month: '2026-03',
      categories: [
        { categoryId: 'replies', weeklyBudgetMinutes: 180, trackedSeconds: 3600 * 10 },
        { categoryId: 'unused', weeklyBudgetMinutes: 0, trackedSeconds: 0 },
      ],
      networks: [
        {
          network: 'linkedin',
          target: 3,
          published: 11,
          weeks: [
            { weekStart: '2026-02-23', onTarget: true }, // starts in February: not this month's
            { weekStart: '2026-03-02', onTarget: true },
            { weekStart: '2026-03-09', onTarget: false },
            { weekStart: '2026-03-16', onTarget: true },
          ],
        },
        {
          network: 'blog',
          target: null,
          published: 2,
          weeks: [{ weekStart: '2026-03-02', onTarget: false }],
        },
      ],
    });
    expect(report.days).toBe(31);
    expect(report.hours.rows).toEqual([{ categoryId: 'replies', budgetMinutes: 797, trackedMinutes: 600 }]);
    expect(report.networks[0]).toEqual({
      network: 'linkedin',
      target: 3,
      published: 11,
      expected: 13.3,
      weeksOnTarget: 2,
      weeksJudged: 3,
    });
    expect(report.networks[1]).toMatchObject({ expected: null, weeksOnTarget: 0, weeksJudged: 0 });
  });
});
