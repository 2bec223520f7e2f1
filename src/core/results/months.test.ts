import { describe, expect, it } from 'vitest';
import { addMonths, resolveRangePreset } from './months.js';

describe('month ranges', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -11)).toBe('2025-04');
  });
  it('resolves presets from the local date', () => {
    expect(resolveRangePreset('last12', '2026-03-20')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(resolveRangePreset('thisYear', '2026-03-20')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(resolveRangePreset('lastYear', '2026-01-01')).toEqual({ from: '2025-01', to: '2025-12' });
  });
});
