import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Popover,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconPlayerPlayFilled, IconPlayerStopFilled } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { timerQueryOptions, useCutBackTimer, useStartTimer, useStopTimer } from './tracking-queries.js';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input-value.js';

export function formatElapsed(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function useNow(active: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [active]);
  return now;
}

/** The timer in the app bar: start with a category, elapsed time, stop, cut back a forgotten one. */
export function HeaderTimer({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  // Already loaded by the workspace route; its zone rules the cut-back time.
  const timeZone = useQuery(workspaceQueryOptions(workspaceId)).data?.timeZone ?? 'UTC';
  const timer = useQuery(timerQueryOptions(workspaceId));
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const start = useStartTimer(workspaceId);
  const stop = useStopTimer(workspaceId);
  const cutBack = useCutBackTimer(workspaceId);
  const [startOpened, startPopover] = useDisclosure(false);
  const [cutOpened, cutPopover] = useDisclosure(false);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [endedAt, setEndedAt] = useState('');
  const running = timer.data?.running ?? null;
  const now = useNow(Boolean(running));

  if (!timer.data) return null;
  // The server's clock, shifted by the time passed on this device since the answer.
  const offset = Date.parse(timer.data.now) - timer.dataUpdatedAt;
  const options = (categories.data ?? [])
    .filter((category) => !category.isArchived)
    .map((category) => ({ value: category.id, label: categoryName(category) }));

  if (running) {
    const category = categories.data?.find((item) => item.id === running.categoryId);
    const elapsed = (now + offset - Date.parse(running.startedAt)) / 1000;
    return (
      <Group gap={6} wrap="nowrap">
        {running.isForgotten && (
          <Popover
            opened={cutOpened}
            onChange={(opened) => (opened ? cutPopover.open() : cutPopover.close())}
            width={280}
            position="bottom-end"
            withArrow
            trapFocus
          >
            <Popover.Target>
              <Tooltip label={t('routine.timer.forgotten')}>
                <ActionIcon
                  color="orange"
                  variant="light"
                  aria-label={t('routine.timer.forgotten')}
                  onClick={() => {
                    const defaultEnd = new Date(
                      Date.parse(running.startedAt) + timer.data.forgottenTimerMinutes * 60_000,
                    );
                    setEndedAt(toZonedInputValue(defaultEnd.getTime(), timeZone));
                    cutPopover.toggle();
                  }}
                >
                  <IconAlertTriangle size={18} />
                </ActionIcon>
              </Tooltip>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs">
                <Text size="sm">
                  {t('routine.timer.forgottenDetail', { minutes: timer.data.forgottenTimerMinutes })}
                </Text>
                <TextInput
                  type="datetime-local"
                  label={t('routine.timer.endedAt')}
                  description={t('tracking.entryForm.zone', { zone: timeZone })}
                  value={endedAt}
                  onChange={(event) => setEndedAt(event.currentTarget.value)}
                />
                <Button
                  color="orange"
                  loading={cutBack.isPending}
                  disabled={!endedAt}
                  onClick={async () => {
                    // The time is typed in the workspace's zone, not the device's.
                    const instant = await fromZonedInputValue(endedAt, timeZone).catch(() => null);
                    if (!instant) return;
                    cutBack.mutate(instant, {
                      onSuccess: () => {
                        cutPopover.close();
                        notifySuccess(t('routine.timer.stopped'));
                      },
                      onError: notifyProblem,
                    });
                  }}
                >
                  {t('routine.timer.cutBack')}
                </Button>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        )}
        <Tooltip label={t('routine.timer.running', { category: categoryName(category) })}>
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
            <Text span size="sm" fw={600} visibleFrom="sm" maw={160} truncate>
              {categoryName(category)}
            </Text>
            <Text
              span
              size="sm"
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            >
              {formatElapsed(elapsed)}
            </Text>
          </Group>
        </Tooltip>
        <Tooltip label={t('routine.timer.stopTimer')}>
          <ActionIcon
            color="red"
            variant="filled"
            size="md"
            aria-label={t('routine.timer.stopTimer')}
            loading={stop.isPending}
            onClick={() =>
              stop.mutate(undefined, {
                onSuccess: () => notifySuccess(t('routine.timer.stopped')),
                onError: notifyProblem,
              })
            }
          >
            <IconPlayerStopFilled size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }

  return (
    <Group gap={6} wrap="nowrap">
      {timer.data.runningElsewhere && (
        <Tooltip label={t('routine.timer.elsewhere', { name: timer.data.runningElsewhere.workspaceName })}>
          <Badge color="gray" variant="dot" visibleFrom="sm">
            {timer.data.runningElsewhere.workspaceName}
          </Badge>
        </Tooltip>
      )}
      <Popover
        opened={startOpened}
        onChange={(opened) => (opened ? startPopover.open() : startPopover.close())}
        width={280}
        position="bottom-end"
        withArrow
        trapFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="light"
            size="lg"
            aria-label={t('routine.timer.startTimer')}
            onClick={startPopover.toggle}
          >
            <IconPlayerPlayFilled size={16} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!categoryId) return;
              start.mutate(
                { categoryId, note },
                {
                  onSuccess: () => {
                    startPopover.close();
                    setNote('');
                  },
                  onError: notifyProblem,
                },
              );
            }}
          >
            <Stack gap="xs">
              <Select
                label={t('routine.timer.category')}
                placeholder={t('routine.timer.pickCategory')}
                data={options}
                value={categoryId}
                onChange={setCategoryId}
                comboboxProps={{ withinPortal: false }}
                required
              />
              <TextInput
                label={t('routine.timer.note')}
                value={note}
                maxLength={2000}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <Button type="submit" loading={start.isPending} disabled={!categoryId}>
                {t('routine.timer.start')}
              </Button>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
