import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WeeklyReviewView } from '../../../contracts/review.js';
import { ErrorState } from '../../ui/error-state.js';
import { PageLoader } from '../../ui/page-loader.js';
import { ButtonLink } from '../../ui/router-links.js';
import { formatHours, formatMoney } from '../budget/format.js';
import { formatLocalDate, formatLocalDateSpan } from '../tracking/workspace-dates.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { ClientReportLink } from './client-report-link.js';
import { ReviewNotes } from './review-notes.js';
import { reviewExportHref, weeklyReviewQueryOptions } from './review-queries.js';
import { HoursSection, NetworksSection, OutcomesSection, PostsSection } from './review-sections.js';

const route = getRouteApi('/authed/w/$workspaceId/review');

/** The Friday analysis block's page: one week at a glance, week by week, with its exports. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const { week } = route.useSearch();
  const review = useQuery(weeklyReviewQueryOptions(workspace.id, week));
  const day = (date: string) => formatLocalDate(date, i18n.language, { day: 'numeric', month: 'long' });
  const data = review.data;
  return (
    <>
      <PageHeader
        title={t('review.title')}
        subtitle={
          data
            ? t(
                'review.weekOf',
                formatLocalDateSpan(data.weekStart, data.weekEnd, i18n.language, {
                  day: 'numeric',
                  month: 'long',
                }),
              )
            : t('review.subtitle')
        }
        actions={data && <ExportLinks workspaceId={workspace.id} weekStart={data.weekStart} />}
      />
      {review.isPending && <PageLoader />}
      {review.isError && <ErrorState error={review.error} onRetry={() => void review.refetch()} />}
      {data && (
        <Stack gap="md">
          <WeekNavigation workspaceId={workspace.id} review={data} />
          {data.state === 'current' && data.judgedUntil && (
            <Alert color="blue" variant="light">
              {t('review.inProgress', { date: day(data.judgedUntil) })}
            </Alert>
          )}
          <AtAGlance review={data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <HoursSection review={data} />
            <NetworksSection review={data} workspaceId={workspace.id} />
            <PostsSection review={data} workspaceId={workspace.id} />
            <OutcomesSection review={data} />
          </SimpleGrid>
          <ReviewNotes
            key={`${data.weekStart}:${data.notes?.updatedAt ?? ''}`}
            review={data}
            workspaceId={workspace.id}
            canWrite={workspace.role !== 'viewer'}
          />
          {workspace.canManage && <ClientReportLink workspaceId={workspace.id} weekStart={data.weekStart} />}
        </Stack>
      )}
    </>
  );
}

function ExportLinks({ workspaceId, weekStart }: { workspaceId: string; weekStart: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="md">
      {(['pdf', 'csv'] as const).map((format) => (
        <Anchor
          key={format}
          href={reviewExportHref(workspaceId, weekStart, format, i18n.language)}
          download
          size="sm"
          aria-label={t('review.exportLabel', { format: format.toUpperCase() })}
          data-testid={`review-export-${format}`}
        >
          <Group gap={4} wrap="nowrap">
            <IconDownload size={16} aria-hidden />
            {t(format === 'pdf' ? 'review.exportPdf' : 'review.exportCsv')}
          </Group>
        </Anchor>
      ))}
    </Group>
  );
}

function WeekNavigation({ workspaceId, review }: { workspaceId: string; review: WeeklyReviewView }) {
  const { t } = useTranslation();
  const to = '/w/$workspaceId/review' as const;
  const params = { workspaceId };
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" data-testid="review-week-nav">
      <ButtonLink
        to={to}
        params={params}
        search={{ week: review.previousWeekStart }}
        variant="default"
        size="sm"
        leftSection={<IconChevronLeft size={16} aria-hidden />}
      >
        {t('review.previousWeek')}
      </ButtonLink>
      {review.state !== 'current' && (
        <ButtonLink to={to} params={params} search={{}} variant="subtle" size="sm">
          {t('review.thisWeek')}
        </ButtonLink>
      )}
      {review.nextWeekStart ? (
        <ButtonLink
          to={to}
          params={params}
          search={{ week: review.nextWeekStart }}
          variant="default"
          size="sm"
          rightSection={<IconChevronRight size={16} aria-hidden />}
        >
          {t('review.nextWeek')}
        </ButtonLink>
      ) : (
        <span />
      )}
    </Group>
  );
}

function AtAGlance({ review }: { review: WeeklyReviewView }) {
  const { t, i18n } = useTranslation();
  const withTargets = review.networks.filter((line) => line.target !== null);
  const published = review.networks.reduce((sum, line) => sum + line.published, 0);
  const target = withTargets.reduce((sum, line) => sum + (line.target ?? 0), 0);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const figures = [
    {
      key: 'hours',
      label: t('review.glance.hours'),
      value: formatHours(review.hours.totals.trackedMinutes, i18n.language),
      detail: t('review.glance.hoursOf', {
        planned: formatHours(review.hours.totals.routineMinutes, i18n.language),
      }),
    },
    {
      key: 'posts',
      label: t('review.glance.posts'),
      value: String(published),
      detail:
        withTargets.length > 0
          ? t('review.glance.postsOf', { target: number.format(target) })
          : t('review.glance.noTarget'),
    },
    {
      key: 'outcomes',
      label: t('review.glance.outcomes'),
      value: String(review.outcomes.leads + review.outcomes.clients),
      detail: t('review.glance.outcomesDetail', {
        leads: review.outcomes.leads,
        clients: review.outcomes.clients,
      }),
    },
    {
      key: 'revenue',
      label: t('review.glance.revenue'),
      value: formatMoney(review.outcomes.revenueCents, review.currency, i18n.language),
      detail: t('review.hours.cost', {
        amount: formatMoney(review.hours.trackedCostCents, review.currency, i18n.language),
      }),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="review-glance">
      {figures.map((figure) => (
        <Card key={figure.key} withBorder radius="md" padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {figure.label}
          </Text>
          <Text fz={24} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {figure.value}
          </Text>
          <Text size="xs" c="dimmed">
            {figure.detail}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
