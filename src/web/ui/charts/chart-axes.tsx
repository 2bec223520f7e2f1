import { axisTextColor, gridColor } from './chart-parts.js';
import { labelStep } from './chart-scale.js';

/** The plot's box inside the drawing: room on the left for the value labels, below for the categories. */
export type PlotBox = { left: number; top: number; right: number; bottom: number };

/** Where the plot sits in a drawing of `width` × `height`, given the widest value label. */
export function plotBox(width: number, height: number, tickLabels: string[]): PlotBox {
  const widestLabel = Math.max(...tickLabels.map((label) => label.length));
  return { left: Math.ceil(widestLabel * 6.2) + 8, top: 10, right: width - 6, bottom: height - 22 };
}

/** Horizontal grid lines at the ticks, each with its value on the left. */
export function ValueGrid({
  box,
  ticks,
  top,
  format,
}: {
  box: PlotBox;
  ticks: number[];
  top: number;
  format: (value: number) => string;
}) {
  const yOf = (value: number) => box.bottom - (value / top) * (box.bottom - box.top);
  return (
    <g fontSize={11} fill={axisTextColor}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={box.left}
            x2={box.right}
            y1={yOf(tick)}
            y2={yOf(tick)}
            stroke={gridColor}
            strokeDasharray={tick === 0 ? undefined : '3 3'}
          />
          <text x={box.left - 6} y={yOf(tick) + 4} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The categories' labels under the plot, centred on `xOf(index)`; when they would overlap, every
 * n-th one and always the last.
 */
export function CategoryLabels({
  box,
  labels,
  xOf,
}: {
  box: PlotBox;
  labels: { key: string; label: string }[];
  xOf: (index: number) => number;
}) {
  const step = labelStep(labels.length, box.right - box.left, 56);
  const last = labels.length - 1;
  return (
    <g fontSize={11} fill={axisTextColor} textAnchor="middle">
      {labels.map(({ key, label }, index) =>
        (last - index) % step === 0 ? (
          // Counted from the last, so the latest category (this week) always has its label.
          <text key={key} x={xOf(index)} y={box.bottom + 16}>
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}
