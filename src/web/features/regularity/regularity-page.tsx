import { BarChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NetworkRegularityView } from '../../../contracts/regularity.js';
import { ErrorState } from '../../ui/error-state.js';
import { PageLoader } from '../../ui/page-loader.js';
import { ButtonLink } from '../../ui/router-links.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { PageHeader } from '../workspaces/page-header.js';
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
      <PageHeader
        title={t('regularity.title')}
        subtitle={t('regularity.subtitle')}
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

function HistoryChart({ line }: { line: NetworkRegularityView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  // A rush week's bar is its own series (stacked, so it sits in the same place): another colour,
  // named in the legend, because that week asked one post and not the target.
  const data = line.history.map((week) => ({
    week: formatLocalDate(week.weekStart, i18n.language, { day: 'numeric', month: 'short' }),
    published: week.isRush ? 0 : week.published,
    rush: week.isRush ? week.published : 0,
  }));
  const rushWeeks = line.history.filter((week) => week.isRush);
  const longDate = (date: string) => formatLocalDate(date, i18n.language, { day: 'numeric', month: 'long' });
  const weekName = (weekStart: string) => t('regularity.weekOf', { date: longDate(weekStart) });
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {t('regularity.history')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('regularity.historyHelp')}
        {line.allowedGapDays !== null &&
          ` ${t('regularity.rule', { target: number.format(line.target ?? 0), days: line.allowedGapDays })}`}
      </Text>
      <BarChart
        h={160}
        data={data}
        dataKey="week"
        type="stacked"
        series={[
          { name: 'published', label: t('regularity.historyPublished'), color: 'teal.6' },
          ...(rushWeeks.length > 0
            ? [{ name: 'rush', label: t('regularity.historyRush'), color: 'orange.5' }]
            : []),
        ]}
        referenceLines={[{ y: line.target ?? 0, label: t('regularity.historyTarget'), color: 'orange.8' }]}
        xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 12, fontSize: 11 }}
        yAxisProps={{ allowDecimals: false, width: 24 }}
      />
      {rushWeeks.length > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid={`regularity-rush-weeks-${line.network}`}>
          {/* The chart's key for the rush colour (Mantine's legend would take the chart's height). */}
          <ColorSwatch color="var(--mantine-color-orange-5)" size={12} mt={3} style={{ flexShrink: 0 }} />
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
      {/* The chart's numbers for screen readers and for anyone who prefers a list. */}
      <VisuallyHidden component="ul">
        {line.history.map((week) => (
          <li key={week.weekStart}>
            {weekName(week.weekStart)}
            {i18n.language === 'fr' ? '\u00a0: ' : ': '}
            {week.published} · {week.onTarget ? t('regularity.onTarget') : t('regularity.offTarget')}
            {week.isRush && ` · ${t('regularity.rushWeekNote')}`}
          </li>
        ))}
      </VisuallyHidden>
    </Stack>
  );
}
