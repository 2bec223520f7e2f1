import { ActionIcon, Badge, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlayerStopFilled } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { usePopoverOnDemand } from '../../ui/use-popover-on-demand.js';
import {
  categoriesQueryOptions,
  todayQueryOptions,
  useBlockTitle,
  useCategoryName,
  useMarkOccurrence,
} from '../routine/routine-queries.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { CutBackPopover } from './cut-back-popover.js';
import { formatElapsed, useRunningSeconds } from './elapsed.js';
import { ResumeLastEntry, StartTimerPopover, useLastEntry } from './start-timer-popover.js';
import { timerQueryOptions, useStartTimer, useStopTimer } from './tracking-queries.js';
import { useTimerTabTitle } from './use-timer-tab-title.js';

/**
 * The timer in the app bar: start with a category or resume the last entry in one tap, the
 * elapsed time (also in the tab's title), stop, cut back a forgotten one. The S key starts or
 * stops it. Stopping a timer that runs on a routine block marks the block done, with a way back.
 */
export function HeaderTimer({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  // Already loaded by the workspace route; its zone rules the cut-back time.
  const timeZone = useQuery(workspaceQueryOptions(workspaceId)).data?.timeZone ?? 'UTC';
  const timer = useQuery(timerQueryOptions(workspaceId));
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const today = useQuery({ ...todayQueryOptions(workspaceId), enabled: Boolean(timer.data?.running) });
  const categoryName = useCategoryName();
  const blockTitle = useBlockTitle();
  const start = useStartTimer(workspaceId);
  const stop = useStopTimer(workspaceId);
  const mark = useMarkOccurrence(workspaceId);
  const lastEntry = useLastEntry(workspaceId);
  const [cutOpened, setCutOpened] = useState(false);
  const startPopover = usePopoverOnDemand<HTMLButtonElement>();
  const running = timer.data?.running ?? null;
  const elapsed = useRunningSeconds(timer.data, timer.dataUpdatedAt);
  const category = categories.data?.find((item) => item.id === running?.categoryId);
  const occurrence = [...(today.data?.occurrences ?? []), ...(today.data?.unfinished ?? [])].find(
    (candidate) =>
      running !== null &&
      candidate.blockId === running.routineBlockId &&
      candidate.occurrenceDate === running.occurrenceDate,
  );
  const label = occurrence ? blockTitle(occurrence, category) : categoryName(category);
  useTimerTabTitle(elapsed, label);

  const resume = () => {
    if (!lastEntry) return startPopover.open();
    start.mutate(
      { categoryId: lastEntry.categoryId, note: lastEntry.note, networkKey: lastEntry.networkKey },
      { onError: notifyProblem },
    );
  };

  const stopRunning = () => {
    if (!running) return;
    // A forgotten timer is cut back, never stopped at "now" (it would record days).
    if (running.isForgotten) return setCutOpened(true);
    const { routineBlockId: blockId, occurrenceDate: date } = running;
    if (!blockId || !date) {
      stop.mutate(undefined, {
        onSuccess: () => notifySuccess(t('routine.timer.stopped')),
        onError: notifyProblem,
      });
      return;
    }
    // Done stops the block's timer on the server, recording the time, in one request.
    mark.mutate(
      { blockId, date, status: 'done' },
      {
        onSuccess: () => {
          const id = `timer-block-${blockId}`;
          notifications.show({
            id,
            color: 'teal',
            autoClose: 8000,
            closeButtonProps: { 'aria-label': t('common.close') },
            message: (
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{t('routine.timer.blockDone', { block: label })}</Text>
                <Badge
                  component="button"
                  type="button"
                  variant="light"
                  style={{ cursor: 'pointer', minHeight: 32 }}
                  onClick={() => {
                    notifications.hide(id);
                    mark.mutate({ blockId, date, status: 'started' }, { onError: notifyProblem });
                  }}
                >
                  {t('routine.timer.resumeShort')}
                </Badge>
              </Group>
            ),
          });
        },
        onError: notifyProblem,
      },
    );
  };

  useHotkeys([['s', () => (running ? stopRunning() : resume())]]);

  if (!timer.data) return null;

  if (running) {
    return (
      <Group gap={6} wrap="nowrap">
        {running.isForgotten && (
          <CutBackPopover
            workspaceId={workspaceId}
            startedAt={running.startedAt}
            forgottenTimerMinutes={timer.data.forgottenTimerMinutes}
            timeZone={timeZone}
            opened={cutOpened}
            onOpenedChange={setCutOpened}
          />
        )}
        <HoverTooltip label={t('routine.timer.running', { category: label })}>
          <Group
            gap={6}
            wrap="nowrap"
            px={8}
            py={2}
            style={{
              borderRadius: 'var(--mantine-radius-xl)',
              background: `var(--mantine-color-${category?.color ?? 'blue'}-light)`,
              // The category's light tint behind, the text colour in front: its -light-color shades
              // (orange, yellow, lime...) fall under 4.5:1 on their own tint (axe, routine E2E).
              color: 'var(--mantine-color-text)',
            }}
          >
            <Text span size="sm" fw={600} visibleFrom="sm" maw={200} truncate>
              {label}
            </Text>
            <Text
              span
              size="sm"
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            >
              {formatElapsed(elapsed ?? 0)}
            </Text>
          </Group>
        </HoverTooltip>
        <HoverTooltip label={`${t('routine.timer.stopTimer')} · ${t('routine.timer.shortcut')}`}>
          <ActionIcon
            color="red"
            variant="filled"
            size="lg"
            aria-label={t('routine.timer.stopTimer')}
            aria-keyshortcuts="S"
            loading={stop.isPending || mark.isPending}
            onClick={stopRunning}
          >
            <IconPlayerStopFilled size={16} />
          </ActionIcon>
        </HoverTooltip>
      </Group>
    );
  }

  return (
    <Group gap={6} wrap="nowrap">
      {timer.data.runningElsewhere && (
        <HoverTooltip
          label={t('routine.timer.elsewhere', { name: timer.data.runningElsewhere.workspaceName })}
        >
          <Badge color="gray" variant="dot" visibleFrom="sm">
            {timer.data.runningElsewhere.workspaceName}
          </Badge>
        </HoverTooltip>
      )}
      {lastEntry && (
        <ResumeLastEntry
          label={categoryName(categories.data?.find((item) => item.id === lastEntry.categoryId))}
          note={lastEntry.note}
          isPending={start.isPending}
          onResume={resume}
        />
      )}
      <StartTimerPopover workspaceId={workspaceId} popover={startPopover} />
    </Group>
  );
}
