import { describe, expect, it } from 'vitest';
import { labelStep, roundCeiling, targetLabelEnd, valueAxis } from './chart-scale.js';

describe('roundCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(roundCeiling(0.7)).toBe(1);
    expect(roundCeiling(1)).toBe(1);
    expect(roundCeiling(1.2)).toBe(2);
    expect(roundCeiling(2.2)).toBe(2.5);
    expect(roundCeiling(3)).toBe(5);
    expect(roundCeiling(7)).toBe(10);
    expect(roundCeiling(180)).toBe(200);
    expect(roundCeiling(0.03)).toBeCloseTo(0.05);
  });

  it('answers 1 for nothing to draw', () => {
    expect(roundCeiling(0)).toBe(1);
    expect(roundCeiling(-3)).toBe(1);
    expect(roundCeiling(Number.NaN)).toBe(1);
  });
});

describe('valueAxis', () => {
  it('reaches at least the largest value with evenly spaced ticks from zero', () => {
    const axis = valueAxis([3.5, 11.2, 6]);
    expect(axis.top).toBeGreaterThanOrEqual(11.2);
    expect(axis.top).toBe(20);
    expect(axis.ticks).toEqual([0, 5, 10, 15, 20]);
  });

  it('keeps whole-number ticks for counts', () => {
    expect(valueAxis([3], { integers: true }).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(valueAxis([9], { integers: true }).ticks).toEqual([0, 3, 6, 9, 12]);
    expect(valueAxis([0], { integers: true }).ticks).toEqual([0, 1, 2, 3, 4]);
  });

  it('still draws an axis when every value is zero', () => {
    expect(valueAxis([0, 0]).top).toBeGreaterThan(0);
  });
});

describe('labelStep', () => {
  it('writes every label when they fit, every other one when they would overlap', () => {
    expect(labelStep(8, 400, 48)).toBe(1);
    expect(labelStep(12, 300, 48)).toBe(2);
    expect(labelStep(12, 100, 48)).toBe(6);
    expect(labelStep(1, 10, 48)).toBe(1);
  });
});

describe('targetLabelEnd', () => {
  const line = { left: 30, right: 330, y: 100 };
  // Eight weekly columns of 20 px, one every 37.5 px; a value's text is 14 px above its column.
  const columns = (tops: number[]) =>
    tops.map((top, index) => ({ left: 39 + index * 37.5, right: 59 + index * 37.5, top: top - 14 }));

  it('keeps the label at the right end when the last columns stay below it', () => {
    expect(targetLabelEnd(columns([140, 140, 140, 140, 140, 140, 140, 140]), line, 60)).toBe('right');
    expect(targetLabelEnd(columns([60, 60, 60, 60, 60, 60, 140, 140]), line, 60)).toBe('right');
  });

  it('moves it to the left end when the last weeks reach the target (their values would cover it)', () => {
    expect(targetLabelEnd(columns([140, 140, 140, 140, 140, 140, 100, 100]), line, 60)).toBe('left');
  });

  it('stays right when both ends are taken', () => {
    expect(targetLabelEnd(columns([100, 100, 140, 140, 140, 140, 100, 100]), line, 60)).toBe('right');
  });
});
