import { CategoryLabels, plotBox, ValueGrid } from './chart-axes.js';
import { ChartFrame, type ChartRow, type ChartSeries, ChartTable } from './chart-parts.js';
import { targetLabelEnd, valueAxis } from './chart-scale.js';

/**
 * One series over time (posts published each week) as columns with their value above them, and an
 * optional target drawn as a labelled dashed line. `integers` keeps the axis on whole numbers.
 */
export function ColumnChart<Key extends string>({
  title,
  categoryHeader,
  series,
  rows,
  format,
  target,
  integers = false,
  height = 160,
  testId,
}: {
  title: string;
  categoryHeader: string;
  series: ChartSeries<Key>;
  rows: ChartRow<Key>[];
  format: (value: number) => string;
  target?: { value: number; label: string; color: string };
  integers?: boolean;
  height?: number;
  testId?: string;
}) {
  const values = rows.map((row) => row.values[series.key]);
  const axis = valueAxis([...values, target?.value ?? 0], { integers });
  return (
    <div data-testid={testId}>
      <ChartFrame height={height}>
        {(width) => (
          <Columns
            width={width}
            height={height}
            title={title}
            axis={axis}
            rows={rows}
            values={values}
            color={series.color}
            format={format}
            target={target}
          />
        )}
      </ChartFrame>
      <ChartTable
        caption={title}
        categoryHeader={categoryHeader}
        series={[series]}
        rows={rows}
        format={format}
      />
    </div>
  );
}

function Columns({
  width,
  height,
  title,
  axis,
  rows,
  values,
  color,
  format,
  target,
}: {
  width: number;
  height: number;
  title: string;
  axis: { top: number; ticks: number[] };
  rows: { key: string; label: string; color?: string }[];
  values: number[];
  color: string;
  format: (value: number) => string;
  target?: { value: number; label: string; color: string };
}) {
  const box = plotBox(width, height, axis.ticks.map(format));
  const slot = (box.right - box.left) / Math.max(rows.length, 1);
  const columnWidth = Math.min(36, slot * 0.6);
  const xOf = (index: number) => box.left + slot * index + slot / 2;
  const yOf = (value: number) => box.bottom - (Math.max(value, 0) / axis.top) * (box.bottom - box.top);
  // The label's width as 11 px text draws it, about 0.6 em a character.
  const labelEnd = target
    ? targetLabelEnd(
        values.map((value, index) => ({
          left: xOf(index) - columnWidth / 2,
          right: xOf(index) + columnWidth / 2,
          top: yOf(value) - (value > 0 ? 14 : 0),
        })),
        { left: box.left, right: box.right, y: yOf(target.value) },
        target.label.length * 6.6,
      )
    : 'right';
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={title}
      style={{ display: 'block', fontFamily: 'inherit', overflow: 'visible' }}
    >
      <ValueGrid box={box} ticks={axis.ticks} top={axis.top} format={format} />
      {values.map((value, index) => (
        <g key={rows[index]?.key ?? index}>
          <rect
            x={xOf(index) - columnWidth / 2}
            y={yOf(value)}
            width={columnWidth}
            height={Math.max(box.bottom - yOf(value), 0)}
            rx={2}
            fill={rows[index]?.color ?? color}
          />
          {value > 0 && (
            <text
              x={xOf(index)}
              y={yOf(value) - 3}
              fontSize={10}
              textAnchor="middle"
              fill="var(--mantine-color-text)"
            >
              {format(value)}
            </text>
          )}
        </g>
      ))}
      {target && (
        <g>
          <line
            x1={box.left}
            x2={box.right}
            y1={yOf(target.value)}
            y2={yOf(target.value)}
            stroke={target.color}
            strokeWidth={1.5}
            strokeDasharray="6 3"
          />
          <text
            x={labelEnd === 'right' ? box.right : box.left}
            y={yOf(target.value) - 4}
            fontSize={11}
            textAnchor={labelEnd === 'right' ? 'end' : 'start'}
            fill={target.color}
          >
            {target.label}
          </text>
        </g>
      )}
      <CategoryLabels box={box} labels={rows} xOf={xOf} />
    </svg>
  );
}
