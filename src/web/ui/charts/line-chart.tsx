import { CategoryLabels, plotBox, ValueGrid } from './chart-axes.js';
import {
  ChartFrame,
  ChartLegend,
  type ChartRow,
  type ChartSeries,
  ChartTable,
  lineDashOf,
  lookOf,
  type SeriesChartProps,
} from './chart-parts.js';
import { valueAxis } from './chart-scale.js';

/**
 * A few series over time (twelve weeks of budget, routine and tracked hours) as lines with a dot
 * at each value; the lines differ by their dash as well as their colour.
 */
export function LineChart<Key extends string>({
  title,
  categoryHeader,
  series,
  rows,
  format,
  height = 240,
  testId,
}: SeriesChartProps<Key> & { height?: number }) {
  const axis = valueAxis(rows.flatMap((row) => series.map((item) => row.values[item.key])));
  return (
    <div data-testid={testId}>
      <ChartLegend series={series} kind="line" />
      <ChartFrame height={height}>
        {(width) => (
          <Lines
            width={width}
            height={height}
            title={title}
            axis={axis}
            series={series}
            rows={rows}
            format={format}
          />
        )}
      </ChartFrame>
      <ChartTable
        caption={title}
        categoryHeader={categoryHeader}
        series={series}
        rows={rows}
        format={format}
      />
    </div>
  );
}

function Lines<Key extends string>({
  width,
  height,
  title,
  axis,
  series,
  rows,
  format,
}: {
  width: number;
  height: number;
  title: string;
  axis: { top: number; ticks: number[] };
  series: ChartSeries<Key>[];
  rows: ChartRow<Key>[];
  format: (value: number) => string;
}) {
  const box = plotBox(width, height, axis.ticks.map(format));
  // The first week near the left edge, this week near the right one, with half a date label
  // ("30 nov.") of room so that their labels are not cut.
  const inset = 22;
  const span = box.right - box.left - inset * 2;
  const xOf = (index: number) =>
    box.left + inset + (rows.length > 1 ? (span * index) / (rows.length - 1) : span / 2);
  const yOf = (value: number) => box.bottom - (Math.max(value, 0) / axis.top) * (box.bottom - box.top);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={title}
      style={{ display: 'block', fontFamily: 'inherit' }}
    >
      <ValueGrid box={box} ticks={axis.ticks} top={axis.top} format={format} />
      {series.map((item, seriesIndex) => {
        const points = rows.map((row, index) => ({ x: xOf(index), y: yOf(row.values[item.key]) }));
        return (
          <g key={item.key}>
            <polyline
              points={points.map((point) => `${point.x},${point.y}`).join(' ')}
              fill="none"
              stroke={item.color}
              strokeWidth={2}
              strokeDasharray={lineDashOf(lookOf(series, seriesIndex))}
              strokeLinejoin="round"
            />
            {points.map((point, index) => (
              <circle key={rows[index]?.key ?? index} cx={point.x} cy={point.y} r={2.5} fill={item.color} />
            ))}
          </g>
        );
      })}
      <CategoryLabels box={box} labels={rows} xOf={xOf} />
    </svg>
  );
}
