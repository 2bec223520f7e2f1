import { Alert, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResultsRow, ResultsView } from '../../../contracts/results.js';
import { resultsThresholds } from '../../../core/results/results-thresholds.js';
import { BarChart } from '../../ui/charts/bar-chart.js';
import { chartColor } from '../../ui/charts/chart-parts.js';
import { ErrorState } from '../../ui/error-state.js';
import { HelpBadge } from '../../ui/help-badge.js';
import { dimmedSmallText, rightCell } from '../../ui/plain-table.js';
import { useKeyLabel, useResultsFormat } from './results-format.js';

type Props = {
  workspaceId: string;
  view: ResultsView | undefined;
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
};

/** The ROI table: totals per key with a chart of cost against revenue, then period by period. */
export function RoiSection({ workspaceId, view, isPending, error, onRetry }: Props) {
  const { t } = useTranslation();
  const dimension = view?.dimension ?? 'network';
  const keyLabel = useKeyLabel(workspaceId, dimension);
  const format = useResultsFormat(view?.currency ?? 'EUR');
  if (isPending) return <Skeleton h={320} radius="md" />;
  if (error || !view) return <ErrorState error={error} onRetry={onRetry} />;

  const totals = view.rows.filter((row) => row.period === null);
  const periods = view.rows.filter((row) => row.period !== null);
  const isEmpty = totals.every(
    (row) =>
      !row.costCents && !row.leads && !row.clients && !row.revenueCents && !row.minutes && row.posts === 0,
  );
  const notApplicableHelp =
    dimension === 'category' || dimension === 'pillar' ? t(`results.notApplicableHelp.${dimension}`) : null;
  const keyHeader = t(`results.dimensions.${dimension}`);
  const chartRows = totals
    .filter((row) => row.costCents !== null || row.revenueCents !== null)
    .map((row) => ({
      key: row.key,
      label: keyLabel(row.key),
      values: { cost: row.costCents ?? 0, revenue: row.revenueCents ?? 0 },
    }));

  return (
    <Stack gap="md">
      {view.leftOutOtherCurrency > 0 && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('results.leftOut', { count: view.leftOutOtherCurrency, currency: view.currency })}
        </Alert>
      )}
      {isEmpty ? (
        <Alert color="gray" variant="light" data-testid="results-empty">
          {t('results.empty')}
        </Alert>
      ) : (
        <>
          <Card withBorder radius="md">
            <Title order={2} size="h4" mb="xs">
              {t('results.totals')}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              {t('results.roiHelp')}
              {notApplicableHelp ? ` ${notApplicableHelp}` : ''}
            </Text>
            <ResultsTable
              rows={totals}
              label={(row) => keyLabel(row.key)}
              testId="results-totals"
              format={format}
              keyHeader={keyHeader}
            />
            {view.minutesWithoutCost > 0 && (
              <Text size="xs" c="dimmed" mt="xs">
                {t('results.withoutCost', { time: format.time(view.minutesWithoutCost) })}
              </Text>
            )}
          </Card>
          {chartRows.length > 0 && dimension !== 'category' && (
            <Card withBorder radius="md">
              <Title order={2} size="h4" mb="sm">
                {t('results.chartTitle')}
              </Title>
              <BarChart
                title={t('results.chartTitle')}
                categoryHeader={keyHeader}
                series={[
                  {
                    key: 'cost',
                    label: t('results.chartCost'),
                    color: chartColor('orange.7'),
                    look: 'hatched',
                  },
                  {
                    key: 'revenue',
                    label: t('results.chartRevenue'),
                    color: chartColor('teal.7'),
                    look: 'solid',
                  },
                ]}
                rows={chartRows}
                format={(cents) => format.wholeMoney(Math.round(cents))}
                testId="results-chart"
              />
            </Card>
          )}
          {periods.length > 0 && (
            <Card withBorder radius="md">
              <Title order={2} size="h4" mb="sm">
                {t('results.byPeriod')}
              </Title>
              <ResultsTable
                rows={periods}
                label={(row) => `${format.period(row.period ?? '')} · ${keyLabel(row.key)}`}
                testId="results-periods"
                format={format}
                keyHeader={keyHeader}
              />
            </Card>
          )}
        </>
      )}
    </Stack>
  );
}

function ResultsTable({
  rows,
  label,
  testId,
  format,
  keyHeader,
}: {
  rows: ResultsRow[];
  label: (row: ResultsRow) => string;
  testId: string;
  format: ReturnType<typeof useResultsFormat>;
  keyHeader: string;
}) {
  const { t } = useTranslation();
  const dash = (
    <span {...dimmedSmallText} title={t('results.notApplicable')}>
      —
    </span>
  );
  const money = (cents: number | null) => (cents === null ? dash : format.money(cents));
  const count = (value: number | null) => (value === null ? dash : value);
  const ratio = (value: number | null, render: (value: number) => string) =>
    value === null ? dash : render(value);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{keyHeader}</Table.Th>
            <Table.Th ta="right">{t('results.columns.cost')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.time')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.leads')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.clients')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.revenue')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.costPerLead')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.costPerClient')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.roi')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.posts')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.engagements')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.minutesPerPost')}</Table.Th>
            <Table.Th ta="right">{t('results.columns.minutesPerEngagement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.period}|${row.key}`} data-key={row.key}>
              <Table.Th scope="row" fw={500} miw={150}>
                <Group gap={4} wrap="wrap">
                  <span>{label(row)}</span>
                  {row.isThin && (row.roiPercent !== null || row.costPerLeadCents !== null) && (
                    <HelpBadge
                      size="xs"
                      label={t('results.thin')}
                      help={t('results.thinHelp', {
                        outcomes: resultsThresholds.minimumOutcomes,
                        hours: format.time(resultsThresholds.minimumMinutes),
                      })}
                    />
                  )}
                </Group>
              </Table.Th>
              <td {...rightCell}>{money(row.costCents)}</td>
              <td {...rightCell}>{row.minutes === null ? dash : format.time(row.minutes)}</td>
              <td {...rightCell}>{count(row.leads)}</td>
              <td {...rightCell}>{count(row.clients)}</td>
              <td {...rightCell} data-column="revenue">
                {money(row.revenueCents)}
              </td>
              <td {...rightCell}>{money(row.costPerLeadCents)}</td>
              <td {...rightCell}>{money(row.costPerClientCents)}</td>
              <td {...rightCell} data-column="roi">
                {ratio(row.roiPercent, format.percent)}
              </td>
              <td {...rightCell}>{row.posts}</td>
              <td {...rightCell}>{row.engagements}</td>
              <td {...rightCell}>{ratio(row.minutesPerPost, format.decimal)}</td>
              <td {...rightCell}>{ratio(row.minutesPerEngagement, format.decimal)}</td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
