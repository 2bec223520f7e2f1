import { useId } from 'react';
import {
  axisTextColor,
  Bar,
  ChartFrame,
  ChartLegend,
  ChartTable,
  HatchPatterns,
  hatchId,
  lookOf,
  type SeriesChartProps,
} from './chart-parts.js';

const labelHeight = 18;
const barHeight = 13;
const barGap = 3;
const rowGap = 12;
/** Room kept right of the longest bar for its value ("1 234 €", "12,5 h"). */
const valueRoom = 72;

/** The drawing's height: one band per category, its name above its bars. */
export const barChartHeight = (rows: number, series: number) =>
  rows * (labelHeight + series * (barHeight + barGap) + rowGap);

/** A label cut to about what fits on `width` pixels of 12 px text. */
const fitLabel = (label: string, width: number) => {
  const characters = Math.max(8, Math.floor(width / 6.6));
  return label.length > characters ? `${label.slice(0, characters - 1)}…` : label;
};

/**
 * Categories compared on a few series (budget, routine and tracked hours; cost and revenue) as
 * horizontal bars: each category's name on its own line, then one bar per series with its value
 * written after it. Horizontal bars keep long names readable on a phone, the values make a value
 * axis unnecessary, and nothing depends on colour alone (see ChartSeries).
 */
export function BarChart<Key extends string>({
  title,
  categoryHeader,
  series,
  rows,
  format,
  testId,
}: SeriesChartProps<Key>) {
  const chartId = useId().replaceAll(':', '');
  const height = barChartHeight(rows.length, series.length);
  const largest = Math.max(0, ...rows.flatMap((row) => series.map((item) => row.values[item.key])));
  const lengthOf = (value: number, width: number) =>
    largest > 0 ? (Math.max(value, 0) / largest) * Math.max(width - valueRoom, 40) : 0;
  const bandHeight = labelHeight + series.length * (barHeight + barGap) + rowGap;
  return (
    <div data-testid={testId}>
      <ChartLegend series={series} kind="bar" />
      <ChartFrame height={height}>
        {(width) => (
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={title}
            style={{ display: 'block', fontFamily: 'inherit' }}
          >
            <HatchPatterns chartId={chartId} series={series} />
            {rows.map((row, rowIndex) => {
              const top = rowIndex * bandHeight;
              return (
                <g key={row.key}>
                  <text x={0} y={top + 13} fontSize={12} fill="var(--mantine-color-text)">
                    {fitLabel(row.label, width)}
                  </text>
                  {series.map((item, seriesIndex) => {
                    const value = row.values[item.key];
                    const y = top + labelHeight + seriesIndex * (barHeight + barGap);
                    const length = Math.max(lengthOf(value, width), value > 0 ? 2 : 1);
                    const look = lookOf(series, seriesIndex);
                    return (
                      <g key={item.key}>
                        <Bar
                          x={0}
                          y={y}
                          width={length}
                          height={barHeight}
                          color={item.color}
                          look={look}
                          fill={`url(#${hatchId(chartId, seriesIndex)})`}
                        />
                        <text x={length + 5} y={y + 10.5} fontSize={11} fill={axisTextColor}>
                          {format(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
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
