import { describe, expect, it } from 'vitest';
import { summarise } from './stats.js';

describe('summarise', () => {
  it('takes the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(summarise(samples)).toEqual({ median: 10, p95: 19, runs: 20 });
    expect(summarise([7])).toEqual({ median: 7, p95: 7, runs: 1 });
  });

  it('has no value without samples', () => {
    expect(summarise([]).median).toBeNaN();
  });
});
