/**
 * The arithmetic of the small SVG charts: a round top for the value axis and how many axis labels
 * fit. Pure, so it is tested without a browser.
 */

/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`; 1 for nothing. */
export function roundCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * The value axis: a round top at or above every value (and the extra lines, such as a target) and
 * evenly spaced ticks from 0 to it. With `integers`, the ticks are whole numbers (counts of posts).
 */
export function valueAxis(values: readonly number[], options: { ticks?: number; integers?: boolean } = {}) {
  const tickCount = options.ticks ?? 4;
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  const step = options.integers
    ? Math.max(1, Math.ceil(largest / tickCount))
    : roundCeiling(largest / tickCount);
  const top = step * tickCount;
  return { top, ticks: Array.from({ length: tickCount + 1 }, (_, index) => index * step) };
}

/**
 * Every how many categories a label is written under the axis so that labels about `labelWidth`
 * wide do not overlap on `axisWidth` pixels (1 = every one). The last one is always written by the
 * caller when it falls on the step.
 */
export function labelStep(count: number, axisWidth: number, labelWidth: number): number {
  if (count <= 1 || axisWidth <= 0) return 1;
  const fitting = Math.max(1, Math.floor(axisWidth / labelWidth));
  return Math.max(1, Math.ceil(count / fitting));
}

/**
 * Which end of a target line takes its label (drawn just above the line): the right one, unless a
 * column, with its value written above it, reaches up into the label there; then the left one if
 * that is clear. Columns are their horizontal extent and the height of their value's top, in px.
 */
export function targetLabelEnd(
  columns: readonly { left: number; right: number; top: number }[],
  line: { left: number; right: number; y: number },
  labelWidth: number,
): 'right' | 'left' {
  const isClear = (from: number, to: number) =>
    !columns.some((column) => column.right > from && column.left < to && column.top < line.y);
  if (isClear(line.right - labelWidth, line.right)) return 'right';
  return isClear(line.left, line.left + labelWidth) ? 'left' : 'right';
}
