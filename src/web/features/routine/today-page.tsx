import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconPlayerPlay, IconPlayerSkipForward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoutineOccurrenceView } from '../../../contracts/routine.js';
import { canMarkOccurrenceOf } from '../../../core/access/index.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { ButtonLink } from '../../ui/router-links.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { OccurrenceStatusBadge } from './occurrence-status.js';
import {
  categoriesQueryOptions,
  todayQueryOptions,
  useCategoryName,
  useMarkOccurrence,
} from './routine-queries.js';

function OccurrenceCard({
  occurrence,
  workspaceId,
  canAct,
  showDate,
}: {
  occurrence: RoutineOccurrenceView;
  workspaceId: string;
  canAct: boolean;
  showDate?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const mark = useMarkOccurrence(workspaceId);
  const category = categories.data?.find((item) => item.id === occurrence.categoryId);
  const final = occurrence.status === 'done' || occurrence.status === 'skipped';
  const act = (status: 'started' | 'done' | 'skipped') =>
    mark.mutate(
      { blockId: occurrence.blockId, date: occurrence.occurrenceDate, status },
      { onSuccess: () => notifySuccess(t('routine.today.marked')), onError: notifyProblem },
    );
  const pending = mark.isPending ? mark.variables?.status : undefined;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      style={{ borderLeft: `4px solid var(--mantine-color-${category?.color ?? 'gray'}-6)` }}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {showDate &&
                `${new Date(`${occurrence.localDate}T12:00:00`).toLocaleDateString(i18n.language, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                })} · `}
              {occurrence.startTime}–{occurrence.endTime}
            </Text>
            <OccurrenceStatusBadge status={occurrence.status} />
          </Group>
          <Text fw={500}>{categoryName(category)}</Text>
          {occurrence.note && (
            <Text size="sm" c="dimmed">
              {occurrence.note}
            </Text>
          )}
        </Stack>
        {canAct && !final && (
          <Group gap="xs">
            {occurrence.status !== 'started' && (
              <Button
                size="xs"
                leftSection={<IconPlayerPlay size={14} />}
                loading={pending === 'started'}
                onClick={() => act('started')}
              >
                {t('routine.today.start')}
              </Button>
            )}
            <Button
              size="xs"
              color="teal.9"
              variant="outline"
              leftSection={<IconCheck size={14} />}
              loading={pending === 'done'}
              onClick={() => act('done')}
            >
              {t('routine.today.done')}
            </Button>
            <Button
              size="xs"
              color="gray"
              variant="subtle"
              leftSection={<IconPlayerSkipForward size={14} />}
              loading={pending === 'skipped'}
              onClick={() => act('skipped')}
            >
              {t('routine.today.skip')}
            </Button>
          </Group>
        )}
      </Group>
    </Card>
  );
}

export function TodayPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const today = useQuery(todayQueryOptions(workspace.id));
  const me = useSignedInMe();
  // The server's rule: one's own and shared blocks; someone else's only as a manager.
  const canAct = (occurrence: RoutineOccurrenceView) =>
    canMarkOccurrenceOf({ userId: me.user.id, role: workspace.role }, occurrence.memberUserId);
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
                showDate
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
