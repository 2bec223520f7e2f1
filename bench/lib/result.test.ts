import { describe, expect, it } from 'vitest';
import { type BenchmarkResult, formatVerdict } from './result.js';

const result = (met: boolean): BenchmarkResult => ({
  id: '8',
  name: 'Lighthouse mobile',
  database: '-',
  measured: 'performance 91',
  baseline: '-',
  ratio: 1,
  target: '>= 90',
  met,
});

describe('formatVerdict', () => {
  it('says every target was met only when nothing was missed and nothing crashed', () => {
    expect(formatVerdict([result(true)], 0)).toBe('Every target met.\n');
    expect(formatVerdict([], 0)).toBe('Every target met.\n');
  });

  it('never says every target was met when a benchmark crashed', () => {
    expect(formatVerdict([result(true)], 1)).not.toContain('Every target met');
    expect(formatVerdict([], 2)).toContain('2 benchmark(s) crashed');
  });

  it('lists the missed targets', () => {
    expect(formatVerdict([result(false)], 1)).toBe(
      'MISSED TARGETS (1):\n  - 8 Lighthouse mobile [-]: performance 91 vs target >= 90\n',
    );
  });
});
