import { ActionIcon, Badge, Button, Card, Flex, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconClockPlay, IconPlayerPlay, IconPlayerSkipForward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoutineOccurrenceView } from '../../../contracts/routine.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { formatElapsed } from '../tracking/elapsed.js';
import { OccurrenceStatusBadge } from './occurrence-status.js';
import {
  categoriesQueryOptions,
  useBlockDescription,
  useBlockTitle,
  useCategoryName,
  useMarkOccurrence,
} from './routine-queries.js';

/** What the Today page knows of the person's running timer, to show it on the right card. */
export type RunningTimerOnToday = {
  routineBlockId: string | null;
  occurrenceDate: string | null;
  /** What the running timer is about, named for the "one block at a time" warning. */
  label: string;
  elapsedSeconds: number;
} | null;

/** Phone-friendly: every button on a card is at least 44 px tall. */
const tapTarget = { root: { minHeight: 44, paddingInline: 12 } };

/** One block of the day: its task, its time, its state, and the buttons that change it. */
export function OccurrenceCard({
  occurrence,
  workspaceId,
  canAct,
  showDate,
  running,
}: {
  occurrence: RoutineOccurrenceView;
  workspaceId: string;
  canAct: boolean;
  showDate?: boolean;
  running: RunningTimerOnToday;
}) {
  const { t, i18n } = useTranslation();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const blockTitle = useBlockTitle();
  const blockDescription = useBlockDescription();
  const mark = useMarkOccurrence(workspaceId);
  const [switchOpened, switchModal] = useDisclosure(false);
  const isPhone = useMediaMatch('(max-width: 40em)');
  const category = categories.data?.find((item) => item.id === occurrence.categoryId);
  const title = blockTitle(occurrence, category);
  const final = occurrence.status === 'done' || occurrence.status === 'skipped';
  const isTimerHere =
    running !== null &&
    running.routineBlockId === occurrence.blockId &&
    running.occurrenceDate === occurrence.occurrenceDate;
  const act = (status: 'started' | 'done' | 'skipped') =>
    mark.mutate(
      { blockId: occurrence.blockId, date: occurrence.occurrenceDate, status },
      {
        onSuccess: () => {
          switchModal.close();
          notifySuccess(t('routine.today.marked'));
        },
        onError: notifyProblem,
      },
    );
  // One task at a time: starting here stops a timer that runs on something else, so say so first.
  const start = () => (running && !isTimerHere ? switchModal.open() : act('started'));
  const pending = mark.isPending ? mark.variables?.status : undefined;
  const wasStarted = occurrence.mark?.status === 'started';
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      style={{ borderLeft: `4px solid var(--mantine-color-${category?.color ?? 'gray'}-6)` }}
      aria-label={title}
      component="article"
    >
      <Flex
        direction={{ base: 'column', sm: 'row' }}
        justify="space-between"
        align={{ base: 'stretch', sm: 'flex-start' }}
        gap="sm"
      >
        <Stack gap={4} miw={0}>
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
            {occurrence.isRush && (
              <Badge color="orange" variant="light" data-testid="occurrence-rush">
                {t('rush.shortenedNote')}
              </Badge>
            )}
            {isTimerHere && (
              <Badge color="blue" variant="filled" leftSection={<IconClockPlay size={12} aria-hidden />}>
                {t('routine.today.timerRunning', { elapsed: formatElapsed(running.elapsedSeconds) })}
              </Badge>
            )}
            {wasStarted && !isTimerHere && !final && (
              <Badge color="gray" variant="outline">
                {t('routine.today.timerPaused')}
              </Badge>
            )}
          </Group>
          <Text fw={600}>{title}</Text>
          {blockDescription(occurrence) && <Text size="sm">{blockDescription(occurrence)}</Text>}
          {title !== categoryName(category) && (
            <Text size="sm" c="dimmed">
              {categoryName(category)}
            </Text>
          )}
          {occurrence.note && (
            <Text size="sm" c="dimmed">
              {occurrence.note}
            </Text>
          )}
          {/* The Friday analysis block opens the review of its week. */}
          {(occurrence.templateKey === 'weekly_analysis' || category?.referenceKey === 'analyse') && (
            <AnchorLink
              to="/w/$workspaceId/review"
              params={{ workspaceId }}
              search={{ week: occurrence.localDate }}
              size="sm"
              data-testid="occurrence-review-link"
            >
              {t('review.openFromBlock')}
            </AnchorLink>
          )}
        </Stack>
        {canAct && !final && (
          // Each at least 44 px tall; on a phone they go under the task, whole words, wrapping if need be.
          <Group gap="xs" style={{ flexShrink: 0 }}>
            {!isTimerHere && (
              <Button
                size="sm"
                styles={tapTarget}
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                loading={pending === 'started'}
                onClick={start}
              >
                {wasStarted ? t('routine.today.resumeBlock') : t('routine.today.start')}
              </Button>
            )}
            <Button
              size="sm"
              styles={tapTarget}
              color="teal.9"
              variant="outline"
              leftSection={<IconCheck size={16} aria-hidden />}
              loading={pending === 'done'}
              onClick={() => act('done')}
            >
              {t('routine.today.done')}
            </Button>
            {isPhone ? (
              // Three labelled buttons do not fit a phone's card: skipping, the rarest, is an icon.
              <ActionIcon
                size={44}
                color="gray"
                variant="subtle"
                aria-label={t('routine.today.skip')}
                title={t('routine.today.skip')}
                loading={pending === 'skipped'}
                onClick={() => act('skipped')}
              >
                <IconPlayerSkipForward size={18} aria-hidden />
              </ActionIcon>
            ) : (
              <Button
                size="sm"
                styles={tapTarget}
                color="gray"
                variant="subtle"
                leftSection={<IconPlayerSkipForward size={16} aria-hidden />}
                loading={pending === 'skipped'}
                onClick={() => act('skipped')}
              >
                {t('routine.today.skip')}
              </Button>
            )}
          </Group>
        )}
      </Flex>
      <ConfirmModal
        opened={switchOpened}
        onClose={switchModal.close}
        onConfirm={() => act('started')}
        title={t('routine.today.switchTitle')}
        confirmLabel={t('routine.today.switchConfirm')}
        isPending={pending === 'started'}
      >
        {t('routine.today.switchBody', { block: running?.label ?? '' })}
      </ConfirmModal>
    </Card>
  );
}
