import { describe, expect, it } from 'vitest';
import { metricPullAt, metricPullOffsetsMilliseconds } from './pull-schedule.js';

describe('metric pull schedule', () => {
  it('reads after 1 h, 24 h, 7 days, 30 days, then monthly for a year, and stops', () => {
    const publishedAt = new Date('2026-03-01T10:00:00Z');
    const days = metricPullOffsetsMilliseconds.map((offset) => offset / 86_400_000);
    expect(days.slice(0, 4)).toEqual([1 / 24, 1, 7, 30]);
    expect(days.slice(4)).toEqual([60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360]);
    expect(metricPullAt(publishedAt, 0)?.toISOString()).toBe('2026-03-01T11:00:00.000Z');
    expect(metricPullAt(publishedAt, 3)?.toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(metricPullAt(publishedAt, metricPullOffsetsMilliseconds.length)).toBeNull();
  });
});
