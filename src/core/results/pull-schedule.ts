const hour = 3_600_000;
const day = 24 * hour;

/**
 * When a publication's figures are read, after its publication: 1 h, 24 h, 7 days and 30 days
 * (the curve of a post's life), then every 30 days until a year has passed.
 */
export const metricPullOffsetsMilliseconds: readonly number[] = [
  hour,
  day,
  7 * day,
  30 * day,
  ...Array.from({ length: 11 }, (_, index) => (60 + 30 * index) * day).filter(
    (offset) => offset <= 365 * day,
  ),
];

/** The instant of reading number `pullIndex`, or null once the schedule is over. */
export function metricPullAt(publishedAt: Date, pullIndex: number): Date | null {
  const offset = metricPullOffsetsMilliseconds[pullIndex];
  return offset === undefined ? null : new Date(publishedAt.getTime() + offset);
}
