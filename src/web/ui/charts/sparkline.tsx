/**
 * A small line of one series' shape (a month of follower counts), with no axis: the numbers are
 * written beside it. It scales to its box (no text inside to distort), so it needs no measuring.
 */
export function Sparkline({
  values,
  label,
  color,
  height = 36,
}: {
  values: number[];
  /** What the line shows, for screen readers (`role="img"`). */
  label: string;
  color: string;
  height?: number;
}) {
  const width = 200;
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const range = highest - lowest || 1;
  const points = values.map((value, index) => ({
    x: values.length > 1 ? (index / (values.length - 1)) * width : width / 2,
    // 2 px of room above and below, so the stroke is never cut.
    y: 2 + (1 - (value - lowest) / range) * (height - 4),
  }));
  const line = points.map((point) => `${point.x},${point.y}`).join(' ');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      role="img"
      aria-label={label}
      style={{ display: 'block' }}
    >
      <polygon points={`0,${height} ${line} ${width},${height}`} fill={color} fillOpacity={0.15} />
      <polyline
        points={line}
        fill="none"
        stroke={color}
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
        strokeLinejoin="round"
      />
    </svg>
  );
}
