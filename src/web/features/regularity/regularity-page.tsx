import { Card, ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NetworkRegularityView } from '../../../contracts/regularity.js';
import { chartColor } from '../../ui/charts/chart-parts.js';
import { ColumnChart } from '../../ui/charts/column-chart.js';
import { ErrorState } from '../../ui/error-state.js';
import { PageLoader } from '../../ui/page-loader.js';
import { ButtonLink } from '../../ui/router-links.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { NetworkRegularityLine } from './network-regularity-line.js';
import { regularityQueryOptions } from './regularity-queries.js';

/** Every network of the strategy: its week, its streak, its coming silence and eight weeks of history. */
export function RegularityPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const regularity = useQuery(regularityQueryOptions(workspace.id));
  return (
    <>
      <ListedPageHeader
        page="regularity"
        actions={
          <ButtonLink to="/w/$workspaceId/posts" params={{ workspaceId: workspace.id }} variant="light">
            {t('regularity.plan')}
          </ButtonLink>
        }
      />
      {regularity.isPending && <PageLoader />}
      {regularity.isError && (
        <ErrorState error={regularity.error} onRetry={() => void regularity.refetch()} />
      )}
      {regularity.data?.networks.every((line) => line.target === null) && (
        <Card withBorder radius="md" data-testid="regularity-empty">
          <Stack gap="sm" align="flex-start">
            <Text>{t('regularity.noTargets')}</Text>
            <ButtonLink to="/w/$workspaceId/strategy" params={{ workspaceId: workspace.id }}>
              {t('regularity.setTargets')}
            </ButtonLink>
          </Stack>
        </Card>
      )}
      {regularity.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {regularity.data.networks.map((line) => (
            <Card
              key={line.network}
              withBorder
              radius="md"
              component="section"
              aria-label={t(`networks.${line.network}`)}
            >
              <Stack gap="md">
                <NetworkRegularityLine line={line} today={regularity.data.today} />
                {line.target !== null && <HistoryChart line={line} />}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

const rushColor = chartColor('orange.5');

function HistoryChart({ line }: { line: NetworkRegularityView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const longDate = (date: string) => formatLocalDate(date, i18n.language, { day: 'numeric', month: 'long' });
  // A rush week's column has its own colour, keyed under the chart and said in the table: that
  // week asked one post, not the target.
  const rows = line.history.map((week) => ({
    key: week.weekStart,
    label: formatLocalDate(week.weekStart, i18n.language, { day: 'numeric', month: 'short' }),
    description: `${t('regularity.weekOf', { date: longDate(week.weekStart) })} (${week.onTarget ? t('regularity.onTarget') : t('regularity.offTarget')}${
      week.isRush ? `, ${t('regularity.rushWeekNote')}` : ''
    })`,
    values: { published: week.published },
    ...(week.isRush ? { color: rushColor } : {}),
  }));
  const rushWeeks = line.history.filter((week) => week.isRush);
  return (
    <Stack gap={4}>
      <Title order={2} size="h6">
        {t('regularity.history')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('regularity.historyHelp')}
        {line.allowedGapDays !== null &&
          ` ${t('regularity.rule', { target: number.format(line.target ?? 0), days: line.allowedGapDays })}`}
      </Text>
      <ColumnChart
        title={t('regularity.historyLabel', { network: t(`networks.${line.network}`) })}
        categoryHeader={t('regularity.historyWeek')}
        series={{ key: 'published', label: t('regularity.historyPublished'), color: chartColor('teal.6') }}
        rows={rows}
        format={(value) => number.format(value)}
        integers
        {...(line.target === null
          ? {}
          : {
              target: {
                value: line.target,
                label: t('regularity.historyTargetValue', { target: number.format(line.target) }),
                color: chartColor('orange.8'),
              },
            })}
        testId="regularity-history-chart"
      />
      {rushWeeks.length > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid={`regularity-rush-weeks-${line.network}`}>
          {/* The key of the rush colour, in words. */}
          <ColorSwatch color={rushColor} size={12} mt={3} style={{ flexShrink: 0 }} />
          <Text size="xs">
            {t('regularity.rushWeeks', {
              count: rushWeeks.length,
              weeks: new Intl.ListFormat(i18n.language).format(
                rushWeeks.map((week) => longDate(week.weekStart)),
              ),
            })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
