import { Alert, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoutineOccurrenceView } from '../../../contracts/routine.js';
import { canAccessWorkspace, canMarkOccurrenceOf } from '../../../core/access/index.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ErrorState } from '../../ui/error-state.js';
import { ButtonLink } from '../../ui/router-links.js';
import { RushIdeasPanel } from '../content/rush-ideas-panel.js';
import { useRunningSeconds } from '../tracking/elapsed.js';
import { timerQueryOptions } from '../tracking/tracking-queries.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { OccurrenceCard, type RunningTimerOnToday } from './occurrence-card.js';
import { categoriesQueryOptions, todayQueryOptions, useBlockTitle } from './routine-queries.js';

/** The person's running timer as the cards show it: which occurrence it runs on, and for how long. */
function useRunningTimerOnToday(
  workspaceId: string,
  occurrences: readonly RoutineOccurrenceView[],
): RunningTimerOnToday {
  const timer = useQuery(timerQueryOptions(workspaceId));
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const blockTitle = useBlockTitle();
  const seconds = useRunningSeconds(timer.data, timer.dataUpdatedAt);
  const entry = timer.data?.running;
  if (!entry || seconds === null) return null;
  const category = categories.data?.find((item) => item.id === entry.categoryId);
  const occurrence = occurrences.find(
    (candidate) =>
      candidate.blockId === entry.routineBlockId && candidate.occurrenceDate === entry.occurrenceDate,
  );
  return {
    routineBlockId: entry.routineBlockId,
    occurrenceDate: entry.occurrenceDate,
    label: blockTitle(occurrence ?? { templateKey: null }, category),
    elapsedSeconds: seconds,
  };
}

export function TodayPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const today = useQuery(todayQueryOptions(workspace.id));
  const me = useSignedInMe();
  // The server's rule: one's own and shared blocks; someone else's only as a manager.
  const canAct = (occurrence: RoutineOccurrenceView) =>
    canMarkOccurrenceOf({ userId: me.user.id, role: workspace.role }, occurrence.memberUserId);
  const running = useRunningTimerOnToday(workspace.id, [
    ...(today.data?.occurrences ?? []),
    ...(today.data?.unfinished ?? []),
  ]);
  // Today's started blocks are already in the day's list above: list only the earlier days' ones.
  const unfinishedBefore =
    today.data?.unfinished.filter((occurrence) => occurrence.localDate !== today.data?.date) ?? [];
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('routine.today.title')}
        subtitle={
          today.data
            ? new Date(`${today.data.date}T12:00:00`).toLocaleDateString(i18n.language, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
              })
            : t('routine.today.subtitle')
        }
      />
      {today.isPending && <Skeleton h={200} radius="md" />}
      {today.isError && <ErrorState error={today.error} onRetry={() => void today.refetch()} />}
      {today.data?.isRushWeek && (
        <Alert color="orange" icon={<IconBolt size={18} aria-hidden />} data-testid="today-rush-week">
          <Stack gap="sm">
            <Text size="sm">{t('rush.todayBanner')}</Text>
            <RushIdeasPanel
              workspaceId={workspace.id}
              week={today.data.date}
              canWrite={canAccessWorkspace(workspace.role, 'write')}
            />
          </Stack>
        </Alert>
      )}
      {today.data && (
        <>
          <Stack gap="sm">
            {today.data.occurrences.length === 0 && (
              <Card withBorder radius="md" padding="lg">
                <Stack gap="sm" align="flex-start">
                  <Text>{t('routine.today.empty')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('routine.today.emptyHelp')}
                  </Text>
                  <ButtonLink
                    to="/w/$workspaceId/routine"
                    params={{ workspaceId: workspace.id }}
                    variant="light"
                  >
                    {t('routine.today.openRoutine')}
                  </ButtonLink>
                </Stack>
              </Card>
            )}
            {today.data.occurrences.map((occurrence) => (
              <OccurrenceCard
                key={`${occurrence.blockId}-${occurrence.occurrenceDate}`}
                occurrence={occurrence}
                workspaceId={workspace.id}
                canAct={canAct(occurrence)}
                running={running}
              />
            ))}
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('routine.today.unfinished')}
            </Title>
            {unfinishedBefore.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('routine.today.unfinishedEmpty')}
              </Text>
            )}
            {unfinishedBefore.map((occurrence) => (
              <OccurrenceCard
                key={`u-${occurrence.blockId}-${occurrence.occurrenceDate}`}
                occurrence={occurrence}
                workspaceId={workspace.id}
                canAct={canAct(occurrence)}
                running={running}
                showDate
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
