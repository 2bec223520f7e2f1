import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { barChartHeight } from './hours-chart-height.js';

type HoursRow = { budget: number; routine: number; tracked: number };
type Labels = { budget: string; routine: string; tracked: string };

/** The week's budget, routine and tracked hours per category. */
export function WeekBarChart({
  data,
  isNarrow,
  labels,
  valueFormatter,
}: {
  data: (HoursRow & { category: string })[];
  isNarrow: boolean;
  labels: Labels;
  valueFormatter: (value: number) => string;
}) {
  return (
    <BarChart
      h={barChartHeight(isNarrow, data.length)}
      data={data}
      dataKey="category"
      withLegend
      series={[
        { name: 'budget', label: labels.budget, color: 'gray.5' },
        { name: 'routine', label: labels.routine, color: 'indigo.4' },
        { name: 'tracked', label: labels.tracked, color: 'teal.6' },
      ]}
      {...(isNarrow
        ? // On a phone the categories go down the side: slanted names under bars overlapped.
          {
            orientation: 'vertical' as const,
            yAxisProps: { width: 110, interval: 0 },
          }
        : { xAxisProps: { interval: 0, angle: -20, textAnchor: 'end', height: 70 } })}
      valueFormatter={valueFormatter}
    />
  );
}

/** Twelve weeks of budget, routine and tracked hours. */
export function TrendLineChart({
  data,
  labels,
  valueFormatter,
}: {
  data: (HoursRow & { week: string })[];
  labels: Labels;
  valueFormatter: (value: number) => string;
}) {
  return (
    <LineChart
      h={240}
      data={data}
      dataKey="week"
      withLegend
      valueFormatter={valueFormatter}
      curveType="linear"
      series={[
        { name: 'budget', label: labels.budget, color: 'gray.6' },
        { name: 'routine', label: labels.routine, color: 'indigo.5' },
        { name: 'tracked', label: labels.tracked, color: 'teal.7' },
      ]}
    />
  );
}
