import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { useCutBackTimer } from './tracking-queries.js';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input-value.js';

/** The cut-back popover's form (its own file: the date picker is not drawn with every page's header). */
export function CutBackForm({
  workspaceId,
  startedAt,
  forgottenTimerMinutes,
  timeZone,
  onDone,
}: {
  workspaceId: string;
  startedAt: string;
  forgottenTimerMinutes: number;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const cutBack = useCutBackTimer(workspaceId);
  const [endedAt, setEndedAt] = useState(() =>
    toZonedInputValue(Date.parse(startedAt) + forgottenTimerMinutes * 60_000, timeZone),
  );
  return (
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
              onDone();
              notifySuccess(t('routine.timer.stopped'));
            },
            onError: notifyProblem,
          });
        }}
      >
        {t('routine.timer.cutBack')}
      </Button>
    </Stack>
  );
}
