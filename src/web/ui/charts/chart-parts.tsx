import { Group, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBeforeFirstPaint } from '../use-before-first-paint.js';

/**
 * One drawn series: its values' key in each row, its name in the legend and the table, its colour
 * (a CSS colour, usually a Mantine variable) and its look. Colour is never the only difference:
 * bars are solid, hatched or outlined, lines solid, dashed or dotted (by default in the series'
 * order), and the legend shows the same.
 */
export type ChartSeries<Key extends string> = { key: Key; label: string; color: string; look?: SeriesLook };

/** What every multi-series chart takes: its name (also the table's caption), its data, its format. */
export type SeriesChartProps<Key extends string> = {
  title: string;
  categoryHeader: string;
  series: ChartSeries<Key>[];
  rows: ChartRow<Key>[];
  format: (value: number) => string;
  testId?: string;
};

/** One category (a bar group, a week): its short axis label, a longer one for the table. */
export type ChartRow<Key extends string> = {
  key: string;
  label: string;
  description?: string;
  values: Record<Key, number>;
  /** Another colour for this row's mark (a week that asked less); say why in `description` too. */
  color?: string;
};

/** A Mantine colour name ("teal.6") as the CSS variable Mantine defines for it. */
export const chartColor = (name: string) => `var(--mantine-color-${name.replace('.', '-')})`;

export const axisTextColor = 'var(--mantine-color-dimmed)';
export const gridColor = 'var(--mantine-color-default-border)';

export type SeriesLook = 'solid' | 'hatched' | 'outline';
const looks: SeriesLook[] = ['solid', 'hatched', 'outline'];
/** The n-th series' look: its own, else the n-th of solid, hatched, outline. */
export const lookOf = (series: { look?: SeriesLook }[], index: number): SeriesLook =>
  series[index]?.look ?? looks[index % looks.length] ?? 'solid';
/** A line's dash for a look: solid, dashed (hatched bars) or dotted (outlined bars). */
export const lineDashOf = (look: SeriesLook) =>
  look === 'solid' ? undefined : look === 'hatched' ? '7 4' : '2 3';

/** The hatching pattern's id for a colour, unique to one chart (ids are global in a page). */
export const hatchId = (chartId: string, seriesIndex: number) => `${chartId}-hatch-${seriesIndex}`;

/** SVG patterns for hatched bars, one per series that needs it. */
export function HatchPatterns({
  chartId,
  series,
}: {
  chartId: string;
  series: { color: string; look?: SeriesLook }[];
}) {
  return (
    <defs>
      {series.map(({ color }, index) =>
        lookOf(series, index) === 'hatched' ? (
          <pattern
            key={hatchId(chartId, index)}
            id={hatchId(chartId, index)}
            width={5}
            height={5}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={5} height={5} fill={color} fillOpacity={0.25} />
            <line x1={0} y1={0} x2={0} y2={5} stroke={color} strokeWidth={3} />
          </pattern>
        ) : null,
      )}
    </defs>
  );
}

/** A bar's rectangle in its series' look. */
export function Bar(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  look: SeriesLook;
  /** The hatching's `url(#id)` for a hatched bar. */
  fill?: string;
}) {
  const { x, y, width, height, color, look } = props;
  if (look === 'outline')
    return (
      <rect
        x={x + 0.75}
        y={y + 0.75}
        width={Math.max(width - 1.5, 0.5)}
        height={Math.max(height - 1.5, 0.5)}
        rx={2}
        fill="var(--mantine-color-body)"
        stroke={color}
        strokeWidth={1.5}
      />
    );
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      rx={2}
      fill={look === 'hatched' && props.fill ? props.fill : color}
    />
  );
}

/** The legend, as text beside a swatch drawn like the series (bars or lines). */
export function ChartLegend<Key extends string>({
  series,
  kind,
}: {
  series: ChartSeries<Key>[];
  kind: 'bar' | 'line';
}) {
  const chartId = useId().replaceAll(':', '');
  return (
    <Group gap="md" mb={6} aria-hidden>
      {series.map((item, index) => (
        <Group key={item.key} gap={6} wrap="nowrap">
          <svg width={18} height={12} aria-hidden style={{ flexShrink: 0 }}>
            {kind === 'bar' ? (
              <>
                <HatchPatterns chartId={chartId} series={series} />
                <Bar
                  x={0}
                  y={1}
                  width={18}
                  height={10}
                  color={item.color}
                  look={lookOf(series, index)}
                  fill={`url(#${hatchId(chartId, index)})`}
                />
              </>
            ) : (
              <line
                x1={0}
                y1={6}
                x2={18}
                y2={6}
                stroke={item.color}
                strokeWidth={2.5}
                strokeDasharray={lineDashOf(lookOf(series, index))}
              />
            )}
          </svg>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * The chart's numbers as a table, for screen readers (the drawing is one image to them) and for
 * anyone who reads the page without the drawing.
 */
export function ChartTable<Key extends string>({
  caption,
  categoryHeader,
  series,
  rows,
  format,
}: {
  caption: string;
  categoryHeader: string;
  series: ChartSeries<Key>[];
  rows: ChartRow<Key>[];
  format: (value: number) => string;
}) {
  return (
    <VisuallyHidden>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            {series.map((item) => (
              <th key={item.key} scope="col">
                {item.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.description ?? row.label}</th>
              {series.map((item) => (
                <td key={item.key}>{format(row.values[item.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}

/**
 * The width the chart has to draw on, read in the frame that first paints it (a read from React's
 * commit made the browser lay the whole page out there, then again for the frame: 220–420 ms at 4x
 * on the results page) and again when the card is resized: the drawing uses real pixels, so its
 * text keeps its size from phone to desktop. `null` until read; the caller draws an empty box of
 * the final height meanwhile, so nothing moves, and the chart is drawn before that frame paints.
 */
function useChartWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useBeforeFirstPaint(() => {
    const element = ref.current;
    if (element) flushSync(() => setWidth(element.clientWidth));
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The chart's box: it takes the width it is given by the page, measures it, and only then draws
 * (an SVG needs pixel sizes), again whenever the width changes.
 */
export function ChartFrame({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const { ref, width } = useChartWidth();
  return (
    <div ref={ref} style={{ height }}>
      {/* 0 in a hidden panel (display: none): nothing to draw until it is shown and measured again. */}
      {width !== null && width > 0 && children(width)}
    </div>
  );
}
