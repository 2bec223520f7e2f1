import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiMetrics } from './kpi.js';
import { toDisplayedKpiValue, toStoredKpiValue } from './kpi-units.js';

describe('KPI display units', () => {
  it('shows money in currency units and time in hours', () => {
    expect(toDisplayedKpiValue('revenue', 150050)).toBe(1500.5);
    expect(toStoredKpiValue('revenue', 1500.5)).toBe(150050);
    expect(toDisplayedKpiValue('hours_spent', 90)).toBe(1.5);
    expect(toStoredKpiValue('hours_spent', 1.5)).toBe(90);
    expect(toStoredKpiValue('engagement_rate', 2.75)).toBe(2.75);
    expect(toStoredKpiValue('followers', 1200)).toBe(1200);
  });

  it('rounds what cannot be stored exactly to the stored unit', () => {
    expect(toStoredKpiValue('revenue', 0.005)).toBe(1);
    expect(toStoredKpiValue('hours_spent', 0.01)).toBe(1);
  });

  it('gives back every stored integer value unchanged after a round trip', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kpiMetrics), fc.integer({ min: -1e9, max: 1e9 }), (metric, stored) => {
        expect(toStoredKpiValue(metric, toDisplayedKpiValue(metric, stored))).toBe(stored);
      }),
    );
  });
});
