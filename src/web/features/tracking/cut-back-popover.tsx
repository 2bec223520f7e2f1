import { ActionIcon, Button, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { useCutBackTimer } from './tracking-queries.js';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input-value.js';

/**
 * A forgotten timer (running longer than the workspace's limit) is never stopped as is: its owner
 * says when the work really ended, proposed as the start plus the limit. Opened from its warning
 * icon, or by the stop button (`opened`), so stopping never records 72 h silently.
 */
export function CutBackPopover({
  workspaceId,
  startedAt,
  forgottenTimerMinutes,
  timeZone,
  opened,
  onOpenedChange,
}: {
  workspaceId: string;
  startedAt: string;
  forgottenTimerMinutes: number;
  timeZone: string;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
}) {
  const { t } = useTranslation();
  const cutBack = useCutBackTimer(workspaceId);
  const [endedAt, setEndedAt] = useState(() =>
    toZonedInputValue(Date.parse(startedAt) + forgottenTimerMinutes * 60_000, timeZone),
  );
  return (
    <Popover opened={opened} onChange={onOpenedChange} width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={t('routine.timer.forgotten')}>
          <ActionIcon
            color="orange"
            variant="light"
            size="lg"
            aria-label={t('routine.timer.forgotten')}
            onClick={() => onOpenedChange(!opened)}
          >
            <IconAlertTriangle size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">{t('routine.timer.forgottenDetail', { minutes: forgottenTimerMinutes })}</Text>
          {/*
            Time first: the popover traps focus on its first field, and a date field there would
            open its calendar over the button. Both in the app's language, read in the workspace's
            zone, kept together as `YYYY-MM-DDTHH:MM`.
          */}
          <TimeField
            label={t('routine.timer.endedAt')}
            description={t('tracking.entryForm.zone', { zone: timeZone })}
            value={endedAt.slice(11, 16)}
            onChange={(time) => endedAt && setEndedAt(`${endedAt.slice(0, 10)}T${time}`)}
          />
          <DateField
            // Inside this popover: a calendar in a portal would count as a click outside and close it.
            popoverProps={{ withinPortal: false }}
            label={t('tracking.entryForm.date')}
            value={endedAt.slice(0, 10)}
            onChange={(date) => setEndedAt(date ? `${date}T${endedAt.slice(11, 16) || '00:00'}` : '')}
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
                  onOpenedChange(false);
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
  );
}
