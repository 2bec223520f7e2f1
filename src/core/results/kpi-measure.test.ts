import { describe, expect, it } from 'vitest';
import { currentKpiPeriod, isMeasuredKpiMetric } from './kpi-measure.js';

describe('measured KPIs', () => {
  it('reads leads, clients, revenue and followers, not what results do not know', () => {
    expect(
      ['leads', 'clients_won', 'revenue', 'followers', 'clicks', 'custom'].filter(isMeasuredKpiMetric),
    ).toEqual(['leads', 'clients_won', 'revenue', 'followers']);
  });
  it('takes the week, month, quarter or year containing today', () => {
    // 2026-03-20 is a Friday.
    expect(currentKpiPeriod('week', '2026-03-20')).toEqual({ from: '2026-03-16', toExclusive: '2026-03-23' });
    expect(currentKpiPeriod('month', '2026-03-20')).toEqual({
      from: '2026-03-01',
      toExclusive: '2026-04-01',
    });
    expect(currentKpiPeriod('quarter', '2026-05-31')).toEqual({
      from: '2026-04-01',
      toExclusive: '2026-07-01',
    });
    expect(currentKpiPeriod('quarter', '2026-12-31')).toEqual({
      from: '2026-10-01',
      toExclusive: '2027-01-01',
    });
    expect(currentKpiPeriod('year', '2026-12-31')).toEqual({ from: '2026-01-01', toExclusive: '2027-01-01' });
  });
});
