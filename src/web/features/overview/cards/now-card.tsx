import { Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconClockPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findNextOccurrence, formatReadableDuration } from '../../../../core/overview/setup-steps.js';
import { ButtonLink } from '../../../ui/router-links.js';
import {
  categoriesQueryOptions,
  occurrencesQueryOptions,
  useBlockTitle,
  useCategoryName,
} from '../../routine/routine-queries.js';
import { useRunningSeconds } from '../../tracking/elapsed.js';
import { timerQueryOptions } from '../../tracking/tracking-queries.js';
import { addDaysToDate, formatInstantTime, formatLocalDate } from '../../tracking/workspace-dates.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/** What runs now (the timer) and the next block of the routine, within the coming week. */
export function NowCard({ workspace, today, span }: OverviewCardProps) {
  const { t, i18n } = useTranslation();
  const timer = useQuery(timerQueryOptions(workspace.id));
  const occurrences = useQuery(occurrencesQueryOptions(workspace.id, today, addDaysToDate(today, 6)));
  const categories = useQuery(categoriesQueryOptions(workspace.id));
  const categoryName = useCategoryName();
  const blockTitle = useBlockTitle();
  const seconds = useRunningSeconds(timer.data, timer.dataUpdatedAt);
  const running = timer.data?.running ?? null;
  const next = timer.data ? findNextOccurrence(occurrences.data?.occurrences ?? [], timer.data.now) : null;
  const categoryOf = (id: string) => categories.data?.find((item) => item.id === id);
  const state =
    occurrences.isPending || timer.isPending ? 'loading' : occurrences.isError ? 'error' : 'ready';
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-now"
      title={t('overview.next.title')}
      icon={
        <ThemeIcon variant="light" color="blue" aria-hidden>
          <IconClockPlay size={18} />
        </ThemeIcon>
      }
      state={state}
    >
      {running && seconds !== null ? (
        <Group gap="xs">
          <Badge color="blue" variant="filled" size="lg">
            {categoryName(categoryOf(running.categoryId))}
          </Badge>
          <Text size="sm">{t('overview.next.running', { elapsed: formatReadableDuration(seconds) })}</Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('overview.next.noTimer')}
        </Text>
      )}
      {next ? (
        <Stack
          gap={2}
          pl="sm"
          style={{
            borderLeft: `4px solid var(--mantine-color-${categoryOf(next.categoryId)?.color ?? 'gray'}-6)`,
          }}
        >
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('overview.next.nextBlock')}
          </Text>
          <Text fw={600}>{blockTitle(next, categoryOf(next.categoryId))}</Text>
          <Text size="sm" c="dimmed">
            {t('overview.next.at', {
              day: formatLocalDate(next.localDate, i18n.language, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
              }),
              time: formatInstantTime(next.start, workspace.timeZone, i18n.language),
            })}{' '}
            · {categoryName(categoryOf(next.categoryId))}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('overview.next.none')}
        </Text>
      )}
      <Group gap="xs" mt="auto">
        <ButtonLink to="/w/$workspaceId/today" params={{ workspaceId: workspace.id }} size="sm" mih={44}>
          {t('overview.next.openToday')}
        </ButtonLink>
        <ButtonLink
          to="/w/$workspaceId/routine"
          params={{ workspaceId: workspace.id }}
          size="sm"
          mih={44}
          variant="default"
        >
          {t('overview.next.openRoutine')}
        </ButtonLink>
      </Group>
    </OverviewCardFrame>
  );
}
