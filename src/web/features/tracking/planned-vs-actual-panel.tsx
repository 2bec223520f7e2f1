import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDecimal, noBreakSpace } from '../../../core/format/index.js';
import { BarChart } from '../../ui/charts/bar-chart.js';
import { type ChartSeries, chartColor } from '../../ui/charts/chart-parts.js';
import { LineChart } from '../../ui/charts/line-chart.js';
import { ErrorState } from '../../ui/error-state.js';
import { formatCents } from '../../ui/money.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';
import { plannedVsActualQueryOptions, trendQueryOptions } from './tracking-queries.js';
import { formatLocalDate } from './workspace-dates.js';

/** Axis and tooltip hours: "1,5 h" in French (decimal comma), a real minus sign, never wrapped. */
const hoursLabel = (value: number, language: string) => `${formatDecimal(value, language)}${noBreakSpace}h`;

/** Hours with one decimal, for charts and cards. */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

type HoursKey = 'budget' | 'routine' | 'tracked';

/** Budget outlined, routine hatched, tracked solid: the three read apart without their colours. */
const hoursSeries = (t: TFunction): ChartSeries<HoursKey>[] => [
  { key: 'budget', label: t('tracking.overview.budget'), color: chartColor('gray.6'), look: 'outline' },
  { key: 'routine', label: t('tracking.overview.routine'), color: chartColor('indigo.5'), look: 'hatched' },
  { key: 'tracked', label: t('tracking.overview.tracked'), color: chartColor('teal.7'), look: 'solid' },
];

function TrendChart({ workspaceId, weekStart }: { workspaceId: string; weekStart: string }) {
  const { t, i18n } = useTranslation();
  const trend = useQuery(trendQueryOptions(workspaceId, weekStart));
  // The legend and the drawing: nothing moves when the weeks arrive.
  if (trend.isPending) return <Skeleton h={264} radius="md" />;
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  const rows = trend.data.weeks.map((week) => ({
    key: week.week.weekStart,
    label: formatLocalDate(week.week.weekStart, i18n.language, { day: 'numeric', month: 'short' }),
    description: formatLocalDate(week.week.weekStart, i18n.language, { day: 'numeric', month: 'long' }),
    values: {
      budget: hoursOf(week.budgetMinutes),
      routine: hoursOf(week.routineMinutes),
      tracked: hoursOf(week.trackedSeconds / 60),
    },
  }));
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('tracking.overview.trendTitle')}
      </Title>
      <LineChart
        title={t('tracking.overview.trendLabel')}
        categoryHeader={t('tracking.overview.week')}
        series={hoursSeries(t)}
        rows={rows}
        format={(value) => hoursLabel(value, i18n.language)}
        testId="hours-trend-chart"
      />
    </Card>
  );
}

/** The week's budget, routine and tracked hours per category, its cost and routine adherence. */
export function PlannedVsActualPanel({ workspaceId, weekStart }: { workspaceId: string; weekStart: string }) {
  const { t, i18n } = useTranslation();
  const report = useQuery(plannedVsActualQueryOptions(workspaceId, weekStart));
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  if (report.isPending) return <Skeleton h={300} radius="md" />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { totals, adherence } = report.data;
  const chartRows = report.data.rows.map((row) => ({
    key: row.categoryId,
    label: categoryName(categories.data?.find((item) => item.id === row.categoryId)),
    values: {
      budget: hoursOf(row.budgetMinutes),
      routine: hoursOf(row.routineMinutes),
      tracked: hoursOf(row.trackedSeconds / 60),
    },
  }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder radius="md" data-testid="tracked-total">
          <Text size="sm" c="dimmed">
            {t('tracking.overview.trackedTotal')}
          </Text>
          <Text fw={700} size="xl">
            {/* Under an hour, minutes: "0 h" beside a cost of 0,72 € would read as nothing tracked. */}
            {totals.trackedSeconds > 0 && totals.trackedSeconds < 3600
              ? t('tracking.overview.minutesOfBudget', {
                  // A few seconds are "< 1 min": neither nothing, nor a rounded-up minute.
                  minutes:
                    totals.trackedSeconds < 60 ? '<\u00a01' : String(Math.round(totals.trackedSeconds / 60)),
                  budget: hoursOf(totals.budgetMinutes).toLocaleString(i18n.language),
                })
              : t('tracking.overview.hoursOfBudget', {
                  tracked: hoursOf(totals.trackedSeconds / 60).toLocaleString(i18n.language),
                  budget: hoursOf(totals.budgetMinutes).toLocaleString(i18n.language),
                })}
          </Text>
        </Card>
        <Card withBorder radius="md">
          <Text size="sm" c="dimmed">
            {t('tracking.overview.cost')}
          </Text>
          <Text fw={700} size="xl">
            {formatCents(totals.trackedCostCents, report.data.currency, i18n.language)}
          </Text>
          {report.data.membersWithoutHourlyCost.length > 0 && (
            <Text size="xs" c="var(--cadence-color-warning)">
              {t('tracking.overview.noCost', {
                names: report.data.membersWithoutHourlyCost.map((member) => member.name).join(', '),
              })}
            </Text>
          )}
        </Card>
        <Card withBorder radius="md">
          <Text size="sm" c="dimmed" title={t('tracking.overview.adherenceHelp')}>
            {t('tracking.overview.adherence')}
          </Text>
          <Text fw={700} size="xl">
            {adherence.done} / {adherence.planned}
          </Text>
          {adherence.toMark > 0 && (
            <Text size="sm" c="dimmed">
              {t('routine.page.adherenceToMark', { count: adherence.toMark })}
            </Text>
          )}
          {adherence.pending > 0 && (
            <Text size="sm" c="dimmed">
              {t('tracking.overview.adherencePending', { count: adherence.pending })}
            </Text>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md">
        <Title order={2} size="h5" mb="sm">
          {t('tracking.overview.chartTitle')}
        </Title>
        {chartRows.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('tracking.overview.empty')}
          </Text>
        ) : (
          <BarChart
            title={t('tracking.overview.chartLabel')}
            categoryHeader={t('tracking.timesheet.category')}
            series={hoursSeries(t)}
            rows={chartRows}
            format={(value) => hoursLabel(value, i18n.language)}
            testId="hours-week-chart"
          />
        )}
      </Card>
      <TrendChart workspaceId={workspaceId} weekStart={weekStart} />
    </Stack>
  );
}
